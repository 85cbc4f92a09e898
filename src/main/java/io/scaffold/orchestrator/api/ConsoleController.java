package io.scaffold.orchestrator.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.scaffold.orchestrator.process.ProcessModels;
import io.scaffold.orchestrator.security.CurrentUser;
import io.scaffold.orchestrator.security.ScaffoldSecurityProperties;
import java.util.Set;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.util.StringUtils;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * What the console in the browser loads besides a run's data: its configuration (before
 * anyone logged in) and the process models and forms the application deploys, which it
 * renders with bpmn-js and form-js exactly as Operate and Tasklist would.
 */
@RestController
// the security properties also without the web security (scaffold run has no server)
@EnableConfigurationProperties({ ConsoleProperties.class, ScaffoldSecurityProperties.class })
class ConsoleController {

    private final ConsoleConfig config;

    private final CurrentUser currentUser;

    ConsoleController(ConsoleProperties console, ScaffoldSecurityProperties security,
            @Value("${scaffold.runtime}") String runtime, CurrentUser currentUser) {
        this.currentUser = currentUser;
        this.config = new ConsoleConfig(runtime, security.enabled(), security.enabled() ? console.oidc() : null,
                blankToNull(console.operateUrl()), blankToNull(console.tasklistUrl()));
    }

    /**
     * @param runtime embedded or cluster
     * @param oidc where to log in, null when security is off
     * @param operateUrl null unless configured (a cluster)
     * @param tasklistUrl null unless configured (a cluster)
     */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record ConsoleConfig(String runtime, boolean securityEnabled, ConsoleProperties.Oidc oidc, String operateUrl,
            String tasklistUrl) {
    }

    @GetMapping("/api/v1/console/config")
    ConsoleConfig config() {
        return config;
    }

    /**
     * Who the console's user is and which permissions they hold, so that it offers only
     * the actions the server would allow them (a button the server would refuse is not
     * shown).
     */
    record Me(String name, Set<String> permissions) {
    }

    @GetMapping("/api/v1/console/me")
    Me me() {
        return new Me(currentUser.name(), currentUser.permissions());
    }

    @GetMapping(path = "/api/v1/models/{bpmnProcessId}", produces = MediaType.APPLICATION_XML_VALUE)
    @PreAuthorize("hasAuthority('process:read')")
    ResponseEntity<byte[]> model(@PathVariable String bpmnProcessId) {
        var model = ProcessModels.bpmn(bpmnProcessId)
            .orElseThrow(() -> new NotFoundException("no process model defines the process " + bpmnProcessId));
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_XML).body(model.content());
    }

    @GetMapping(path = "/api/v1/forms/{formId}", produces = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize("hasAuthority('process:read')")
    ResponseEntity<byte[]> form(@PathVariable String formId) {
        var form = ProcessModels.form(formId).orElseThrow(() -> new NotFoundException("no form has the id " + formId));
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(form.content());
    }

    private static String blankToNull(String url) {
        return StringUtils.hasText(url) ? url : null;
    }

}
