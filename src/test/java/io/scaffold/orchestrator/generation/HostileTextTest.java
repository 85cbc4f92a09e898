package io.scaffold.orchestrator.generation;

import io.scaffold.orchestrator.domain.DomainModel;
import io.scaffold.orchestrator.domain.Entity;
import io.scaffold.orchestrator.gates.probe.PostgresSandbox;
import io.scaffold.orchestrator.generation.encoding.HostileText;
import io.scaffold.orchestrator.generation.encoding.JavaSources;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.InputSource;
import org.yaml.snakeyaml.Yaml;

import javax.sql.DataSource;
import javax.xml.parsers.DocumentBuilderFactory;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 7, "Why" 1 and the description items of "Why" 7: hostile text in every free-text
 * slot of a domain model, through every phase generator, changes no structure of any
 * generated file. Each file is read by the real reader of its language (javac's parser,
 * SnakeYAML, swagger-parser, Flyway on PostgreSQL, the JDK's XML parser) and compared
 * with the same model carrying plain words.
 */
class HostileTextTest {

    private static final DomainModel HOSTILE = HostileModel.hostile(DomainFixtures.awkwardNames());

    private static final Map<String, GeneratedFile> HOSTILE_FILES = HostileModel.generate(HOSTILE, HostileText.CORPUS);

    private static final Map<String, GeneratedFile> BENIGN_FILES = HostileModel.generate(
            HostileModel.benign(DomainFixtures.awkwardNames()),
            HostileText.CORPUS.stream().map(text -> "Plain finding").toList());

    private static final PostgresSandbox POSTGRES = new PostgresSandbox();

    @TempDir
    Path dir;

    @AfterAll
    static void stopPostgres() throws IOException {
        POSTGRES.destroy();
    }

    @Test
    void generatesTheSameFiles() {
        assertThat(HOSTILE_FILES.keySet()).isEqualTo(BENIGN_FILES.keySet());
    }

    @Test
    void everyJavaFileDeclaresExactlyWhatTheTemplatesDefine() {
        List<String> javaFiles = paths(".java");
        assertThat(javaFiles).hasSizeGreaterThan(30);
        for (String path : javaFiles) {
            String source = HOSTILE_FILES.get(path).content();
            assertThat(JavaSources.syntaxErrors(path, source)).as(path).isEmpty();
            assertThat(JavaSources.declarations(path, source)).as(path)
                .isEqualTo(JavaSources.declarations(path, BENIGN_FILES.get(path).content()));
        }
    }

    @Test
    void javaStringsCarryTheTextExactly() {
        String request = HOSTILE_FILES.get("src/main/java/com/example/awkward/select/SelectRequest.java").content();
        Matcher regexp = Pattern.compile("regexp = \"((?:[^\"\\\\]|\\\\.)*)\"").matcher(request);
        assertThat(regexp.find()).as(request).isTrue();
        assertThat(JavaSources.stringConstant(regexp.group(1))).isEqualTo(pattern(HOSTILE));
        String type = HOSTILE_FILES.get("src/main/java/com/example/awkward/enumeration/Type.java").content();
        Matcher label = Pattern.compile("DEFAULT\\(\"((?:[^\"\\\\]|\\\\.)*)\"\\)").matcher(type);
        assertThat(label.find()).as(type).isTrue();
        assertThat(JavaSources.stringConstant(label.group(1)))
            .isEqualTo(HOSTILE.enums().getFirst().values().getFirst().label());
    }

    @Test
    void yamlFilesParseWithTheTextAsValuesNeverAsKeys() {
        List<String> yamlFiles = paths(".yaml", ".yml");
        assertThat(yamlFiles).contains(ProjectLayout.OPENAPI_CONTRACT, "src/main/resources/application.yml",
                "compose.yaml", "k8s/deployment.yaml", ".github/workflows/ci.yml");
        for (String path : yamlFiles) {
            assertThat(keyPaths(yaml(HOSTILE_FILES, path))).as(path).isEqualTo(keyPaths(yaml(BENIGN_FILES, path)));
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> contract = (Map<String, Object>) yaml(HOSTILE_FILES, ProjectLayout.OPENAPI_CONTRACT)
            .getFirst();
        assertThat(at(contract, "info", "description")).isEqualTo(HOSTILE.description()).asString().contains("</");
        Entity order = HOSTILE.entities().getFirst();
        assertThat(((List<?>) contract.get("tags")).getFirst())
            .isEqualTo(Map.of("name", "Order", "description", order.name().label() + ": " + order.documentation()));
        assertThat(at(contract, "components", "schemas", "OrderRequest", "properties", "defaultValue", "description"))
            .isEqualTo(order.fields().getFirst().documentation());
        assertThat(at(contract, "components", "schemas", "SelectRequest", "properties", "pattern", "pattern"))
            .isEqualTo(pattern(HOSTILE));
    }

    @Test
    void openApiContractValidatesEvenWithClosingTagsAndLineBreaksInDescriptions() {
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        options.setResolveFully(true);
        SwaggerParseResult result = new OpenAPIV3Parser()
            .readContents(HOSTILE_FILES.get(ProjectLayout.OPENAPI_CONTRACT).content(), null, options);
        assertThat(result.getMessages()).isEmpty();
        assertThat(result.getOpenAPI().getInfo().getDescription()).isEqualTo(HOSTILE.description());
        long blobs = HOSTILE.entities()
            .stream()
            .flatMap(e -> e.fields().stream())
            .filter(f -> f.type().isBinary())
            .count();
        long searched = HOSTILE.entities().stream().filter(e -> e.options().search()).count();
        assertThat(searched).as("the fixture has searched entities, each with text").isEqualTo(2);
        assertThat(result.getOpenAPI().getPaths())
            .as("a collection and an item path per entity, one path per blob, a search path per searched entity")
            .hasSize(2 * HOSTILE.entities().size() + (int) blobs + (int) searched);
    }

    @Test
    void migrationAppliesWithFlywayAndCreatesExactlyTheTablesOfThePlainModel() throws IOException {
        assertThat(HOSTILE_FILES.get(ProjectLayout.SCHEMA_MIGRATION).content())
            .as("documentation is a comment in the migration")
            .contains("-- Order: ");
        assertThat(migratedSchema(HOSTILE_FILES, dir.resolve("hostile")))
            .isEqualTo(migratedSchema(BENIGN_FILES, dir.resolve("benign")))
            .contains("orders.default_value", "groups.class_name", "rel_group_option.group_id");
    }

    @Test
    void pomAndOtherXmlParseWithTheSameElements() throws Exception {
        for (String path : paths(".xml")) {
            Element hostile = xml(HOSTILE_FILES, path);
            assertThat(elementPaths(hostile, "")).as(path).isEqualTo(elementPaths(xml(BENIGN_FILES, path), ""));
        }
        Element pom = xml(HOSTILE_FILES, "pom.xml");
        assertThat(pom.getElementsByTagName("description").item(0).getTextContent())
            .isEqualTo(HOSTILE.description().replace("${", "$ {").replaceAll("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F]", ""));
    }

    @Test
    void mermaidAndC4DiagramsKeepOneStatementPerLine() {
        for (String path : List.of("docs/architecture/c4-context.md", "docs/architecture/c4-container.md",
                "docs/data/er-diagram.md")) {
            List<String> hostile = mermaid(HOSTILE_FILES, path);
            List<String> benign = mermaid(BENIGN_FILES, path);
            assertThat(hostile).as(path).hasSameSizeAs(benign);
            for (int i = 0; i < hostile.size(); i++) {
                assertThat(statement(hostile.get(i))).as(path + ": " + hostile.get(i))
                    .isEqualTo(statement(benign.get(i)));
            }
        }
        String system = mermaid(HOSTILE_FILES, "docs/architecture/c4-context.md").stream()
            .filter(l -> l.strip().startsWith("System("))
            .findFirst()
            .orElseThrow();
        assertThat(system).as("the multi-line description stays inside one C4 macro")
            .startsWith("    System(awkward_names, \"Awkward Names\", \"")
            .endsWith("\")")
            .doesNotContain("%%", "\"\"", "`");
        assertThat(system.chars().filter(c -> c == '"').count()).isEqualTo(4);
    }

    @Test
    void markdownDocumentsKeepTheirLinesAndShowNoRawHtml() {
        for (String path : paths(".md")) {
            List<String> hostile = HOSTILE_FILES.get(path).content().lines().toList();
            List<String> benign = BENIGN_FILES.get(path).content().lines().toList();
            assertThat(hostile.stream().map(HostileTextTest::markdownBlock).toList()).as(path)
                .isEqualTo(benign.stream().map(HostileTextTest::markdownBlock).toList());
            // code spans show their content literally; everywhere else '<' must be an
            // entity
            String outsideCode = HOSTILE_FILES.get(path)
                .content()
                .replaceAll("(?<![\\\\`])(`+)(?!`).*?(?<!`)\\1(?!`)", "");
            assertThat(outsideCode).as(path).doesNotContain("<script", "<!--", "</");
        }
    }

    @Test
    void noFileCarriesControlOrBidirectionalCharacters() {
        Pattern invisible = Pattern.compile(
                "[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F\\u0085\\u2028\\u2029\\u202A-\\u202E\\u2066-\\u2069\\u200E\\u200F]");
        HOSTILE_FILES.values().forEach(f -> assertThat(f.content()).as(f.path()).doesNotContainPattern(invisible));
    }

    @Test
    void domainModelJsonEscapesInvisibleCharacters() {
        assertThat(HOSTILE_FILES.get("docs/requirements/domain-model.json").content()).doesNotContain("\u202E")
            .contains("\\u202e");
    }

    private static String pattern(DomainModel model) {
        return model.entities()
            .stream()
            .flatMap(e -> e.fields().stream())
            .map(f -> f.pattern())
            .filter(p -> p != null)
            .findFirst()
            .orElseThrow();
    }

    private static List<String> paths(String... suffixes) {
        return HOSTILE_FILES.keySet().stream().filter(p -> List.of(suffixes).stream().anyMatch(p::endsWith)).toList();
    }

    private static List<Object> yaml(Map<String, GeneratedFile> files, String path) {
        List<Object> documents = new ArrayList<>();
        new Yaml().loadAll(files.get(path).content()).forEach(documents::add);
        return documents;
    }

    /**
     * Every key of the documents as a path, e.g. {@code /paths//api/orders/get/tags[]};
     * lists collapse to [].
     */
    private static Set<String> keyPaths(Object node) {
        Set<String> paths = new TreeSet<>();
        collectKeys(node, "", paths);
        return paths;
    }

    private static void collectKeys(Object node, String path, Set<String> paths) {
        if (node instanceof Map<?, ?> map) {
            map.forEach((key, value) -> {
                paths.add(path + "/" + key);
                collectKeys(value, path + "/" + key, paths);
            });
        }
        else if (node instanceof List<?> list) {
            list.forEach(item -> collectKeys(item, path + "[]", paths));
        }
    }

    private static Object at(Map<String, Object> map, String... keys) {
        Object node = map;
        for (String key : keys) {
            node = ((Map<?, ?>) node).get(key);
        }
        return node;
    }

    /**
     * Tables and their columns after Flyway (placeholder replacement on, as in the
     * generated project) migrated.
     */
    private static Set<String> migratedSchema(Map<String, GeneratedFile> files, Path root) throws IOException {
        GeneratedFile migration = files.get(ProjectLayout.SCHEMA_MIGRATION);
        GeneratedFile.writeAll(root, List.of(migration));
        Path location = root.resolve(migration.path()).getParent();
        return POSTGRES.withFreshDatabase((DataSource dataSource) -> {
            Flyway.configure().dataSource(dataSource).locations("filesystem:" + location).load().migrate();
            Set<String> columns = new TreeSet<>();
            try (Connection c = dataSource.getConnection();
                    ResultSet rows = c.createStatement()
                        .executeQuery(
                                "select table_name, column_name from information_schema.columns where table_schema = 'public'"
                                        + " and table_name <> 'flyway_schema_history'")) {
                while (rows.next()) {
                    columns.add(rows.getString(1) + "." + rows.getString(2));
                }
            }
            catch (SQLException e) {
                throw new IllegalStateException(e);
            }
            return columns;
        });
    }

    private static Element xml(Map<String, GeneratedFile> files, String path) throws Exception {
        return DocumentBuilderFactory.newInstance()
            .newDocumentBuilder()
            .parse(new InputSource(new StringReader(files.get(path).content())))
            .getDocumentElement();
    }

    private static List<String> elementPaths(Element element, String parent) {
        List<String> paths = new ArrayList<>(List.of(parent + "/" + element.getTagName()));
        for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element e) {
                paths.addAll(elementPaths(e, parent + "/" + element.getTagName()));
            }
        }
        return paths;
    }

    private static List<String> mermaid(Map<String, GeneratedFile> files, String path) {
        Matcher block = Pattern.compile("(?s)```mermaid\\n(.*?)```").matcher(files.get(path).content());
        assertThat(block.find()).as(path).isTrue();
        return block.group(1).lines().toList();
    }

    /**
     * What a Mermaid line declares: its keyword or macro, e.g. {@code System(} or
     * {@code orders ||--o{ groups}.
     */
    private static String statement(String line) {
        Matcher m = Pattern.compile("^\\s*([A-Za-z_]+\\(|[^\"]*)").matcher(line);
        return m.find() ? m.group(1) : line;
    }

    /** The kind of Markdown block a line starts or continues. */
    private static String markdownBlock(String line) {
        Matcher m = Pattern.compile("^(#+ |- |\\d+\\. |\\||```|\\s*$|)").matcher(line);
        String cells = line.startsWith("|") ? " cells " + line.replace("\\|", "").chars().filter(c -> c == '|').count()
                : "";
        return m.find() ? m.group(1) + cells : cells;
    }

}
