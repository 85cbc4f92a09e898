package io.scaffold.orchestrator.gates.probe;

import io.scaffold.orchestrator.generation.ProjectLayout;
import io.scaffold.orchestrator.gates.CriterionScore;
import io.scaffold.orchestrator.gates.Finding;
import io.scaffold.orchestrator.gates.FindingRule;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The generated project's OpenAPI contract, parsed by swagger-parser, with line lookup
 * for findings.
 */
public final class OpenApiContract {

    public static final String FILE = ProjectLayout.OPENAPI_CONTRACT;

    private static final Pattern QUOTED_PATH = Pattern.compile("'(/[^']*)'");

    private static final Pattern YAML_LOCATION = Pattern.compile("line (\\d+), column \\d+");

    /**
     * @param api the parsed contract, internal references inlined, or null when it did
     * not parse
     */
    public record Parsed(String text, OpenAPI api, List<String> messages) {

        /**
         * {@code openapi.yaml:line} of a path key, or just the file when it is not there.
         */
        public String locatePath(String path) {
            List<String> lines = text.lines().toList();
            for (int i = 0; i < lines.size(); i++) {
                String key = lines.get(i).strip();
                if (key.equals(path + ":") || key.equals("'" + path + "':") || key.equals("\"" + path + "\":")) {
                    return FILE + ":" + (i + 1);
                }
            }
            return FILE;
        }

        /**
         * A parser message as a one-line finding located in the file: YAML syntax errors
         * carry their line (the last one named is where parsing stopped); semantic
         * messages name a path, e.g. {@code paths.'/api/x'(get)}.
         */
        public ProjectFiles.Problem problem(String message) {
            Matcher yaml = YAML_LOCATION.matcher(message);
            int line = 0;
            while (yaml.find()) {
                line = Integer.parseInt(yaml.group(1));
            }
            String oneLine = message.lines()
                .map(String::strip)
                .filter(l -> !l.isEmpty() && !l.equals("^") && !l.startsWith("in 'reader'")
                        && !l.startsWith("in 'string'"))
                .reduce((a, b) -> a + " " + b)
                .orElse(message);
            if (line > 0) {
                return new ProjectFiles.Problem(FILE + ":" + line, "YAML syntax error: " + oneLine);
            }
            Matcher m = QUOTED_PATH.matcher(message);
            return new ProjectFiles.Problem(m.find() ? locatePath(m.group(1)) : FILE, oneLine);
        }

        public Map<String, PathItem> paths() {
            return api.getPaths() == null ? Map.of() : api.getPaths();
        }
    }

    private OpenApiContract() {
    }

    /** Empty when the project has no contract file. */
    public static Optional<Parsed> parse(Path projectDir) {
        return ProjectFiles.read(projectDir, FILE).map(text -> {
            ParseOptions options = new ParseOptions();
            options.setResolve(true);
            options.setResolveFully(true);
            SwaggerParseResult result = new OpenAPIV3Parser().readContents(text, null, options);
            List<String> messages = result.getMessages() == null ? List.of() : List.copyOf(result.getMessages());
            return new Parsed(text, result.getOpenAPI(), messages);
        });
    }

    /**
     * Scores a criterion on the parsed contract; a missing or unparseable contract scores
     * 0 with a finding of {@code unavailable} that says so (contract-valid reports the
     * parser's messages).
     */
    public static CriterionScore score(Path projectDir, FindingRule unavailable,
            java.util.function.Function<Parsed, CriterionScore> scoring) {
        Optional<Parsed> contract = parse(projectDir);
        if (contract.isEmpty() || contract.get().api() == null) {
            return new CriterionScore(unavailable.criterion(), 0.0,
                    List.of(contract.isEmpty() ? missing(unavailable)
                            : unavailable.in(FILE, "the API contract does not parse (see contract-valid)",
                                    "fix the contract first; this criterion needs it parsed")));
        }
        return scoring.apply(contract.get());
    }

    /** The finding of {@code rule} that the contract is missing. */
    public static Finding missing(FindingRule rule) {
        return rule.in(FILE, "the API contract is missing",
                "the api-design agent must write an OpenAPI 3.1 document there");
    }

    /** The operations of a path item by upper-case HTTP method. */
    public static Map<String, Operation> operations(PathItem item) {
        Map<String, Operation> operations = new java.util.LinkedHashMap<>();
        item.readOperationsMap().forEach((method, op) -> operations.put(method.name(), op));
        return operations;
    }

}
