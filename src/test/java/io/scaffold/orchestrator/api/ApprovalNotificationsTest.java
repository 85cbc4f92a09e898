package io.scaffold.orchestrator.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import com.sun.net.httpserver.HttpServer;
import io.camunda.zeebe.process.test.api.ZeebeTestEngine;
import io.scaffold.orchestrator.ScaffoldTestContext;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Reminders and escalations of a waiting approval reach people: e-mail to a real SMTP
 * server (GreenMail) and a webhook on a real HTTP server, both in this JVM, on the real
 * engine whose clock is moved past the gate policy's remindAfter (PT4H) and escalateAfter
 * (PT24H).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class ApprovalNotificationsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static final GreenMail SMTP = new GreenMail(ServerSetupTest.SMTP.dynamicPort());

    private static final HttpServer WEBHOOK;

    private static final List<String> HOOK_CALLS = new CopyOnWriteArrayList<>();

    private static volatile int hookStatus = 204;

    static {
        SMTP.start();
        try {
            WEBHOOK = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        WEBHOOK.createContext("/hook", exchange -> {
            HOOK_CALLS.add(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            exchange.sendResponseHeaders(hookStatus, -1);
            exchange.close();
        });
        WEBHOOK.start();
    }

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        ScaffoldTestContext.properties(registry);
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> SMTP.getSmtp().getPort());
        registry.add("scaffold.notifications.groups.enterprise-architect", () -> "ella@acme.example");
        registry.add("scaffold.notifications.groups.domain-expert", () -> "dom@acme.example,experts@acme.example");
        registry.add("scaffold.notifications.groups.process-manager", () -> "pete@acme.example");
        registry.add("scaffold.notifications.webhook-url",
                () -> "http://127.0.0.1:" + WEBHOOK.getAddress().getPort() + "/hook");
    }

    @AfterAll
    static void stopServers() {
        SMTP.stop();
        WEBHOOK.stop(0);
    }

    @LocalServerPort
    int port;

    @Autowired
    ZeebeTestEngine engine;

    ApiClient api;

    @BeforeEach
    void reset() throws Exception {
        api = new ApiClient(port);
        SMTP.purgeEmailFromAllMailboxes();
        HOOK_CALLS.clear();
        hookStatus = 204;
    }

    @Test
    void aWaitingApprovalIsRemindedByMailAndWebhookThenEscalated() throws Exception {
        String id = api.startRun("manual");
        api.awaitApproval(id, "domain-approval");

        engine.increaseTime(Duration.ofHours(4).plusMinutes(1));

        await().atMost(Duration.ofMinutes(1)).until(() -> SMTP.getReceivedMessages().length == 3);
        MimeMessage reminder = SMTP.getReceivedMessages()[0];
        assertThat(reminder.getSubject()).startsWith("Reminder:").contains("domain-approval").contains(id);
        assertThat(GreenMailUtil.getBody(reminder)).contains("domain-approval")
            .contains(id)
            .contains("/api/v1/processes/" + id + "/approvals");
        assertThat(addresses(reminder)).containsExactly("ella@acme.example", "dom@acme.example",
                "experts@acme.example");
        await().atMost(Duration.ofSeconds(10)).until(() -> HOOK_CALLS.size() == 1);
        JsonNode hook = JSON.readTree(HOOK_CALLS.get(0));
        assertThat(hook.path("kind").asText()).isEqualTo("reminder");
        assertThat(hook.path("run").asText()).isEqualTo(id);
        assertThat(hook.path("gate").asText()).isEqualTo("domain-approval");
        assertThat(hook.path("phase").asText()).isNotBlank();
        assertThat(JSON.convertValue(hook.path("groups"), List.class)).containsExactly("enterprise-architect",
                "domain-expert");
        assertThat(hook.path("link").asText()).endsWith("/api/v1/processes/" + id + "/approvals");
        JsonNode reminded = awaitEvent(id, "ApprovalReminderSent");
        assertThat(JSON.convertValue(reminded.path("notified"), List.class)).containsExactly("ella@acme.example",
                "dom@acme.example", "experts@acme.example",
                "http://127.0.0.1:" + WEBHOOK.getAddress().getPort() + "/hook");

        engine.increaseTime(Duration.ofHours(20));

        await().atMost(Duration.ofMinutes(1)).until(() -> SMTP.getReceivedMessages().length == 4);
        MimeMessage escalation = SMTP.getReceivedMessages()[3];
        assertThat(escalation.getSubject()).startsWith("Escalated:").contains("domain-approval");
        assertThat(addresses(escalation)).containsExactly("pete@acme.example");
        assertThat(awaitEvent(id, "ApprovalEscalated").path("notified").toString()).contains("pete@acme.example");

        api.post("/api/v1/processes/" + id + "/cancel", Map.of());
    }

    @Test
    void aWebhookThatKeepsFailingEndsAsAnIncidentThatSaysWhatFailed() throws Exception {
        hookStatus = 503;
        String id = api.startRun("manual");
        api.awaitApproval(id, "domain-approval");

        engine.increaseTime(Duration.ofHours(4).plusMinutes(1));

        JsonNode[] incidents = new JsonNode[1];
        await().atMost(Duration.ofMinutes(1)).until(() -> {
            incidents[0] = JSON.readTree(api.get("/api/v1/processes/" + id + "/incidents").getBody());
            return incidents[0].size() > 0;
        });
        assertThat(HOOK_CALLS).as("the job's three retries").hasSize(3);
        assertThat(incidents[0].get(0).path("errorMessage").asText()).contains("webhook")
            .contains("HTTP 503")
            .contains("domain-approval");

        api.post("/api/v1/processes/" + id + "/cancel", Map.of());
    }

    private JsonNode awaitEvent(String runId, String type) {
        JsonNode[] found = new JsonNode[1];
        await().atMost(Duration.ofSeconds(30)).until(() -> {
            for (JsonNode event : JSON.readTree(api.get("/api/v1/processes/" + runId + "/events").getBody())) {
                if (event.path("type").asText().equals(type)) {
                    found[0] = JSON.readTree(event.path("payload").asText());
                    return true;
                }
            }
            return false;
        });
        return found[0];
    }

    private static List<String> addresses(MimeMessage message) throws Exception {
        List<String> to = new ArrayList<>();
        Arrays.stream(message.getRecipients(Message.RecipientType.TO)).forEach(a -> to.add(a.toString()));
        return to;
    }

}
