package io.scaffold.orchestrator;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackages;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import io.camunda.client.CamundaClient;

/**
 * The module boundaries, over the application's own (main) classes; tests may use
 * anything. Each top-level package is a feature module; these rules are what makes
 * "package by feature" a property of the code rather than a habit.
 */
@AnalyzeClasses(packages = "io.scaffold.orchestrator", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    /**
     * What the cluster's REST API alone answers: searches, single-entity reads and user
     * task commands.
     */
    private static final DescribedPredicate<JavaMethodCall> REST_ONLY_CLIENT_CALL = DescribedPredicate.describe(
            "a REST-only Camunda client call (search, get, user task command)",
            call -> call.getTargetOwner().isAssignableTo(CamundaClient.class)
                    && call.getName().matches("new\\w*(SearchRequest|GetRequest|UserTaskCommand)"));

    @ArchTest
    static final ArchRule embeddedEngineOnlyInRuntimeEmbedded = noClasses().that()
        .resideOutsideOfPackage("io.scaffold.orchestrator.runtime.embedded..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("io.camunda.zeebe.process.test..", "io.camunda.zeebe.protocol..")
        .because("the embedded engine and its records are one runtime's implementation detail: the rest of "
                + "the application reaches user tasks and incidents through the process package's interfaces");

    @ArchTest
    static final ArchRule restOnlyClientCallsOnlyInRuntimeCluster = noClasses().that()
        .resideOutsideOfPackage("io.scaffold.orchestrator.runtime.cluster..")
        .should()
        .callMethodWhere(REST_ONLY_CLIENT_CALL)
        .orShould()
        .dependOnClassesThat()
        .resideInAPackage("io.camunda.client.api.search..")
        .because("the embedded engine has no REST API: what only a cluster answers belongs to runtime.cluster");

    private static final String BASE = "io.scaffold.orchestrator";

    @ArchTest
    static final ArchRule featureModulesAreFreeOfCycles = slices().matching(BASE + ".(*)..")
        .should()
        .beFreeOfCycles()
        .because("a cycle between two features means neither can be understood or changed alone");

    @ArchTest
    static final ArchRule noFeatureDependsOnTheApplicationClass = noClasses().that()
        .resideOutsideOfPackage(BASE)
        .should()
        .dependOnClassesThat()
        .resideInAPackage(BASE)
        .because("ScaffoldApplication starts the features; a feature that needs it back closes a cycle");

    @ArchTest
    static final ArchRule theModelCoreDependsOnNoFeature = noClasses().that()
        .resideInAnyPackage(BASE + ".domain..", BASE + ".contract..")
        .should()
        .dependOnClassesThat(
                resideInAPackage(BASE + "..").and(resideOutsideOfPackages(BASE + ".domain..", BASE + ".contract..")))
        .because("the domain model and the process contract are what every feature shares");

    @ArchTest
    static final ArchRule readingAndGeneratingNeedOnlyTheDomain = noClasses().that()
        .resideInAnyPackage(BASE + ".spec..", BASE + ".generation..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(BASE + ".agents..", BASE + ".api..", BASE + ".artifacts..", BASE + ".cli..",
                BASE + ".gates..", BASE + ".handover..", BASE + ".llm..", BASE + ".process..", BASE + ".runs..",
                BASE + ".runtime..", BASE + ".security..")
        .because("reading a spec and generating a project are plain Java, testable without the engine or a "
                + "database");

    @ArchTest
    static final ArchRule nothingDependsOnTheEntryPoints = noClasses().that()
        .resideOutsideOfPackages(BASE + ".api..", BASE + ".cli..", BASE)
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(BASE + ".api..", BASE + ".cli..")
        .because("the REST API and the terminal are adapters at the edge: the features do not know them");

    @ArchTest
    static final ArchRule runtimeImplementationsAreReachedThroughTheirInterfaces = noClasses().that()
        .resideOutsideOfPackage(BASE + ".runtime..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(BASE + ".runtime.embedded..", BASE + ".runtime.cluster..")
        .because("the embedded engine and the cluster are chosen by configuration behind the process "
                + "package's capability interfaces");

    @ArchTest
    static final ArchRule criteriaAndProbesAreTheGatesOwn = noClasses().that()
        .resideOutsideOfPackage(BASE + ".gates..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(BASE + ".gates.criteria..", BASE + ".gates.probe..")
        .because("other features see a gate through its service, evaluations and the criterion registry");

    @ArchTest
    static final ArchRule gateProbesDoNotKnowTheCriteria = noClasses().that()
        .resideInAPackage(BASE + ".gates.probe..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage(BASE + ".gates.criteria..")
        .because("probes read or run the generated project for any criterion: criteria use probes, not back");

    @ArchTest
    static final ArchRule encodersAreGenerationsOwn = noClasses().that()
        .resideOutsideOfPackage(BASE + ".generation..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage(BASE + ".generation.encoding..")
        .because("user text is encoded where templates render it, in one place");

}
