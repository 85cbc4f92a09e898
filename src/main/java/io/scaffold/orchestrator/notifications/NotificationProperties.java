package io.scaffold.orchestrator.notifications;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Who hears of approvals that wait too long ({@code scaffold.notifications.*}; both
 * channels optional, defaults in application.yml).
 *
 * @param groups e-mail addresses per candidate group of dmn/gate-policy.dmn, e.g.
 * {@code scaffold.notifications.groups.enterprise-architect=ella@acme.example,...}; sent
 * through Spring Mail ({@code spring.mail.host}, {@code spring.mail.port}, ...)
 * @param webhookUrl receives a JSON POST per reminder and escalation
 * @param from the sender of the e-mails
 * @param webhookTimeout how long the webhook may take to answer
 */
@ConfigurationProperties("scaffold.notifications")
public record NotificationProperties(@DefaultValue Map<String, List<String>> groups, URI webhookUrl,
        @DefaultValue("scaffold@localhost") String from, @DefaultValue("10s") Duration webhookTimeout) {

    /**
     * Whether a webhook is configured (an empty environment variable configures none).
     */
    boolean webhook() {
        return webhookUrl != null && !webhookUrl.toString().isBlank();
    }

}
