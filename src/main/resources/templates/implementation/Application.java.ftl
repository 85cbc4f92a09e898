package ${app.basePackage};

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** ${app.title}<#if model.description?has_content>: ${javaComment(model.description)}</#if> */
@SpringBootApplication
public class ${app.classPrefix}Application {

    public static void main(String[] args) {
        SpringApplication.run(${app.classPrefix}Application.class, args);
    }
}
