package io.scaffold.orchestrator.security;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The roles of the seed design and the permissions each one grants; every permission is
 * checked somewhere.
 */
public final class Permissions {

    public static final List<String> ALL = List.of("process:create", "process:read", "process:update", "artifact:read",
            "artifact:download", "metrics:read");

    private static final Map<String, List<String>> BY_ROLE = Map.of("admin", ALL, "process-manager",
            List.of("process:create", "process:read", "process:update", "artifact:read", "artifact:download",
                    "metrics:read"),
            "developer", List.of("process:create", "process:read", "artifact:read", "artifact:download"), "viewer",
            List.of("process:read", "artifact:read", "metrics:read"),
            // Prometheus's service account (client scaffold-metrics): the metrics, no
            // run, spec or artifact.
            "metrics-reader", List.of("metrics:read"));

    private Permissions() {
    }

    /** The permissions the given roles grant together; unknown roles grant nothing. */
    public static Set<String> of(Iterable<String> roles) {
        Set<String> permissions = new TreeSet<>();
        roles.forEach(role -> permissions.addAll(BY_ROLE.getOrDefault(role, List.of())));
        return permissions;
    }

}
