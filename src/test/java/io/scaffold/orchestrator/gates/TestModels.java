package io.scaffold.orchestrator.gates;

import io.scaffold.orchestrator.domain.DomainModel;
import io.scaffold.orchestrator.domain.Entity;
import io.scaffold.orchestrator.domain.EntityOptions;
import io.scaffold.orchestrator.domain.EnumType;
import io.scaffold.orchestrator.domain.Field;
import io.scaffold.orchestrator.domain.FieldType;
import io.scaffold.orchestrator.domain.Name;
import io.scaffold.orchestrator.domain.Relationship;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * The small tracker domain the hand-written fixture project under
 * src/test/resources/gates/good-project was written for.
 */
public final class TestModels {

    public static final Path GOOD_PROJECT = Path.of("src/test/resources/gates/good-project");

    private TestModels() {
    }

    /**
     * Names of a regular English word written in camel case (plural by adding s unless it
     * already ends in s, as {@code labels} does): enough for these fixtures.
     */
    public static Name name(String original) {
        String className = Character.toUpperCase(original.charAt(0)) + original.substring(1);
        String fieldName = Character.toLowerCase(original.charAt(0)) + original.substring(1);
        String snake = fieldName.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase();
        String s = fieldName.endsWith("s") ? "" : "s";
        return new Name(original, className, fieldName, fieldName + s, snake, snake.replace('_', '-') + s,
                className.replaceAll("([a-z0-9])([A-Z])", "$1 $2"));
    }

    public static Name entityName(String original) {
        Name n = name(original);
        return new Name(n.original(), n.className(), n.fieldName(), n.plural(), n.sqlName() + "s", n.pathSegment(),
                n.label());
    }

    public static Field field(String name, FieldType type, boolean required) {
        return new Field(name(name), type, type == FieldType.ENUM ? "TicketStatus" : null, "", required, false, null,
                null, null, null, null);
    }

    public static Entity entity(String name, String schemaOrgType, EntityOptions.Pagination pagination,
            Field... fields) {
        return new Entity(entityName(name), "", List.of(fields),
                new EntityOptions(pagination, true, true, false, false, false, false), schemaOrgType, false);
    }

    public static DomainModel tracker() {
        return tracker(List.of("Track the work of every project as tickets", "Find tickets by label"),
                List.of("Create a ticket in a project", "Label a ticket", "Manage projects and their labels"),
                List.of());
    }

    public static DomainModel tracker(List<String> objectives, List<String> useCases, List<String> openQuestions) {
        Entity project = entity("Project", "Project", EntityOptions.Pagination.NONE,
                field("name", FieldType.STRING, true), field("description", FieldType.TEXT, false));
        Entity label = entity("Label", "DefinedTerm", EntityOptions.Pagination.NONE,
                field("label", FieldType.STRING, true));
        Entity ticket = entity("Ticket", "Thing", EntityOptions.Pagination.PAGINATION,
                field("title", FieldType.STRING, true), field("dueDate", FieldType.LOCAL_DATE, false),
                field("status", FieldType.ENUM, true), field("estimate", FieldType.INTEGER, false));
        EnumType status = new EnumType(name("TicketStatus"), "", List.of(new EnumType.Value("OPEN", "Open"),
                new EnumType.Value("IN_PROGRESS", "In Progress"), new EnumType.Value("DONE", "Done")));
        List<Relationship> relationships = List.of(
                new Relationship(Relationship.Kind.MANY_TO_ONE, "Ticket", name("project"), "name", "Project", null,
                        true, ""),
                new Relationship(Relationship.Kind.MANY_TO_MANY, "Ticket", name("labels"), "label", "Label",
                        name("tickets"), false, ""));
        return new DomainModel("tracker", "com.example.tracker", "Tracks tickets of projects.",
                List.of(project, label, ticket), List.of(status), relationships, objectives, useCases, List.of(),
                openQuestions, List.of(), new DomainModel.Source(DomainModel.Source.Format.JDL, "tracker.jdl"));
    }

    /**
     * The findings of a score as one line each, {@code file:line: message; suggested
     * action}, for assertions on what a validator says.
     */
    public static List<String> lines(CriterionScore score) {
        return score.findings()
            .stream()
            .map(f -> (f.location().isEmpty() ? "" : f.location() + ": ") + f.message() + "; " + f.suggestedAction())
            .toList();
    }

    public static GateSubject subject(Path projectDir) {
        return new GateSubject("run-1", projectDir, tracker(), Map.of());
    }

}
