package io.scaffold.orchestrator.generation;

import freemarker.template.Configuration;
import freemarker.template.DefaultObjectWrapperBuilder;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;

import java.io.IOException;
import java.io.StringWriter;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;

/** Renders the FreeMarker templates under {@code templates/} on the classpath. Thread-safe. */
final class Templates {

    private static final Configuration CONFIGURATION = configuration();

    private Templates() {
    }

    /** Renders {@code templates/<name>} with the given data model. */
    static String render(String name, Map<String, ?> data) {
        try {
            Template template = CONFIGURATION.getTemplate(name);
            StringWriter out = new StringWriter();
            template.process(data, out);
            return out.toString();
        } catch (IOException | TemplateException e) {
            throw new IllegalStateException("Cannot render template " + name + ": " + e.getMessage(), e);
        }
    }

    private static Configuration configuration() {
        Configuration cfg = new Configuration(Configuration.VERSION_2_3_34);
        cfg.setClassLoaderForTemplateLoading(Templates.class.getClassLoader(), "templates");
        cfg.setDefaultEncoding("UTF-8");
        // Output must not depend on the machine: fixed locale and time zone, numbers without grouping.
        cfg.setLocale(Locale.ROOT);
        cfg.setTimeZone(TimeZone.getTimeZone("UTC"));
        cfg.setNumberFormat("computer");
        cfg.setBooleanFormat("c");
        cfg.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        cfg.setLogTemplateExceptions(false);
        cfg.setWrapUncheckedExceptions(true);
        cfg.setFallbackOnNullLoopVariable(false);
        cfg.setObjectWrapper(new DefaultObjectWrapperBuilder(Configuration.VERSION_2_3_34).build());
        return cfg;
    }
}
