package io.scaffold.orchestrator.generation.encoding;

import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;

/**
 * Jackson's escapes for JSON strings (quotes, backslash, control characters) plus
 * <code>&#92;uXXXX</code> for the invisible characters it would write raw: bidirectional
 * controls, the Unicode line separators and other format characters, so that a JSON file
 * reads as it parses.
 */
public final class JsonText extends CharacterEscapes {

    public static final JsonText ESCAPES = new JsonText();

    private final int[] asciiEscapes = standardAsciiEscapesForJSON();

    private JsonText() {
    }

    @Override
    public int[] getEscapeCodesForAscii() {
        return asciiEscapes;
    }

    @Override
    public SerializableString getEscapeSequence(int c) {
        boolean invisible = UntrustedText.isBidiControl(c) || UntrustedText.isLineBreak(c)
                || Character.getType(c) == Character.FORMAT || Character.getType(c) == Character.CONTROL;
        return invisible ? new SerializedString(String.format("\\u%04x", c)) : null;
    }

}
