package ${app.basePackage};

import io.swagger.v3.oas.annotations.Hidden;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** Serves the API contract at {@code /openapi.yaml}; Swagger UI ({@code /swagger-ui.html}) shows it. */
@Hidden
@RestController
public class ApiContractController {

    @GetMapping(path = "/openapi.yaml", produces = "application/yaml")
    public Resource contract() {
        return new ClassPathResource("openapi.yaml");
    }
}
