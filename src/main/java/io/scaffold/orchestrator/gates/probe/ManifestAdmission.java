package io.scaffold.orchestrator.gates.probe;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.scaffold.orchestrator.generation.ProjectLayout;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The admission rules a cluster enforcing the Pod Security Standard "restricted" (and a
 * kubelet checking {@code runAsNonRoot}) applies to a generated project's Dockerfile and
 * the workloads under {@code k8s/}: would the pod be admitted and start? Plain Java over
 * the parsed YAML, so the generation tests and the gate's criterion apply the very same
 * rules.
 */
public final class ManifestAdmission {

    /** What is checked; one rule may give several violations. */
    public enum Rule {

        /**
         * The Dockerfile's last USER is a numeric, non-zero uid (optionally
         * {@code uid:gid}).
         */
        NUMERIC_USER("the image runs as a numeric non-root user (USER uid:gid)"),
        /** runAsNonRoot with a numeric non-zero runAsUser, the image's uid. */
        NON_ROOT("the pod runs as non-root with a numeric runAsUser matching the image's user"),
        /**
         * No privilege escalation, all capabilities dropped, not privileged, seccomp
         * RuntimeDefault.
         */
        PRIVILEGES(
                "containers drop all capabilities, cannot escalate privileges and use the RuntimeDefault seccomp profile"),
        /** A read-only root filesystem. */
        READ_ONLY_ROOT("containers have a read-only root filesystem"),
        /** Startup, readiness and liveness probes. */
        PROBES("containers have startup, readiness and liveness probes"),
        /** CPU and memory requests and a memory limit. */
        RESOURCES("containers request CPU and memory and limit memory"),
        /** There is a workload to admit at all, and its manifests parse. */
        WORKLOAD("the k8s/ manifests parse and contain a workload with a pod template");

        private final String checks;

        Rule(String checks) {
            this.checks = checks;
        }

        /** What the rule checks, in a sentence. */
        public String checks() {
            return checks;
        }

    }

    /**
     * One broken rule.
     *
     * @param rule the rule
     * @param file the project-relative file, e.g. {@code k8s/deployment.yaml}
     * @param message what is wrong and where in the file
     * @param fix how to fix it
     */
    public record Violation(Rule rule, String file, String message, String fix) {
    }

    private static final Pattern USER = Pattern.compile("(?im)^\\s*USER\\s+(\\S+)");

    private static final Pattern NUMERIC_UID = Pattern.compile("(\\d+)(?::(\\d+))?");

    private static final YAMLMapper YAML = new YAMLMapper();

    private ManifestAdmission() {
    }

    /** Checks a generated project's Dockerfile and every manifest under {@code k8s/}. */
    public static List<Violation> check(Path projectDir) {
        List<Violation> violations = new ArrayList<>();
        OptionalLong imageUid = imageUser(ProjectFiles.read(projectDir, ProjectLayout.DOCKERFILE), violations);
        List<Path> manifests = new ArrayList<>(ProjectFiles.list(projectDir, ProjectLayout.K8S_DIR, ".yaml"));
        manifests.addAll(ProjectFiles.list(projectDir, ProjectLayout.K8S_DIR, ".yml"));
        int workloads = 0;
        for (Path manifest : manifests) {
            String file = ProjectLayout.K8S_DIR + "/" + manifest.getFileName();
            workloads += checkManifest(file, ProjectFiles.readText(manifest), imageUid, violations);
        }
        if (workloads == 0) {
            violations.add(new Violation(Rule.WORKLOAD, ProjectLayout.K8S_DIR,
                    "no Deployment (or other workload with a pod template) under " + ProjectLayout.K8S_DIR + "/",
                    "add " + ProjectLayout.k8sManifest("deployment") + " with the application's Deployment"));
        }
        return List.copyOf(violations);
    }

    /**
     * The image's uid from the Dockerfile's last USER; a violation when the Dockerfile is
     * missing or its user is not numeric and non-zero.
     */
    private static OptionalLong imageUser(Optional<String> dockerfile, List<Violation> violations) {
        String file = ProjectLayout.DOCKERFILE;
        if (dockerfile.isEmpty()) {
            violations.add(new Violation(Rule.NUMERIC_USER, file, "the Dockerfile is missing",
                    "add a Dockerfile whose runtime stage ends with USER 10001:10001"));
            return OptionalLong.empty();
        }
        String lastUser = null;
        for (Matcher m = USER.matcher(dockerfile.get()); m.find();) {
            lastUser = m.group(1);
        }
        Matcher numeric = lastUser == null ? null : NUMERIC_UID.matcher(lastUser);
        if (numeric == null || !numeric.matches()) {
            violations.add(new Violation(Rule.NUMERIC_USER, file,
                    lastUser == null ? "no USER instruction: the image runs as root"
                            : "USER " + lastUser + " is a name: the kubelet cannot verify runAsNonRoot for it",
                    "create the user with a fixed uid/gid (useradd --uid 10001) and end with USER 10001:10001"));
            return OptionalLong.empty();
        }
        long uid = Long.parseLong(numeric.group(1));
        if (uid == 0) {
            violations.add(new Violation(Rule.NUMERIC_USER, file, "USER " + lastUser + " is root",
                    "run as a non-zero uid, e.g. USER 10001:10001"));
            return OptionalLong.empty();
        }
        return OptionalLong.of(uid);
    }

    /** Checks the workloads of one manifest file; returns how many it holds. */
    private static int checkManifest(String file, String text, OptionalLong imageUid, List<Violation> violations) {
        List<JsonNode> documents;
        try (MappingIterator<JsonNode> it = YAML.readerFor(JsonNode.class).readValues(text)) {
            documents = it.readAll();
        }
        catch (IOException e) {
            violations
                .add(new Violation(Rule.WORKLOAD, file, "not valid YAML: " + e.getMessage(), "fix the YAML syntax"));
            return 0;
        }
        int workloads = 0;
        for (JsonNode doc : documents) {
            JsonNode pod = doc == null ? null : doc.path("spec").path("template").path("spec");
            if (pod == null || !pod.isObject()) {
                continue;
            }
            workloads++;
            String where = doc.path("kind").asText("workload") + " " + doc.path("metadata").path("name").asText("?");
            checkPod(file, where, pod, imageUid, violations);
        }
        return workloads;
    }

    private static void checkPod(String file, String where, JsonNode pod, OptionalLong imageUid,
            List<Violation> violations) {
        JsonNode podContext = pod.path("securityContext");
        JsonNode containers = pod.path("containers");
        if (!containers.isArray() || containers.isEmpty()) {
            violations.add(new Violation(Rule.WORKLOAD, file, where + " has no containers",
                    "declare the application container under spec.template.spec.containers"));
            return;
        }
        for (JsonNode container : containers) {
            String at = where + ", container " + container.path("name").asText("?");
            JsonNode context = container.path("securityContext");
            checkUser(file, at, podContext, context, imageUid, violations);
            checkPrivileges(file, at, podContext, context, violations);
            if (!context.path("readOnlyRootFilesystem").asBoolean(false)) {
                violations.add(new Violation(Rule.READ_ONLY_ROOT, file,
                        at + ": securityContext.readOnlyRootFilesystem is not true",
                        "set readOnlyRootFilesystem: true and mount an emptyDir at /tmp"));
            }
            for (String probe : List.of("startupProbe", "readinessProbe", "livenessProbe")) {
                if (!container.path(probe).isObject()) {
                    violations.add(new Violation(Rule.PROBES, file, at + " has no " + probe, "add a " + probe
                            + " on /actuator/health/" + (probe.equals("readinessProbe") ? "readiness" : "liveness")));
                }
            }
            JsonNode resources = container.path("resources");
            for (String required : List.of("requests.cpu", "requests.memory", "limits.memory")) {
                String[] key = required.split("\\.");
                if (resources.path(key[0]).path(key[1]).isMissingNode()) {
                    violations.add(new Violation(Rule.RESOURCES, file, at + " has no resources." + required,
                            "set resources." + required));
                }
            }
        }
    }

    private static void checkUser(String file, String at, JsonNode podContext, JsonNode context, OptionalLong imageUid,
            List<Violation> violations) {
        if (!effective(podContext, context, "runAsNonRoot").asBoolean(false)) {
            violations.add(new Violation(Rule.NON_ROOT, file, at + ": runAsNonRoot is not true",
                    "set securityContext.runAsNonRoot: true"));
        }
        JsonNode runAsUser = effective(podContext, context, "runAsUser");
        if (!runAsUser.canConvertToLong() || runAsUser.asLong() <= 0) {
            violations.add(new Violation(Rule.NON_ROOT, file,
                    at + ": runAsUser is " + (runAsUser.isMissingNode() ? "not set" : runAsUser.asText())
                            + ", the kubelet needs a numeric non-zero uid",
                    "set securityContext.runAsUser to the image's uid"
                            + (imageUid.isPresent() ? " (" + imageUid.getAsLong() + ")" : "")));
        }
        else if (imageUid.isPresent() && runAsUser.asLong() != imageUid.getAsLong()) {
            violations.add(new Violation(Rule.NON_ROOT, file,
                    at + ": runAsUser " + runAsUser.asLong() + " is not the image's user " + imageUid.getAsLong(),
                    "run the pod as the Dockerfile's USER uid"));
        }
    }

    private static void checkPrivileges(String file, String at, JsonNode podContext, JsonNode context,
            List<Violation> violations) {
        if (context.path("privileged").asBoolean(false)) {
            violations.add(new Violation(Rule.PRIVILEGES, file, at + " is privileged", "remove privileged: true"));
        }
        if (context.path("allowPrivilegeEscalation").asBoolean(true)) {
            violations.add(new Violation(Rule.PRIVILEGES, file, at + ": allowPrivilegeEscalation is not false",
                    "set securityContext.allowPrivilegeEscalation: false"));
        }
        boolean dropsAll = false;
        for (JsonNode dropped : context.path("capabilities").path("drop")) {
            dropsAll |= dropped.asText().equals("ALL");
        }
        if (!dropsAll) {
            violations.add(new Violation(Rule.PRIVILEGES, file, at + ": capabilities.drop does not contain ALL",
                    "set securityContext.capabilities.drop: [ALL]"));
        }
        String seccomp = effective(podContext, context, "seccompProfile").path("type").asText("");
        if (!seccomp.equals("RuntimeDefault") && !seccomp.equals("Localhost")) {
            violations.add(new Violation(Rule.PRIVILEGES, file,
                    at + ": seccompProfile.type is " + (seccomp.isEmpty() ? "not set" : seccomp),
                    "set securityContext.seccompProfile.type: RuntimeDefault"));
        }
    }

    /**
     * A security setting as Kubernetes applies it: the container's overrides the pod's.
     */
    private static JsonNode effective(JsonNode podContext, JsonNode context, String field) {
        return context.has(field) ? context.path(field) : podContext.path(field);
    }

}
