package io.scaffold.orchestrator.spec;

import static org.assertj.core.api.Assertions.assertThat;

import io.scaffold.orchestrator.domain.DomainModel;
import io.scaffold.orchestrator.domain.Entity;
import io.scaffold.orchestrator.domain.Field;
import io.scaffold.orchestrator.domain.Name;
import io.scaffold.orchestrator.domain.Relationship;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.lang.model.SourceVersion;

import org.junit.jupiter.api.Test;

/**
 * examples/awkward-names.jdl: reserved words everywhere still give names Java and
 * PostgreSQL accept unquoted.
 */
class AwkwardNamesTest {

    private final DomainModel model = new SpecReader().read(Path.of("examples/awkward-names.jdl"),
            SpecOptions.DEFAULTS);

    @Test
    void parsesWithSafeNames() {
        assertThat(model.name()).isEqualTo("awkward-names");
        assertThat(model.basePackage()).isEqualTo("com.example.awkward");
        assertThat(model.entities()).extracting(e -> e.name().className())
            .containsExactly("Order", "Group", "Select", "ClassEntity", "Person", "Category");
        assertThat(model.entities()).extracting(e -> e.name().sqlName())
            .containsExactly("orders", "groups", "selects", "classes", "people", "categories");
        Entity order = model.entity("Order").orElseThrow();
        assertThat(order.fields()).extracting(f -> f.name().fieldName() + "/" + f.name().sqlName())
            .containsExactly("defaultValue/default_value", "from/from_value", "to/to_value", "value/value",
                    "type/type");
        assertThat(order.fields().getFirst().maxLength()).isEqualTo(100);
        assertThat(model.entity("Select").orElseThrow().fields()).extracting(f -> f.name().fieldName())
            .containsExactly("classValue", "packageValue");
        assertThat(model.entity("Group").orElseThrow().fields()).extracting(f -> f.name().sqlName())
            .containsExactly("select_value", "order_value", "user_value");
        assertThat(model.entity("Category").orElseThrow().options().service()).as("except Category").isFalse();
        assertThat(model.entity("Person").orElseThrow().options().dto()).isTrue();
    }

    @Test
    void hasEveryRelationshipKindIncludingASelfReference() {
        assertThat(model.relationships()).extracting(Relationship::kind)
            .containsExactlyInAnyOrder(Relationship.Kind.ONE_TO_ONE, Relationship.Kind.MANY_TO_ONE,
                    Relationship.Kind.ONE_TO_MANY, Relationship.Kind.ONE_TO_MANY, Relationship.Kind.MANY_TO_MANY);
        Relationship self = model.relationships()
            .stream()
            .filter(r -> r.from().equals(r.to()))
            .findFirst()
            .orElseThrow();
        assertThat(self.from()).isEqualTo("Category");
        assertThat(self.documentation()).isEqualTo("A category contains sub-categories: a self reference.");
        Relationship toGroup = model.relationships().getFirst();
        assertThat(toGroup.toField().fieldName()).as("Group{default}").isEqualTo("defaultValue");
        assertThat(model.relationships().get(1).required()).isTrue();
    }

    @Test
    void everyJavaNameIsALegalIdentifier() {
        List<String> javaNames = new ArrayList<>();
        model.entities().forEach(e -> {
            javaNames.addAll(javaForms(e.name()));
            e.fields().forEach(f -> javaNames.addAll(javaForms(f.name())));
        });
        model.enums().forEach(e -> javaNames.addAll(javaForms(e.name())));
        model.relationships().forEach(r -> {
            javaNames.addAll(javaForms(r.fromField()));
            if (r.toField() != null) {
                javaNames.addAll(javaForms(r.toField()));
            }
        });
        assertThat(javaNames).hasSizeGreaterThan(50)
            .allSatisfy(n -> assertThat(SourceVersion.isName(n, SourceVersion.latest())).as(n).isTrue())
            .doesNotContain("Class", "Object", "String", "Record");
    }

    private static List<String> javaForms(Name name) {
        return List.of(name.className(), name.fieldName(), name.plural());
    }

    /**
     * Creates every table with unquoted names on a real PostgreSQL: a reserved word would
     * be a syntax error.
     */
    @Test
    void everySqlNameWorksUnquotedOnPostgres() throws Exception {
        try (EmbeddedPostgres pg = EmbeddedPostgres.start();
                Connection connection = pg.getPostgresDatabase().getConnection();
                Statement sql = connection.createStatement()) {
            for (Entity e : model.entities()) {
                String columns = Stream
                    .concat(Stream.of("id bigint primary key"), e.fields().stream().map(AwkwardNamesTest::column))
                    .collect(Collectors.joining(", "));
                sql.execute("create table " + e.name().sqlName() + " (" + columns + ")");
            }
            for (Relationship r : model.relationships()) {
                String table = model.entity(r.from()).orElseThrow().name().sqlName();
                sql.execute("alter table " + table + " add column " + r.fromField().sqlName() + "_id bigint");
            }
            try (ResultSet rs = sql
                .executeQuery("select count(*) from information_schema.columns where table_schema = 'public'")) {
                rs.next();
                int fields = model.entities().stream().mapToInt(e -> e.fields().size() + 1).sum();
                assertThat(rs.getInt(1)).isEqualTo(fields + model.relationships().size());
            }
        }
    }

    private static String column(Field f) {
        return f.name().sqlName() + " " + switch (f.type()) {
            case INTEGER -> "integer";
            case BIG_DECIMAL -> "numeric";
            case BOOLEAN -> "boolean";
            case LOCAL_DATE -> "date";
            case INSTANT -> "timestamptz";
            default -> "text";
        };
    }

}
