package io.scaffold.orchestrator.generation;

/**
 * Where the generated project keeps its files, relative to the project root: the one list
 * the generators write to and the gate validators read from, so that moving a file is one
 * edit here and not a silent mismatch between a generator and the validator that looks
 * for its output.
 */
public final class ProjectLayout {

    // Build
    public static final String POM = "pom.xml";

    public static final String MAVEN_WRAPPER = "mvnw";

    public static final String MAVEN_WRAPPER_CMD = "mvnw.cmd";

    public static final String MAIN_JAVA = "src/main/java";

    public static final String TEST_JAVA = "src/test/java";

    public static final String APPLICATION_CONFIG = "src/main/resources/application.yml";

    public static final String MIGRATIONS = "src/main/resources/db/migration";

    public static final String SCHEMA_MIGRATION = MIGRATIONS + "/V1__create_schema.sql";

    public static final String OPENAPI_CONTRACT = "src/main/resources/openapi.yaml";

    /** The Keycloak realm of a secured project: roles, demo users, the local client. */
    public static final String KEYCLOAK_REALM = "keycloak/realm.json";

    // What the project's own build writes (the generated pom.xml configures Surefire and
    // JaCoCo)
    public static final String SUREFIRE_REPORTS = "target/surefire-reports";

    public static final String JACOCO_CSV = "target/site/jacoco/jacoco.csv";

    // Requirements
    public static final String DOMAIN_MODEL_DOC = "docs/requirements/domain-model.md";

    public static final String DOMAIN_MODEL_JSON = "docs/requirements/domain-model.json";

    public static final String SCHEMA_ORG_MAPPING = "docs/requirements/schema-org-mapping.md";

    public static final String OPEN_QUESTIONS = "docs/requirements/open-questions.md";

    public static final String OBJECTIVES_AND_USE_CASES = "docs/requirements/objectives-and-use-cases.md";

    /** Every decision of the run: question, options, choice, source, whether settled. */
    public static final String DECISIONS = "docs/decisions.md";

    // Architecture and data design
    public static final String C4_CONTEXT = "docs/architecture/c4-context.md";

    public static final String C4_CONTAINER = "docs/architecture/c4-container.md";

    public static final String NON_FUNCTIONAL_REQUIREMENTS = "docs/architecture/non-functional-requirements.md";

    public static final String ADR_DIR = "docs/architecture/adr";

    public static final String STACK_ADR = ADR_DIR + "/0001-stack.md";

    public static final String ER_DIAGRAM = "docs/data/er-diagram.md";

    // Verification: where Cucumber finds the feature files on the test classpath
    public static final String ACCEPTANCE_DIR = "src/test/resources/features";

    // Delivery
    public static final String DOCKERFILE = "Dockerfile";

    public static final String COMPOSE = "compose.yaml";

    public static final String K8S_DIR = "k8s";

    public static final String WORKFLOWS_DIR = ".github/workflows";

    public static final String CI_WORKFLOW = WORKFLOWS_DIR + "/ci.yml";

    public static final String README = "README.md";

    public static final String PRD = "docs/prd.md";

    public static final String TICKETS = "docs/tickets.md";

    private ProjectLayout() {
    }

    /**
     * The Java source directory of a package path under {@code src/main/java}, with a
     * trailing slash.
     */
    public static String mainJava(String packagePath) {
        return MAIN_JAVA + "/" + packagePath + "/";
    }

    /**
     * The Java source directory of a package path under {@code src/test/java}, with a
     * trailing slash.
     */
    public static String testJava(String packagePath) {
        return TEST_JAVA + "/" + packagePath + "/";
    }

    /** A Kubernetes manifest, e.g. {@code k8s/deployment.yaml} for {@code deployment}. */
    public static String k8sManifest(String kind) {
        return K8S_DIR + "/" + kind + ".yaml";
    }

}
