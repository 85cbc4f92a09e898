package io.scaffold.orchestrator.llm;

import java.util.Arrays;

/**
 * The agents that may think with a language model. Each is configured on its own
 * ({@code scaffold.llm.agents.<key>.*}) and each has a deterministic path that takes over
 * when no model is configured or the model fails.
 */
public enum AgentRole {

    REQUIREMENTS("requirements"), DOMAIN_ANALYST("domain-analyst"), ARCHITECT("architect"),
    SECURITY_REVIEWER("security-reviewer"), ARCHITECTURE_REVIEWER("architecture-reviewer"),
    TEST_REVIEWER("test-reviewer"), REVISER("reviser"), PRODUCT_OWNER("product-owner");

    private final String key;

    AgentRole(String key) {
        this.key = key;
    }

    /** The agent's name in configuration, records and reports. */
    public String key() {
        return key;
    }

    /** The agent of a configuration or record key, e.g. {@code domain-analyst}. */
    public static AgentRole fromKey(String key) {
        for (AgentRole role : values()) {
            if (role.key.equals(key)) {
                return role;
            }
        }
        throw new IllegalArgumentException(
                "no agent '" + key + "'; agents: " + Arrays.stream(values()).map(AgentRole::key).toList());
    }

}
