package io.scaffold.orchestrator.generation.encoding;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.xml.sax.InputSource;
import org.yaml.snakeyaml.Yaml;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each encoder against the hostile corpus, checked with the real reader of its target
 * language where one exists.
 */
class EncodersTest {

    private static final String INVISIBLE = "[\\p{Cc}\\u2028\\u2029\\u202A-\\u202E\\u2066-\\u2069\\u200E\\u200F]";

    @Test
    void javaCommentTextCannotEndTheCommentNorHoldAUnicodeEscapeATagOrHtml() {
        for (String text : HostileText.CORPUS) {
            String encoded = JavaComment.text(text);
            assertThat(encoded).as(text)
                .doesNotContain("*/", "/*", "\\", "@", "<", "\n", "\r")
                .doesNotContainPattern(INVISIBLE);
            String source = "/** " + encoded + " */\nclass Documented {\n}\n";
            assertThat(JavaSources.syntaxErrors("Documented.java", source)).as(text).isEmpty();
            assertThat(JavaSources.declarations("Documented.java", source)).as(text)
                .containsExactly("class Documented");
        }
        assertThat(JavaComment.text("a */ b /* c \\u002a/ @Component <b> & **/"))
            .isEqualTo("a &#42;/ b /&#42; c &#92;u002a/ &#64;Component &lt;b&gt; &amp; *&#42;/");
        assertThat(JavaComment.text("A plain description, with punctuation: it's fine (really)."))
            .isEqualTo("A plain description, with punctuation: it's fine (really).");
    }

    @Test
    void javaStringLiteralEvaluatesToExactlyTheText() {
        for (String text : HostileText.CORPUS) {
            String literal = JavaString.literal(text);
            assertThat(literal).as(text)
                .doesNotContainPattern(INVISIBLE)
                .doesNotContainPattern("(?<!\\\\)(?:\\\\\\\\)*\\\\u000[aAdD]");
            assertThat(JavaSources.stringConstant(literal)).as(text).isEqualTo(text);
        }
        assertThat(JavaString.literal("a\"b\\u002a\n\u0000\u202E")).isEqualTo("a\\\"b\\\\u002a\\n\\000\\u202e");
    }

    @Test
    void yamlScalarReadsBackAsTheSameValueInBlockAndFlowContext() {
        Yaml yaml = new Yaml();
        for (String text : HostileText.CORPUS) {
            String scalar = YamlScalar.quoted(text);
            assertThat(scalar).as(text).doesNotContainPattern(INVISIBLE);
            Map<String, Object> block = yaml.load("key: " + scalar + "\nother: 1\n");
            assertThat(block).as(text).containsExactly(Map.entry("key", text), Map.entry("other", 1));
            Map<String, Object> flow = yaml.load("{key: [" + scalar + ", " + scalar + "], other: 1}");
            assertThat(flow).as(text).containsEntry("key", List.of(text, text)).containsEntry("other", 1);
        }
        assertThat(YamlScalar.quoted("</script> \"x\" \\")).isEqualTo("\"</script> \\\"x\\\" \\\\\"");
    }

    @Test
    void xmlTextParsesBackWithoutMarkupOrMavenProperties() throws Exception {
        for (String text : HostileText.CORPUS) {
            String escaped = XmlText.escape(text);
            String xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><project a=\"" + escaped + "\"><description>"
                    + escaped + "</description></project>";
            Document doc = DocumentBuilderFactory.newInstance()
                .newDocumentBuilder()
                .parse(new InputSource(new StringReader(xml)));
            String parsed = doc.getDocumentElement().getElementsByTagName("description").item(0).getTextContent();
            String expected = text.replace("${", "$ {").replaceAll("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F]", "");
            assertThat(parsed).as(text).isEqualTo(expected);
            assertThat(doc.getDocumentElement().getChildNodes().getLength()).as(text).isEqualTo(1);
            assertThat(doc.getDocumentElement().getAttribute("a")).as(text).isEqualTo(expected);
        }
    }

    @Test
    void sqlCommentIsOneLineWithoutFlywayPlaceholders() {
        for (String text : HostileText.CORPUS) {
            assertThat(SqlComment.line(text)).as(text).doesNotContain("${").doesNotContainPattern(INVISIBLE);
        }
        assertThat(SqlComment.line("a\nDROP TABLE x; -- ${secret}")).isEqualTo("a DROP TABLE x; -- $ {secret}");
    }

    @Test
    void markdownInlineShowsTextNotMarkup() {
        for (String text : HostileText.CORPUS) {
            String inline = Markdown.inline(text);
            assertThat(inline).as(text)
                .doesNotContain("<", ">")
                .doesNotContainPattern(INVISIBLE)
                .doesNotContainPattern("(?<!\\\\)[`|\\[\\]*]");
        }
        assertThat(Markdown.inline("# a <b> [x](y) `c` | d_e _f_ 1. &lt;"))
            .isEqualTo("\\# a &lt;b&gt; \\[x\\](y) \\`c\\` \\| d_e \\_f\\_ 1. &amp;lt;");
        assertThat(Markdown.inline("12. twelve")).isEqualTo("12\\. twelve");
        assertThat(Markdown.inline("- item\n- second")).isEqualTo("\\- item - second");
        assertThat(Markdown.inline("\u0000 \u202E# hidden heading")).isEqualTo("\\# hidden heading");
        assertThat(Markdown.inline("Track work end to end")).isEqualTo("Track work end to end");
    }

    @Test
    void markdownCodeSpanIsFencedByMoreBackticksThanTheTextHolds() {
        assertThat(Markdown.code("bug-tracker.jdl", false)).isEqualTo("`bug-tracker.jdl`");
        assertThat(Markdown.code("a``b", false)).isEqualTo("```a``b```");
        assertThat(Markdown.code("`x", false)).isEqualTo("`` `x ``");
        assertThat(Markdown.code("^a|b$", true)).isEqualTo("`^a\\|b$`");
        assertThat(Markdown.code("a\nb", false)).isEqualTo("`a b`");
    }

    @Test
    void mermaidLabelKeepsOneStatementAndNoSyntax() {
        for (String text : HostileText.CORPUS) {
            assertThat(MermaidLabel.text(text)).as(text)
                .doesNotContain("\"", "%", "`", "{", "}", "<", "\\")
                .doesNotContainPattern(INVISIBLE);
        }
        assertThat(MermaidLabel.text("Say \"hi\"; 100% {x}\nnext"))
            .isEqualTo("Say #quot;hi#quot;#59; 100#37; #123;x#125; next");
    }

    @Test
    void shellWordIsOneArgumentWithTheTextAsAPosixShellReadsIt() throws Exception {
        assertThat(ShellWord.quote("target/bug-tracker-")).isEqualTo("target/bug-tracker-");
        for (String text : HostileText.CORPUS.subList(0, HostileText.CORPUS.size() - 1)) {
            String word = ShellWord.quote(text);
            Process sh = new ProcessBuilder("sh", "-c", "printf '%s|' " + word).redirectErrorStream(true).start();
            String printed = new String(sh.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(sh.waitFor()).as(text).isZero();
            assertThat(printed).as(text).isEqualTo(UntrustedText.oneLine(text) + "|");
        }
    }

}
