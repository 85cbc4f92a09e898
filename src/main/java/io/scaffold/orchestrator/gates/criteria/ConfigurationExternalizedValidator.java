package io.scaffold.orchestrator.gates.criteria;

import io.scaffold.orchestrator.generation.ProjectLayout;
import io.scaffold.orchestrator.gates.CriterionScore;
import io.scaffold.orchestrator.gates.Finding;
import io.scaffold.orchestrator.gates.FindingRule;
import io.scaffold.orchestrator.gates.Severity;
import io.scaffold.orchestrator.gates.CriterionValidator;
import io.scaffold.orchestrator.gates.GateSubject;
import io.scaffold.orchestrator.gates.probe.ProjectFiles;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code configuration-externalized}: the generated {@code application.yml} (or
 * {@code application.properties}) takes the datasource URL, username and password from
 * environment placeholders ({@code ${DATABASE_URL:local default}}): a deployment must be
 * able to change them without a rebuild. Three checks; the no-secrets criterion of the
 * release gate covers literal credentials in other files.
 */
@Component
class ConfigurationExternalizedValidator implements CriterionValidator {

    private static final List<String> FILES = List.of(ProjectLayout.APPLICATION_CONFIG,
            "src/main/resources/application.yaml", "src/main/resources/application.properties");

    private static final List<String> KEYS = List.of("url", "username", "password");

    static final String CRITERION = "configuration-externalized";

    static final FindingRule DATASOURCE_MISSING = new FindingRule("CONFIG-DATASOURCE-MISSING", CRITERION,
            Severity.MAJOR, "the application configuration sets the datasource url, username and password");

    static final FindingRule HARD_CODED = new FindingRule("CONFIG-HARD-CODED", CRITERION, Severity.MAJOR,
            "the datasource settings come from environment placeholders, not literals");

    @Override
    public String criterion() {
        return CRITERION;
    }

    @Override
    public CriterionScore score(GateSubject subject) {
        for (String file : FILES) {
            Optional<String> text = ProjectFiles.read(subject.projectDir(), file);
            if (text.isPresent()) {
                return score(file, text.get());
            }
        }
        return new CriterionScore(criterion(), 0.0,
                List.of(DATASOURCE_MISSING.in(FILES.getFirst(), "the application configuration is missing",
                        "configure the datasource from environment variables there")));
    }

    private CriterionScore score(String file, String text) {
        List<Finding> findings = new ArrayList<>();
        int passed = 0;
        boolean properties = file.endsWith(".properties");
        for (String key : KEYS) {
            // YAML: the key indented under datasource; properties:
            // spring.datasource.<key>
            Pattern pattern = properties
                    ? Pattern.compile("(?m)^\\s*spring\\.datasource\\." + key + "\\s*[=:]\\s*(.*)$")
                    : Pattern.compile("(?ms)^\\s*datasource:\\s*$.*?^\\s+" + key + ":\\s*(.*?)\\s*$");
            Matcher m = pattern.matcher(text);
            if (!m.find()) {
                findings.add(DATASOURCE_MISSING.in(file, "no spring.datasource." + key,
                        "set it to ${ENV_VAR:local default}"));
            }
            else if (m.group(1).strip().replaceAll("^[\"']", "").startsWith("${")) {
                passed++;
            }
            else {
                findings.add(HARD_CODED.at(file, ProjectFiles.lineOf(text, m.start(1)),
                        "spring.datasource." + key + " is hard-coded",
                        "use an environment placeholder such as ${DATABASE_" + key.toUpperCase() + ":...}"));
            }
        }
        return CriterionScore.ofChecks(criterion(), passed, KEYS.size(), findings);
    }

}
