package io.scaffold.orchestrator.gates.criteria;

import io.scaffold.orchestrator.gates.CriterionScore;
import io.scaffold.orchestrator.gates.Finding;
import io.scaffold.orchestrator.gates.FindingRule;
import io.scaffold.orchestrator.gates.Severity;
import io.scaffold.orchestrator.gates.CriterionValidator;
import io.scaffold.orchestrator.gates.GateSubject;
import io.scaffold.orchestrator.gates.GatesData;
import io.scaffold.orchestrator.gates.probe.ProjectFiles;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * {@code no-secrets}: no file of the project holds a private key, a cloud or service
 * token, or a password literal. Password-like keys ({@code ...password},
 * {@code ...secret}, {@code ...token}, {@code ...api-key}) in configuration files, and
 * string literals assigned to such names in code, pass only as placeholders
 * ({@code ${DB_PASSWORD:...}}, {@code ${{ secrets.X }}}, {@code $VAR}) or as an obvious
 * local default listed in {@code gates/local-dev-secrets.txt}. Build output, VCS data and
 * binaries are skipped. Any finding scores 0: one leaked secret blocks a release.
 * Findings name file, line and kind, never the secret.
 */
@Component
class NoSecretsValidator implements CriterionValidator {

    private record TokenPattern(String kind, Pattern pattern) {
    }

    private static final List<TokenPattern> TOKEN_RULES = List.of(
            new TokenPattern("private key",
                    Pattern
                        .compile("-----BEGIN (?:RSA |EC |DSA |OPENSSH |ENCRYPTED |PGP )?PRIVATE KEY(?: BLOCK)?-----")),
            new TokenPattern("AWS access key id", Pattern.compile("\\b(?:AKIA|ASIA)[0-9A-Z]{16}\\b")),
            new TokenPattern("AWS secret access key",
                    Pattern.compile("(?i)aws_?secret_?access_?key[\"']?\\s*[:=]\\s*[\"']?[A-Za-z0-9/+=]{40}")),
            new TokenPattern("GitHub token",
                    Pattern.compile("\\b(?:gh[pousr]_[A-Za-z0-9]{36,}|github_pat_[A-Za-z0-9_]{22,})\\b")),
            new TokenPattern("Slack token", Pattern.compile("\\bxox[baprs]-[A-Za-z0-9-]{10,}")),
            new TokenPattern("Google API key", Pattern.compile("\\bAIza[0-9A-Za-z_\\-]{35}\\b")),
            new TokenPattern("Stripe live key", Pattern.compile("\\b[sr]k_live_[0-9a-zA-Z]{24,}\\b")),
            new TokenPattern("JSON web token",
                    Pattern.compile("\\beyJ[A-Za-z0-9_-]{10,}\\.eyJ[A-Za-z0-9_-]{10,}\\.[A-Za-z0-9_-]{10,}")));

    private static final String SECRET_KEY = "[A-Za-z0-9_.\\-]*(?:password|passwd|pwd|secret|token|api[_\\-.]?key|credentials?)";

    /**
     * {@code key: value} or {@code key=value} in configuration files; the value may be
     * unquoted.
     */
    private static final Pattern CONFIG_ASSIGNMENT = Pattern
        .compile("(?i)^[\\s\\-]*(?:ENV\\s+|ARG\\s+|export\\s+)?[\"']?(" + SECRET_KEY + ")[\"']?\\s*[:=]\\s*(.*)$");

    /** {@code name = "literal"} in code. */
    private static final Pattern CODE_ASSIGNMENT = Pattern.compile("(?i)\\b(" + SECRET_KEY + ")\\s*=\\s*\"([^\"]+)\"");

    private static final Set<String> CONFIG_SUFFIXES = Set.of(".yml", ".yaml", ".properties", ".env", ".json", ".toml",
            ".conf", ".ini", ".xml", ".sh");

    private static final Set<String> SKIPPED_DIRS = Set.of(".git", "target", "node_modules", ".idea");

    private static final long MAX_FILE_SIZE = 2_000_000;

    private final Set<String> localDefaults;

    NoSecretsValidator(GatesData data) {
        localDefaults = Set.copyOf(data.lines("local-dev-secrets.txt"));
    }

    static final String CRITERION = "no-secrets";

    static final FindingRule TOKEN = new FindingRule("SEC-TOKEN-LEAK", CRITERION, Severity.BLOCKER,
            "no private key, cloud or service token is in the source");

    static final FindingRule LITERAL = new FindingRule("SEC-LITERAL-SECRET", CRITERION, Severity.BLOCKER,
            "passwords, secrets, tokens and API keys are placeholders or listed local defaults, never literals");

    static final FindingRule NOTHING_TO_SCAN = new FindingRule("SEC-NO-FILES", CRITERION, Severity.BLOCKER,
            "the project directory holds files to scan");

    @Override
    public String criterion() {
        return CRITERION;
    }

    @Override
    public CriterionScore score(GateSubject subject) {
        Path root = subject.projectDir();
        List<Finding> findings = new ArrayList<>();
        int files = 0;
        for (Path file : scannableFiles(root)) {
            files++;
            String name = file.getFileName().toString();
            boolean config = CONFIG_SUFFIXES.stream().anyMatch(name::endsWith) || name.equals("Dockerfile")
                    || name.startsWith(".env");
            String relative = ProjectFiles.relative(root, file);
            List<String> lines = ProjectFiles.readText(file).lines().toList();
            for (int i = 0; i < lines.size(); i++) {
                scanLine(relative, i + 1, lines.get(i), config, findings);
            }
        }
        if (files == 0) {
            return new CriterionScore(criterion(), 0.0, List.of(NOTHING_TO_SCAN.in(null,
                    root + ": the project directory holds no files to scan", "generate the project first")));
        }
        return new CriterionScore(criterion(), findings.isEmpty() ? 1.0 : 0.0, findings);
    }

    private void scanLine(String file, int lineNumber, String line, boolean config, List<Finding> findings) {
        for (TokenPattern token : TOKEN_RULES) {
            if (token.pattern().matcher(line).find()) {
                findings.add(TOKEN.at(file, lineNumber, token.kind() + " in the source",
                        "remove it, revoke it, and inject it at deploy time"));
                return;
            }
        }
        Matcher m = (config ? CONFIG_ASSIGNMENT : CODE_ASSIGNMENT).matcher(line);
        if (m.find() && isLiteralSecret(m.group(2))) {
            findings.add(LITERAL.at(file, lineNumber, "literal value for " + m.group(1),
                    "read it from an environment variable placeholder (${ENV_VAR}) or a secret store"));
        }
    }

    private boolean isLiteralSecret(String rawValue) {
        String value = rawValue.strip();
        int comment = value.indexOf(" #");
        if (comment >= 0) {
            value = value.substring(0, comment).strip();
        }
        value = value.replaceAll("^[\"']|[\"',;]+$", "").strip();
        if (value.isEmpty() || value.startsWith("$") || value.startsWith("{") || value.startsWith("[")
                || value.startsWith("<") || value.startsWith("@") || value.startsWith("&") || value.startsWith("*")) {
            return false; // empty, a placeholder, a nested structure, a reference or an
                          // XML element
        }
        String lower = value.toLowerCase(Locale.ROOT);
        return !localDefaults.contains(lower) && !Set.of("true", "false", "null", "~", "none").contains(lower);
    }

    private static List<Path> scannableFiles(Path root) {
        if (!Files.isDirectory(root)) {
            return List.of();
        }
        try (Stream<Path> paths = Files.walk(root)) {
            return paths.filter(Files::isRegularFile)
                .filter(p -> !inSkippedDir(root.relativize(p)))
                .filter(NoSecretsValidator::isText)
                .sorted()
                .toList();
        }
        catch (IOException e) {
            throw new UncheckedIOException("cannot walk " + root, e);
        }
    }

    private static boolean inSkippedDir(Path relative) {
        for (int i = 0; i < relative.getNameCount() - 1; i++) {
            if (SKIPPED_DIRS.contains(relative.getName(i).toString())) {
                return true;
            }
        }
        return false;
    }

    /**
     * Text files only: binaries (a NUL byte in the first 8 KiB) and very large files are
     * skipped.
     */
    private static boolean isText(Path file) {
        try {
            if (Files.size(file) > MAX_FILE_SIZE) {
                return false;
            }
            try (var in = Files.newInputStream(file)) {
                byte[] head = in.readNBytes(8192);
                for (byte b : head) {
                    if (b == 0) {
                        return false;
                    }
                }
                return true;
            }
        }
        catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

}
