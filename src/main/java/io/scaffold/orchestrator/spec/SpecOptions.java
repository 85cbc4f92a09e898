package io.scaffold.orchestrator.spec;

/**
 * How to read a spec.
 *
 * @param application for a JDL file with several applications: the {@code baseName} of
 * the one to generate; {@code null} picks the monolith or gateway
 */
public record SpecOptions(String application) {

    public static final SpecOptions DEFAULTS = new SpecOptions(null);

}
