package io.scaffold.orchestrator.generation.encoding;

import java.util.regex.Pattern;

/**
 * One shell word for the given text: unchanged when it holds only characters no POSIX
 * shell treats specially, otherwise single-quoted, where only the quote itself needs
 * care. Line breaks become spaces and other control and bidirectional characters are
 * dropped, so that the command reads as it runs.
 */
public final class ShellWord {

    private static final Pattern PLAIN = Pattern.compile("[A-Za-z0-9_@%+=:,./-]+");

    private ShellWord() {
    }

    public static String quote(String text) {
        String word = UntrustedText.oneLine(text);
        if (PLAIN.matcher(word).matches()) {
            return word;
        }
        return "'" + word.replace("'", "'\\''") + "'";
    }

}
