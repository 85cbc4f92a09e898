package io.scaffold.orchestrator.gates.criteria;

import io.scaffold.orchestrator.gates.GatesData;
import io.scaffold.orchestrator.gates.TestModels;
import io.scaffold.orchestrator.gates.CriterionScore;
import io.scaffold.orchestrator.gates.CriterionValidator;
import io.scaffold.orchestrator.gates.GateSubject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static io.scaffold.orchestrator.gates.ProjectFixture.copyOfGoodProject;
import static io.scaffold.orchestrator.gates.ProjectFixture.replace;
import static io.scaffold.orchestrator.gates.ProjectFixture.write;
import static io.scaffold.orchestrator.gates.TestModels.lines;
import static io.scaffold.orchestrator.gates.TestModels.subject;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class ReleaseReadinessValidatorsTest {

    @TempDir
    Path tmp;

    @Test
    void goodProjectIsReadyForRelease() {
        GateSubject subject = new GateSubject("run-1", TestModels.GOOD_PROJECT, TestModels.tracker(), Map.of());
        for (CriterionValidator validator : List.of(new NoSecretsValidator(GatesData.FILES),
                new DependencyPolicyValidator(GatesData.FILES), new DeliveryCompleteValidator())) {
            CriterionScore score = validator.score(subject);
            assertThat(lines(score)).as(validator.criterion()).isEmpty();
            assertThat(score.score()).as(validator.criterion()).isEqualTo(1.0);
        }
    }

    @Test
    void secretsAreFoundByFileAndLineWithoutPrintingThem() throws Exception {
        Path project = copyOfGoodProject(tmp);
        String awsKey = "AKIA" + "IOSFODNN7EXAMPLE";
        replace(project, "src/main/resources/application.yml", "  flyway:\n",
                "  aws-access-key-id: " + awsKey + "\n  flyway:\n");
        replace(project, "compose.yaml", "POSTGRES_PASSWORD: postgres", "POSTGRES_PASSWORD: Pr0d-S3cret!");
        write(project, "src/main/java/com/example/tracker/Client.java",
                "package com.example.tracker;\n\nclass Client {\n    private String apiKey = \"q8Jk2LmN0pQ4\";\n}\n");
        write(project, "deploy/id_rsa",
                "-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjEAAAAA\n-----END OPENSSH PRIVATE KEY-----\n");
        write(project, "target/classes/application.yml", "password: " + "Pr0d-S3cret!\n"); // build
                                                                                           // output
                                                                                           // is
                                                                                           // not
                                                                                           // scanned
        Files.write(project.resolve("logo.png"), new byte[] { (byte) 0x89, 'P', 'N', 'G', 0, 0, 'A', 'K', 'I', 'A' });

        CriterionScore score = new NoSecretsValidator(GatesData.FILES).score(subject(project));

        assertThat(score.score()).isZero();
        assertThat(lines(score)).containsExactlyInAnyOrder(
                "compose.yaml:7: literal value for POSTGRES_PASSWORD; read it from an environment variable placeholder (${ENV_VAR}) or a secret store",
                "deploy/id_rsa:1: private key in the source; remove it, revoke it, and inject it at deploy time",
                "src/main/java/com/example/tracker/Client.java:4: literal value for apiKey; read it from an environment variable placeholder (${ENV_VAR}) or a secret store",
                "src/main/resources/application.yml:12: AWS access key id in the source; remove it, revoke it, and inject it at deploy time");
        assertThat(String.join("\n", lines(score))).doesNotContain(awsKey)
            .doesNotContain("Pr0d")
            .doesNotContain("q8Jk");
    }

    @Test
    void snapshotsUnpinnedAndBannedDependenciesViolateThePolicy() {
        Path project = copyOfGoodProject(tmp);
        replace(project, "pom.xml", "<springdoc.version>3.0.1</springdoc.version>",
                "<springdoc.version>3.1.0-SNAPSHOT</springdoc.version>");
        replace(project, "pom.xml", "<version>0.8.14</version>", "<version>[0.8,)</version>");
        replace(project, "pom.xml", "  <dependencies>\n", """
                  <dependencies>
                    <dependency>
                      <groupId>com.h2database</groupId>
                      <artifactId>h2</artifactId>
                    </dependency>
                """);

        CriterionScore score = new DependencyPolicyValidator(GatesData.FILES).score(subject(project));

        // parent + 8 dependencies + 2 plugins = 11 coordinates, 3 violate
        assertThat(score.score()).isCloseTo(8.0 / 11, within(1e-9));
        assertThat(lines(score)).containsExactly(
                "pom.xml:23: dependency com.h2database:h2 is banned: the generated project runs and tests on PostgreSQL; H2 hides PostgreSQL behaviour; remove it or use an allowed alternative",
                "pom.xml:48: dependency org.springdoc:springdoc-openapi-starter-webmvc-api uses SNAPSHOT version 3.1.0-SNAPSHOT; depend on a release",
                "pom.xml:66: plugin org.jacoco:jacoco-maven-plugin uses floating version [0.8,); pin an exact release");
    }

    @Test
    void versionlessDependencyWithoutParentIsUnpinned() {
        Path project = copyOfGoodProject(tmp);
        write(project, "pom.xml", """
                <project>
                  <modelVersion>4.0.0</modelVersion>
                  <groupId>com.example</groupId>
                  <artifactId>tracker</artifactId>
                  <version>1.0.0-SNAPSHOT</version>
                  <dependencies>
                    <dependency>
                      <groupId>org.postgresql</groupId>
                      <artifactId>postgresql</artifactId>
                    </dependency>
                  </dependencies>
                </project>
                """);

        CriterionScore score = new DependencyPolicyValidator(GatesData.FILES).score(subject(project));

        assertThat(score.score()).isZero();
        assertThat(lines(score)).containsExactly("pom.xml:9: dependency org.postgresql:postgresql has no version "
                + "and no parent or BOM manages it; pin a version");
    }

    @Test
    void incompleteDeliveryLosesOneTenthPerMissingPiece() throws Exception {
        Path project = copyOfGoodProject(tmp);
        replace(project, "Dockerfile", "USER app\n", "");
        replace(project, "Dockerfile", "HEALTHCHECK", "# HEALTHCHECK");
        Files.delete(project.resolve("docs/tickets.md"));
        Files.delete(project.resolve("k8s/service.yaml"));

        CriterionScore score = new DeliveryCompleteValidator().score(subject(project));

        assertThat(score.score()).isCloseTo(0.6, within(1e-9));
        assertThat(lines(score)).containsExactly(
                "Dockerfile: the container runs as root; add a USER instruction with a non-root user before ENTRYPOINT",
                "Dockerfile: no HEALTHCHECK; add one probing /actuator/health",
                "k8s/: no Service manifest; add k8s/service.yaml",
                "docs/tickets.md: missing; give it real content (at least 10 lines)");
    }

}
