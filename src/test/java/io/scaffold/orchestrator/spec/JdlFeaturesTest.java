package io.scaffold.orchestrator.spec;

import static org.assertj.core.api.Assertions.assertThat;

import io.scaffold.orchestrator.domain.DomainModel;
import io.scaffold.orchestrator.domain.Entity;
import io.scaffold.orchestrator.domain.EntityOptions;
import io.scaffold.orchestrator.domain.EnumType;
import io.scaffold.orchestrator.domain.Field;
import io.scaffold.orchestrator.domain.FieldType;
import io.scaffold.orchestrator.domain.Relationship;

import org.junit.jupiter.api.Test;

/** JDL constructs the corpus uses rarely or not at all. */
class JdlFeaturesTest {

    private static final String JDL = """
            application {
              config { baseName features, packageName org.example.features, buildTool maven }
              entities *
              dto Invoice with mapstruct
            }
            MIN = -5
            /** Kept documentation. */
            @paginate(infinite-scroll)
            @ChangelogDate("20240101000000")
            @readOnly
            entity Invoice(bill) {
              /** The amount */ amount BigDecimal required min(MIN) max(1000.50)
              number Long unique, issued ZonedDateTime, due LocalTime
              wait Duration
              ref UUID
              scan AnyBlob minbytes(1) maxbytes(2048)
              notes TextBlob
              ratio Float
              share Double
              flag Boolean
              kind Kind
            }
            entity Party
            enum Kind {
              STANDARD(standard)
              CREDIT_NOTE("Credit note"),
              PROFORMA
            }
            relationship ManyToOne {
              /** who pays */
              Invoice{payer(id) required} to Party with jpaDerivedIdentifier
              Party{user(login)} to User with builtInEntity
            }
            relationship OneToOne { Party{authority(name)} to Authority }
            filter all except Party
            search Invoice, Party with elasticsearch
            service Party with serviceImpl
            dto Party with no
            skipClient *
            angularSuffix Invoice with mySuffix
            clientRootFolder Party with parties
            deployment { deploymentType docker-compose, appsFolders [a, b], dockerRepositoryName "repo" }
            """;

    private final DomainModel model = new JdlParser().parse("features.jdl", JDL, SpecOptions.DEFAULTS);

    @Test
    void readsEveryFieldTypeAndValidation() {
        Entity invoice = model.entity("Invoice").orElseThrow();
        assertThat(invoice.name().sqlName()).as("entity Invoice(bill)").isEqualTo("bill");
        assertThat(invoice.documentation()).isEqualTo("Kept documentation.");
        assertThat(invoice.fields()).extracting(Field::type)
            .containsExactly(FieldType.BIG_DECIMAL, FieldType.LONG, FieldType.ZONED_DATE_TIME, FieldType.LOCAL_TIME,
                    FieldType.DURATION, FieldType.UUID, FieldType.BLOB, FieldType.TEXT, FieldType.FLOAT,
                    FieldType.DOUBLE, FieldType.BOOLEAN, FieldType.ENUM);
        Field amount = invoice.fields().getFirst();
        assertThat(amount.documentation()).isEqualTo("The amount");
        assertThat(amount.min()).isEqualByComparingTo("-5");
        assertThat(amount.max()).isEqualByComparingTo("1000.50");
        assertThat(invoice.fields().get(1).unique()).isTrue();
        assertThat(invoice.fields().get(6).minLength()).isEqualTo(1);
        assertThat(invoice.fields().get(6).maxLength()).isEqualTo(2048);
    }

    @Test
    void appliesAnnotationsAndOptions() {
        Entity invoice = model.entity("Invoice").orElseThrow();
        assertThat(invoice.options()).isEqualTo(
                new EntityOptions(EntityOptions.Pagination.INFINITE_SCROLL, true, false, false, true, true, true));
        assertThat(model.entity("Party").orElseThrow().options().filter()).isFalse();
        assertThat(model.entity("Party").orElseThrow().options())
            .as("service Party with serviceImpl; dto Party with no; search Party")
            .isEqualTo(new EntityOptions(EntityOptions.Pagination.NONE, false, true, true, false, true, false));
        assertThat(model.assumptions()).as("dto no still separates API records from entities")
            .anyMatch(a -> a.startsWith("dto (line ") && a.contains("with no for Party") && a.contains("for Party")
                    && a.contains("never exposed"));
        assertThat(model.useCases()).contains("List invoices", "View an invoice").doesNotContain("Create an invoice");
        assertThat(model.ignoredFeatures()).anyMatch(f -> f.startsWith("jpaDerivedIdentifier on Invoice to Party"))
            .anyMatch(f -> f.startsWith("skipClient") && f.contains("no client is generated"))
            .anyMatch(f -> f.startsWith("angularSuffix") && f.contains("with mySuffix for Invoice"))
            .anyMatch(f -> f.startsWith("clientRootFolder") && f.contains("for Party"))
            .anyMatch(f -> f.startsWith("deployment docker-compose"))
            .noneMatch(f -> f.contains("ChangelogDate"))
            .noneMatch(f -> f.contains("buildTool"))
            .as("filter, readOnly, dto mapstruct and service with serviceImpl are honoured")
            .noneMatch(f -> f.startsWith("filter") || f.startsWith("readOnly") || f.startsWith("dto")
                    || f.startsWith("service"))
            .as("search of an entity with no text to search is listed, with its line; Invoice's is generated")
            .contains("search (line 36) with elasticsearch for Party: no String or TextBlob field to search, "
                    + "so no search endpoint is generated")
            .noneMatch(f -> f.startsWith("search") && f.contains("Invoice"));
        assertThat(model.assumptions()).as("the engine named is recorded as an assumption, like pager")
            .anyMatch(a -> a
                .startsWith("search with elasticsearch (line 36) is generated as PostgreSQL full-text " + "search"));
        assertThat(model.entity("Party").orElseThrow().options().search()).as("recorded as asked").isTrue();
    }

    @Test
    void readsEnumLabelsQuotedOrNot() {
        EnumType kind = model.enumType("Kind").orElseThrow();
        assertThat(kind.values()).containsExactly(new EnumType.Value("STANDARD", "standard"),
                new EnumType.Value("CREDIT_NOTE", "Credit note"), new EnumType.Value("PROFORMA", "PROFORMA"));
    }

    @Test
    void addsBuiltInEntitiesAndAsksAboutEmptyOnes() {
        assertThat(model.entities()).extracting(e -> e.name().original() + ":" + e.builtIn())
            .containsExactly("Invoice:false", "Party:false", "User:true", "Authority:true");
        assertThat(model.entity("Authority").orElseThrow().fields()).extracting(f -> f.name().fieldName())
            .containsExactly("name");
        assertThat(model.assumptions())
            .anyMatch(a -> a.startsWith("Party to Authority (line 34) lacks 'with builtInEntity'"));
        assertThat(model.openQuestions())
            .contains("Entity Party has no fields besides its id: which attributes does it hold?");
        Relationship payer = model.relationships().getFirst();
        assertThat(payer.required()).isTrue();
        assertThat(payer.displayField()).isEqualTo("id");
        assertThat(payer.documentation()).isEqualTo("who pays");
        assertThat(model.basePackage()).isEqualTo("org.example.features");
    }

}
