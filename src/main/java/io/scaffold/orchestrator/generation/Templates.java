package io.scaffold.orchestrator.generation;

import freemarker.template.Configuration;
import freemarker.template.DefaultObjectWrapperBuilder;
import freemarker.template.SimpleScalar;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import freemarker.template.TemplateMethodModelEx;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;
import freemarker.template.utility.DeepUnwrap;
import io.scaffold.orchestrator.generation.encoding.JavaComment;
import io.scaffold.orchestrator.generation.encoding.JavaString;
import io.scaffold.orchestrator.generation.encoding.Markdown;
import io.scaffold.orchestrator.generation.encoding.MermaidLabel;
import io.scaffold.orchestrator.generation.encoding.ShellWord;
import io.scaffold.orchestrator.generation.encoding.SqlComment;
import io.scaffold.orchestrator.generation.encoding.XmlText;
import io.scaffold.orchestrator.generation.encoding.YamlScalar;

import java.io.IOException;
import java.io.StringWriter;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;
import java.util.function.UnaryOperator;

/**
 * Renders the FreeMarker templates under {@code templates/} on the classpath.
 * Thread-safe. Text from the spec (descriptions, documentation, labels, file names,
 * statements) reaches a template's output only through one of the encoding functions
 * registered here, chosen by where it lands: {@code javaComment}, {@code javaString},
 * {@code yaml} (a complete quoted scalar), {@code sqlComment}, {@code md},
 * {@code mdCode}, {@code mdCellCode} (complete code spans), {@code mermaid}, {@code xml}
 * and {@code shell}. Names are written as they are: class, field, column and path names
 * and labels are built from letters and digits only (domain/Names), the title from ASCII
 * letters and digits (Names#applicationClassPrefix), an explicit table name is a JDL name
 * token or matches the YAML schema; none can carry a quote, a backslash or a line break.
 */
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
        }
        catch (IOException | TemplateException e) {
            throw new IllegalStateException("Cannot render template " + name + ": " + e.getMessage(), e);
        }
    }

    private static Configuration configuration() {
        Configuration cfg = new Configuration(Configuration.VERSION_2_3_34);
        cfg.setClassLoaderForTemplateLoading(Templates.class.getClassLoader(), "templates");
        cfg.setDefaultEncoding("UTF-8");
        // Output must not depend on the machine: fixed locale and time zone, numbers
        // without grouping.
        cfg.setLocale(Locale.ROOT);
        cfg.setTimeZone(TimeZone.getTimeZone("UTC"));
        cfg.setNumberFormat("computer");
        cfg.setBooleanFormat("c");
        cfg.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        cfg.setLogTemplateExceptions(false);
        cfg.setWrapUncheckedExceptions(true);
        cfg.setFallbackOnNullLoopVariable(false);
        cfg.setObjectWrapper(new DefaultObjectWrapperBuilder(Configuration.VERSION_2_3_34).build());
        cfg.setSharedVariable("javaComment", encoder(JavaComment::text));
        cfg.setSharedVariable("javaString", encoder(JavaString::literal));
        cfg.setSharedVariable("yaml", encoder(YamlScalar::quoted));
        cfg.setSharedVariable("sqlComment", encoder(SqlComment::line));
        cfg.setSharedVariable("md", encoder(Markdown::inline));
        cfg.setSharedVariable("mdCode", encoder(text -> Markdown.code(text, false)));
        cfg.setSharedVariable("mdCellCode", encoder(text -> Markdown.code(text, true)));
        cfg.setSharedVariable("mermaid", encoder(MermaidLabel::text));
        cfg.setSharedVariable("xml", encoder(XmlText::escape));
        cfg.setSharedVariable("shell", encoder(ShellWord::quote));
        // not an encoding: a label (letters and digits only) with its indefinite article
        cfg.setSharedVariable("a", encoder(IndefiniteArticle::before));
        return cfg;
    }

    /**
     * A template function of one argument, the text, which it hands to {@code encoding}.
     */
    private static TemplateMethodModelEx encoder(UnaryOperator<String> encoding) {
        return arguments -> {
            if (arguments.size() != 1) {
                throw new TemplateModelException(
                        "An encoding function takes one argument, the text; got " + arguments.size());
            }
            Object text = DeepUnwrap.unwrap((TemplateModel) arguments.get(0));
            return new SimpleScalar(encoding.apply(text == null ? null : text.toString()));
        };
    }

}
