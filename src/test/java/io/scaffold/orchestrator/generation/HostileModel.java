package io.scaffold.orchestrator.generation;

import io.scaffold.orchestrator.domain.DomainModel;
import io.scaffold.orchestrator.domain.Entity;
import io.scaffold.orchestrator.domain.EnumType;
import io.scaffold.orchestrator.domain.Field;
import io.scaffold.orchestrator.domain.Name;
import io.scaffold.orchestrator.domain.Relationship;
import io.scaffold.orchestrator.generation.encoding.HostileText;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A domain model with every free-text slot filled: the model's description, objectives,
 * use cases, assumptions, open questions, ignored features and source file name; entity,
 * field, enum and relationship documentation; enum value labels; the original spelling of
 * entity and enum names; field patterns. Either with hostile text (the corpus in turn,
 * the description gets all of it at once) or with plain words, so that the two can be
 * compared: same structure, same identifiers, different text.
 */
final class HostileModel {

    /** Valid, and still matched by the generated test data ("user1@example.com"). */
    static final String HOSTILE_PATTERN_SUFFIX = "|^\\Q*/ \\u002a/ \"'</script> ${x}\\E$";

    private final boolean hostile;

    private int slot;

    private HostileModel(boolean hostile) {
        this.hostile = hostile;
    }

    static DomainModel hostile(DomainModel model) {
        return new HostileModel(true).rewrite(model);
    }

    static DomainModel benign(DomainModel model) {
        return new HostileModel(false).rewrite(model);
    }

    /** The text of the next slot. */
    private String next() {
        int i = slot++;
        if (!hostile) {
            return "Plain words number " + i;
        }
        return i == 0 ? HostileText.ALL : HostileText.CORPUS.get(i % HostileText.CORPUS.size());
    }

    private Name rename(Name name, Map<String, String> renamed) {
        String original = hostile ? name.original() + " " + next() : name.original();
        renamed.put(name.original(), original);
        return new Name(original, name.className(), name.fieldName(), name.plural(), name.sqlName(), name.pathSegment(),
                name.label());
    }

    private DomainModel rewrite(DomainModel m) {
        String description = next();
        Map<String, String> enumNames = new HashMap<>();
        List<EnumType> enums = m.enums()
            .stream()
            .map(e -> new EnumType(rename(e.name(), enumNames), next(),
                    e.values().stream().map(v -> new EnumType.Value(v.constant(), next())).toList()))
            .toList();
        Map<String, String> entityNames = new HashMap<>();
        List<Entity> entities = m.entities()
            .stream()
            .map(e -> new Entity(rename(e.name(), entityNames), next(),
                    e.fields().stream().map(f -> field(f, enumNames)).toList(), e.options(), e.schemaOrgType(),
                    e.builtIn()))
            .toList();
        List<Relationship> relationships = m.relationships()
            .stream()
            .map(r -> new Relationship(r.kind(), entityNames.get(r.from()), r.fromField(), r.displayField(),
                    entityNames.get(r.to()), r.toField(), r.required(), next()))
            .toList();
        return new DomainModel(m.name(), m.basePackage(), description, entities, enums, relationships,
                List.of(next(), next()), List.of(next(), next()), List.of(next(), next()), List.of(next(), next()),
                List.of(next(), next()), new DomainModel.Source(m.source().format(), next() + ".jdl"));
    }

    private Field field(Field f, Map<String, String> enumNames) {
        String pattern = f.pattern() == null || !hostile ? f.pattern() : f.pattern() + HOSTILE_PATTERN_SUFFIX;
        return new Field(f.name(), f.type(), f.enumName() == null ? null : enumNames.get(f.enumName()), next(),
                f.required(), f.unique(), f.min(), f.max(), f.minLength(), f.maxLength(), pattern);
    }

    /**
     * Every generated file of the model, with rework findings that quote the text as
     * well.
     */
    static Map<String, GeneratedFile> generate(DomainModel model, List<String> findings) {
        GenerationContext context = GenerationContext.defaults().withFindings(findings);
        Map<String, GeneratedFile> files = new java.util.TreeMap<>();
        Phases.ALL.forEach(g -> g.generate(model, context).forEach(f -> files.put(f.path(), f)));
        return files;
    }

}
