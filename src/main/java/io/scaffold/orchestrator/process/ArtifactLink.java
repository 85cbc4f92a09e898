package io.scaffold.orchestrator.process;

/**
 * A link from an approval to an artifact of the gate's phase ({@code artifactLinks}, set
 * when the gate's evaluation is recorded).
 */
public record ArtifactLink(String title, String url) {
}
