package io.scaffold.orchestrator.process;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The rules for answering approvals ({@code scaffold.approvals.*}; defaults in
 * application.yml).
 *
 * @param creatorMayApprove whether whoever started a run may approve its gates (off: the
 * four-eyes rule)
 * @param maxCommentLength the longest comment an approval may carry
 */
@ConfigurationProperties("scaffold.approvals")
public record ApprovalProperties(boolean creatorMayApprove, int maxCommentLength) {
}
