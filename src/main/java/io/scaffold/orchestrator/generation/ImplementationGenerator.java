package io.scaffold.orchestrator.generation;

import io.scaffold.orchestrator.generation.view.CriterionKind;
import io.scaffold.orchestrator.generation.view.EntityView;
import io.scaffold.orchestrator.generation.view.EnumView;
import io.scaffold.orchestrator.generation.view.ProjectView;
import io.scaffold.orchestrator.domain.DomainModel;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Implementation: a complete Maven project on the target Spring Boot line with a vertical
 * slice per entity (entity, repository, service, controller, request/response records,
 * mapper; the service as an interface and its implementation for JDL
 * {@code service with serviceImpl}, the mapper a MapStruct interface for JDL
 * {@code dto mapstruct}), the enums, problem-details error handling, the application
 * class, configuration and the Maven wrapper.
 */
@Component
public final class ImplementationGenerator implements PhaseGenerator {

    private static final String T = "implementation/";

    @Override
    public String phaseId() {
        return "implementation";
    }

    @Override
    public List<GeneratedFile> generate(DomainModel model, GenerationContext ctx) {
        ProjectView view = ProjectView.of(model);
        String main = ProjectLayout.mainJava(view.getBasePath());
        Rendering files = new Rendering(view, ctx).add(ProjectLayout.POM, "config", T + "pom.xml.ftl")
            .add(".gitignore", "config", T + "gitignore.ftl")
            .add(".mvn/wrapper/maven-wrapper.properties", "config", T + "maven-wrapper.properties.ftl")
            .addVerbatim(new GeneratedFile(ProjectLayout.MAVEN_WRAPPER, resource(T + "mvnw.txt"), "config"))
            .addVerbatim(new GeneratedFile(ProjectLayout.MAVEN_WRAPPER_CMD, resource(T + "mvnw.cmd.txt"), "config"))
            .add(ProjectLayout.APPLICATION_CONFIG, "config", T + "application.yml.ftl")
            .add(main + view.getClassPrefix() + "Application.java", "source", T + "Application.java.ftl")
            .add(main + "ApiContractController.java", "source", T + "ApiContractController.java.ftl");
        if (view.isSecured()) {
            files.add(main + "SecurityConfiguration.java", "source", T + "SecurityConfiguration.java.ftl")
                .add(ProjectLayout.KEYCLOAK_REALM, "config", T + "keycloak-realm.json.ftl");
        }
        if (view.getAccountEntity() != null) {
            files.add(ProjectLayout.mainJava(view.getAccountEntity().getPackagePath()) + "AccountController.java",
                    "source", T + "AccountController.java.ftl");
        }
        for (String common : List.of("ETags", "MergePatch", "PageResponse", "ProblemDetailsHandler", "References",
                "ResourceNotFoundException", "Sorting", "UnknownReferenceException")) {
            files.add(main + "common/" + common + ".java", "source", T + "common/" + common + ".java.ftl");
        }
        if (view.getEntities().stream().anyMatch(e -> !e.getCriteria().isEmpty())) {
            files.add(main + "common/Criteria.java", "source", T + "common/Criteria.java.ftl",
                    Map.of("criterionKinds", List.of(CriterionKind.values())));
        }
        if (view.isBlobs()) {
            files.add(main + "common/Blobs.java", "source", T + "common/Blobs.java.ftl");
        }
        if (view.getEntities().stream().anyMatch(EntityView::isSearchable)) {
            files.add(main + "common/SearchQuery.java", "source", T + "common/SearchQuery.java.ftl");
        }
        for (EnumView en : view.getEnums()) {
            files.add(main + "enumeration/" + en.getName().className() + ".java", "source", T + "Enum.java.ftl",
                    Map.of("en", en));
        }
        for (EntityView e : view.getEntities()) {
            String prefix = ProjectLayout.mainJava(e.getPackagePath()) + e.getName().className();
            for (String kind : List.of("", "Repository", "Service", "Controller", "Request", "Response", "Mapper")) {
                if (kind.equals("Request") && e.isReadOnly()) {
                    continue; // nothing is written through the API of a read-only entity
                }
                if (kind.equals("Service") && e.isServiceImpl()) {
                    // service with serviceImpl: the interface the controller depends on,
                    // and its
                    // implementation
                    files.add(prefix + "Service.java", "source", T + "ServiceInterface.java.ftl", Map.of("e", e));
                    files.add(prefix + "ServiceImpl.java", "source", T + "Service.java.ftl", Map.of("e", e));
                    continue;
                }
                String template = T + (kind.isEmpty() ? "Entity" : kind) + ".java.ftl";
                files.add(prefix + kind + ".java", "source", template, Map.of("e", e));
            }
        }
        return files.files();
    }

    static String resource(String template) {
        try (InputStream in = ImplementationGenerator.class.getClassLoader()
            .getResourceAsStream("templates/" + template)) {
            if (in == null) {
                throw new IllegalStateException("Missing classpath resource templates/" + template);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

}
