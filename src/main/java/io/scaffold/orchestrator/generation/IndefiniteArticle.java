package io.scaffold.orchestrator.generation;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * "a" or "an" before a label, by how its first word is most likely spoken:
 * {@code an Order}, {@code a User}, {@code a One Time Code}, {@code an Hour},
 * {@code an SQL Query}, {@code a URL}. The templates call it as {@code a(label)} wherever
 * a label follows an indefinite article.
 */
final class IndefiniteArticle {

    /** Words starting with a vowel letter spoken as a consonant: you, one, eu. */
    private static final Pattern CONSONANT_SOUND = Pattern.compile("(uni|use|usu|uti|ur[aeiou]|one|once|eu).*");

    /** Words starting with a silent h. */
    private static final Pattern SILENT_H = Pattern.compile("(hour|honest|honou?r|heir).*");

    /** Acronyms spoken letter by letter start with a vowel sound on these letters. */
    private static final String VOWEL_SOUND_LETTERS = "AEFHILMNORSX";

    private IndefiniteArticle() {
    }

    /** The words with their article, e.g. {@code an Order}. */
    static String before(String words) {
        String text = words.strip();
        if (text.isEmpty()) {
            throw new IllegalArgumentException("no words to put an article before");
        }
        String first = text.split("[\\s-]")[0];
        String lower = text.toLowerCase(Locale.ROOT);
        boolean acronym = first.length() > 1
                && first.chars().filter(Character::isLetter).allMatch(Character::isUpperCase);
        boolean vowelSound;
        if (acronym) {
            vowelSound = VOWEL_SOUND_LETTERS.indexOf(first.charAt(0)) >= 0;
        }
        else if ("aeiou".indexOf(lower.charAt(0)) >= 0) {
            vowelSound = !CONSONANT_SOUND.matcher(lower).matches();
        }
        else {
            vowelSound = SILENT_H.matcher(lower).matches();
        }
        return (vowelSound ? "an " : "a ") + text;
    }

}
