package io.scaffold.orchestrator.notifications;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Service;

/**
 * Tells people that an approval waits for them: an e-mail to the addresses configured for
 * the notice's groups and a JSON POST to the webhook, each only when configured
 * ({@link NotificationProperties}). A failed channel throws, so that the job is retried
 * and finally raises an incident saying what failed; a retry sends again on every
 * channel.
 */
@Service
@EnableConfigurationProperties(NotificationProperties.class)
public class ApprovalNotifier {

    private final NotificationProperties properties;

    private final ObjectProvider<JavaMailSender> mailSender;

    private final ObjectMapper json;

    private final HttpClient http;

    ApprovalNotifier(NotificationProperties properties, ObjectProvider<JavaMailSender> mailSender, ObjectMapper json) {
        this.properties = properties;
        this.mailSender = mailSender;
        this.json = json;
        this.http = HttpClient.newBuilder().connectTimeout(properties.webhookTimeout()).build();
    }

    /**
     * @return who was notified: the e-mail addresses, then the webhook URL; empty when no
     * channel is configured for the notice's groups
     * @throws NotificationFailedException when a configured channel failed
     */
    public List<String> notify(ApprovalNotice notice) {
        List<String> notified = new ArrayList<>();
        List<String> addresses = notice.groups()
            .stream()
            .flatMap(group -> properties.groups().getOrDefault(group, List.of()).stream())
            .distinct()
            .toList();
        if (!addresses.isEmpty()) {
            mail(notice, addresses);
            notified.addAll(addresses);
        }
        if (properties.webhook()) {
            post(notice);
            notified.add(properties.webhookUrl().toString());
        }
        return notified;
    }

    private void mail(ApprovalNotice notice, List<String> addresses) {
        JavaMailSender sender = mailSender.getIfAvailable();
        if (sender == null) {
            throw new NotificationFailedException("scaffold.notifications.groups names e-mail addresses for "
                    + notice.groups() + " but no mail server is configured: set spring.mail.host (and "
                    + "spring.mail.port, spring.mail.username, ...) or remove the addresses", null);
        }
        SimpleMailMessage message = new SimpleMailMessage();
        message.setFrom(properties.from());
        message.setTo(addresses.toArray(String[]::new));
        message.setSubject(subject(notice));
        message.setText(body(notice));
        try {
            sender.send(message);
        }
        catch (MailException e) {
            throw new NotificationFailedException("the " + notice.kind().wire() + " e-mail for gate " + notice.gateId()
                    + " of run " + notice.runId() + " to " + addresses + " could not be sent (" + e.getMessage()
                    + "): check spring.mail.* and that the mail server accepts these addresses", e);
        }
    }

    private static String subject(ApprovalNotice notice) {
        return switch (notice.kind()) {
            case REMINDER ->
                "Reminder: gate " + notice.gateId() + " of run " + notice.runId() + " awaits your approval";
            case ESCALATION -> "Escalated: gate " + notice.gateId() + " of run " + notice.runId()
                    + " was not answered in time and awaits your decision";
        };
    }

    private static String body(ApprovalNotice notice) {
        return """
                The %s gate of run %s (phase %s) waits for an answer from %s.

                Answer it here: %s
                """.formatted(notice.gateId(), notice.runId(), notice.phaseId(), String.join(", ", notice.groups()),
                notice.link());
    }

    private void post(ApprovalNotice notice) {
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("kind", notice.kind().wire());
        payload.put("run", notice.runId().toString());
        payload.put("gate", notice.gateId());
        payload.put("phase", notice.phaseId());
        payload.put("groups", notice.groups());
        payload.put("link", notice.link());
        HttpRequest request;
        try {
            request = HttpRequest.newBuilder(properties.webhookUrl())
                .timeout(properties.webhookTimeout())
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(payload)))
                .build();
        }
        catch (JsonProcessingException e) {
            throw new IllegalStateException("a notice of plain strings did not serialise", e);
        }
        String what = "the " + notice.kind().wire() + " webhook " + properties.webhookUrl() + " for gate "
                + notice.gateId() + " of run " + notice.runId();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() / 100 != 2) {
                throw new NotificationFailedException(what + " answered HTTP " + response.statusCode()
                        + ": check scaffold.notifications.webhook-url and the receiving service", null);
            }
        }
        catch (IOException e) {
            throw new NotificationFailedException(what + " could not be reached (" + e + "): check "
                    + "scaffold.notifications.webhook-url and that the receiving service is up", e);
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new NotificationFailedException(what + " was interrupted while sending", e);
        }
    }

}
