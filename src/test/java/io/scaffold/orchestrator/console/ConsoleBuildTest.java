package io.scaffold.orchestrator.console;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The browser console (src/main/console): its pure logic passes its node tests (SSE
 * parser, form data mapping, element state markers), and the Maven build put its bundle
 * where the application serves it, with index.html naming assets that exist.
 */
class ConsoleBuildTest {

    private static final Path CONSOLE = Path.of("src/main/console");

    private static final Pattern ASSET = Pattern.compile("(?:src|href)=\"(assets/[^\"]+)\"");

    @Test
    void consoleLogicPassesItsNodeTests() throws IOException, InterruptedException {
        Process process = new ProcessBuilder(List.of("node", "--test", "test/")).directory(CONSOLE.toFile())
            .redirectErrorStream(true)
            .start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("node --test finished").isTrue();
        assertThat(process.exitValue()).as("node --test in %s:%n%s", CONSOLE, output).isZero();
        assertThat(output).contains("# fail 0").doesNotContain("# pass 0");
    }

    @Test
    void theBuildPutsTheBundleWhereTheApplicationServesIt() throws IOException {
        String index = resource("static/index.html");
        Matcher assets = ASSET.matcher(index);
        int found = 0;
        while (assets.find()) {
            String asset = assets.group(1);
            assertThat(asset).as("content-hashed name").matches("assets/main-[A-Z0-9]{8}\\.(js|css)");
            assertThat(resource("static/" + asset)).as(asset).isNotBlank();
            found++;
        }
        assertThat(found).as("script and stylesheet in index.html").isEqualTo(2);
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = ConsoleBuildTest.class.getClassLoader().getResourceAsStream(name)) {
            assertThat(in)
                .as("%s on the classpath (built by ./mvnw generate-resources, skipped by -Dconsole.skip)", name)
                .isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

}
