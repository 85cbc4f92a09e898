package io.scaffold.orchestrator.gates.probe;

import io.scaffold.orchestrator.domain.Entity;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Whether a text speaks of an entity: its label or plural as words, case-insensitive
 * ("Bank Account", "bank accounts").
 */
public final class EntityMentions {

    private EntityMentions() {
    }

    public static boolean mentions(String text, Entity entity) {
        String lower = text.toLowerCase(Locale.ROOT);
        return forms(entity).stream()
            .anyMatch(form -> Pattern.compile("(?<![a-z0-9])" + Pattern.quote(form) + "(?![a-z0-9])")
                .matcher(lower)
                .find());
    }

    private static List<String> forms(Entity entity) {
        return List
            .of(words(entity.name().label()), words(entity.name().plural()), words(entity.name().className()),
                    entity.name().pathSegment().replace('-', ' '))
            .stream()
            .filter(s -> !s.isBlank())
            .distinct()
            .toList();
    }

    private static String words(String name) {
        return name.replaceAll("([a-z0-9])([A-Z])", "$1 $2").replace('_', ' ').toLowerCase(Locale.ROOT).strip();
    }

}
