package io.scaffold.orchestrator;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import io.camunda.client.CamundaClient;

/** Rules over the application's own (main) classes; tests may use anything. */
@AnalyzeClasses(packages = "io.scaffold.orchestrator", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    /** What the cluster's REST API alone answers: searches, single-entity reads and user task commands. */
    private static final DescribedPredicate<JavaMethodCall> REST_ONLY_CLIENT_CALL = DescribedPredicate.describe(
            "a REST-only Camunda client call (search, get, user task command)",
            call -> call.getTargetOwner().isAssignableTo(CamundaClient.class)
                    && call.getName().matches("new\\w*(SearchRequest|GetRequest|UserTaskCommand)"));

    @ArchTest
    static final ArchRule embeddedEngineOnlyInRuntimeEmbedded = noClasses()
            .that().resideOutsideOfPackage("io.scaffold.orchestrator.runtime.embedded..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "io.camunda.zeebe.process.test..", "io.camunda.zeebe.protocol..")
            .because("the embedded engine and its records are one runtime's implementation detail: the rest of "
                    + "the application reaches user tasks and incidents through the process package's interfaces");

    @ArchTest
    static final ArchRule restOnlyClientCallsOnlyInRuntimeCluster = noClasses()
            .that().resideOutsideOfPackage("io.scaffold.orchestrator.runtime.cluster..")
            .should().callMethodWhere(REST_ONLY_CLIENT_CALL)
            .orShould().dependOnClassesThat().resideInAPackage("io.camunda.client.api.search..")
            .because("the embedded engine has no REST API: what only a cluster answers belongs to runtime.cluster");
}
