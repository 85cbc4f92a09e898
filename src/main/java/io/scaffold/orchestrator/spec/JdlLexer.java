package io.scaffold.orchestrator.spec;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits JDL text into tokens with 1-based line and column. Comments are dropped, except
 * documentation comments ({@code /** ... *}{@code /}), which are attached to the token
 * that follows them.
 */
final class JdlLexer {

    enum Kind {

        NAME, NUMBER, STRING, REGEX, SYMBOL, EOF

    }

    /**
     * @param text the token as written (strings and regexes without their delimiters)
     * @param doc the documentation comment right before this token, or empty
     * @param firstOnLine no other token precedes it on its line (JDL separates fields by
     * newlines)
     */
    record Token(Kind kind, String text, int line, int column, String doc, boolean firstOnLine) {

        boolean is(String symbolOrName) {
            return (kind == Kind.SYMBOL || kind == Kind.NAME) && text.equals(symbolOrName);
        }

        /** How the token reads in an error message. */
        String shown() {
            return switch (kind) {
                case EOF -> "end of file";
                case STRING -> "\"" + text + "\"";
                case REGEX -> "/" + text + "/";
                default -> "'" + text + "'";
            };
        }

        Draft.Location location() {
            return new Draft.Location(line, column);
        }
    }

    private final String file;

    private final String text;

    private int pos;

    private int line = 1;

    private int column = 1;

    private int lastTokenLine;

    private String pendingDoc = "";

    private JdlLexer(String file, String text) {
        this.file = file;
        this.text = text;
    }

    static List<Token> tokenize(String file, String text) {
        return new JdlLexer(file, text).run();
    }

    private List<Token> run() {
        List<Token> tokens = new ArrayList<>();
        while (true) {
            skipSpaceAndComments();
            int startLine = line;
            int startColumn = column;
            boolean firstOnLine = startLine != lastTokenLine;
            if (pos >= text.length()) {
                tokens.add(new Token(Kind.EOF, "", startLine, startColumn, "", true));
                return tokens;
            }
            char c = text.charAt(pos);
            Kind kind;
            String value;
            if (Character.isLetter(c) || c == '_' || c == '$') {
                kind = Kind.NAME;
                value = readWhile(
                        ch -> Character.isLetterOrDigit(ch) || ch == '_' || ch == '$' || ch == '.' || ch == '-');
            }
            else if (Character.isDigit(c)
                    || (c == '-' && pos + 1 < text.length() && Character.isDigit(text.charAt(pos + 1)))) {
                kind = Kind.NUMBER;
                advance();
                value = c + readWhile(ch -> Character.isDigit(ch) || ch == '.');
            }
            else if (c == '"' || c == '\'') {
                kind = Kind.STRING;
                value = readQuoted(c, startLine, startColumn);
            }
            else if (c == '/') {
                kind = Kind.REGEX;
                value = readRegex(startLine, startColumn);
            }
            else if ("{}()[],=*@".indexOf(c) >= 0) {
                kind = Kind.SYMBOL;
                value = String.valueOf(c);
                advance();
            }
            else {
                throw new SpecException(file, startLine, startColumn, "unexpected character '" + c + "'",
                        "remove it; JDL uses names, numbers, \"strings\", /patterns/ and the symbols { } ( ) [ ] , = * @");
            }
            tokens.add(new Token(kind, value, startLine, startColumn, pendingDoc, firstOnLine));
            pendingDoc = "";
            lastTokenLine = line;
        }
    }

    private void skipSpaceAndComments() {
        while (pos < text.length()) {
            char c = text.charAt(pos);
            if (Character.isWhitespace(c)) {
                advance();
            }
            else if (text.startsWith("//", pos)) {
                while (pos < text.length() && text.charAt(pos) != '\n') {
                    advance();
                }
            }
            else if (text.startsWith("/*", pos)) {
                int startLine = line;
                int startColumn = column;
                int end = text.indexOf("*/", pos + 2);
                if (end < 0) {
                    throw new SpecException(file, startLine, startColumn, "comment is never closed",
                            "close the comment with '*/'");
                }
                String body = text.substring(pos + 2, end);
                boolean doc = body.startsWith("*") && !body.equals("*");
                while (pos < end + 2) {
                    advance();
                }
                if (doc) {
                    pendingDoc = cleanDoc(body.substring(1));
                }
            }
            else {
                return;
            }
        }
    }

    /**
     * Strips the leading {@code *} of each line and blank lines:
     * {@code * The Employee entity.} → {@code The Employee entity.}
     */
    private static String cleanDoc(String body) {
        List<String> lines = new ArrayList<>();
        for (String l : body.split("\n")) {
            String stripped = l.strip();
            if (stripped.startsWith("*")) {
                stripped = stripped.substring(1).strip();
            }
            if (!stripped.isEmpty()) {
                lines.add(stripped);
            }
        }
        return String.join("\n", lines);
    }

    private String readWhile(java.util.function.IntPredicate accept) {
        int start = pos;
        while (pos < text.length() && accept.test(text.charAt(pos))) {
            advance();
        }
        return text.substring(start, pos);
    }

    private String readQuoted(char quote, int startLine, int startColumn) {
        advance();
        StringBuilder value = new StringBuilder();
        while (pos < text.length() && text.charAt(pos) != quote && text.charAt(pos) != '\n') {
            if (text.charAt(pos) == '\\' && pos + 1 < text.length()) {
                advance();
            }
            value.append(text.charAt(pos));
            advance();
        }
        if (pos >= text.length() || text.charAt(pos) != quote) {
            throw new SpecException(file, startLine, startColumn, "string is never closed",
                    "end the string with " + quote + " on the same line");
        }
        advance();
        return value.toString();
    }

    /**
     * A pattern {@code /regex/}; the backslash escapes stay, only {@code \/} becomes
     * {@code /}.
     */
    private String readRegex(int startLine, int startColumn) {
        advance();
        StringBuilder value = new StringBuilder();
        while (pos < text.length() && text.charAt(pos) != '/' && text.charAt(pos) != '\n') {
            if (text.charAt(pos) == '\\' && pos + 1 < text.length()) {
                if (text.charAt(pos + 1) == '/') {
                    advance();
                }
                else {
                    value.append('\\');
                    advance();
                }
            }
            value.append(text.charAt(pos));
            advance();
        }
        if (pos >= text.length() || text.charAt(pos) != '/') {
            throw new SpecException(file, startLine, startColumn, "pattern is never closed",
                    "end the pattern with '/' on the same line, e.g. pattern(/^[A-Z]+$/)");
        }
        advance();
        return value.toString();
    }

    private void advance() {
        if (text.charAt(pos) == '\n') {
            line++;
            column = 1;
        }
        else {
            column++;
        }
        pos++;
    }

}
