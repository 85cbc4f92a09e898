package io.scaffold.orchestrator.generation.encoding;

import com.sun.source.tree.AnnotationTree;
import com.sun.source.tree.BlockTree;
import com.sun.source.tree.ClassTree;
import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.VariableTree;
import com.sun.source.util.JavacTask;
import com.sun.source.util.TreeScanner;

import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.VariableElement;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.ToolProvider;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * What javac reads in a Java source: parsed (not compiled) with the JDK's own compiler,
 * annotation processing off.
 */
public final class JavaSources {

    private JavaSources() {
    }

    /**
     * Every type, method, variable, initializer block and annotation of the source, in
     * order, e.g. {@code class Ticket}, {@code @Entity}, {@code method Ticket.getId}.
     */
    public static List<String> declarations(String fileName, String source) {
        JavacTask task = task(fileName, source, new DiagnosticCollector<>());
        List<String> declarations = new ArrayList<>();
        try {
            for (CompilationUnitTree unit : task.parse()) {
                unit.accept(new Collector(declarations), "");
            }
        }
        catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
        return declarations;
    }

    /** Syntax errors javac reports for the source, as "line: message". */
    public static List<String> syntaxErrors(String fileName, String source) {
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        try {
            task(fileName, source, diagnostics).parse();
        }
        catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
        return diagnostics.getDiagnostics()
            .stream()
            .filter(d -> d.getKind() == Diagnostic.Kind.ERROR)
            .map(d -> d.getLineNumber() + ": " + d.getMessage(null))
            .toList();
    }

    /**
     * The value javac computes for the constant
     * {@code static final String VALUE = "<literal>";}.
     */
    public static Object stringConstant(String literalBody) {
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        JavacTask task = task("Constant.java",
                "class Constant { static final String VALUE = \"" + literalBody + "\"; }", diagnostics);
        try {
            for (Element type : task.analyze()) {
                for (Element member : type.getEnclosedElements()) {
                    if (member.getKind() == ElementKind.FIELD) {
                        return ((VariableElement) member).getConstantValue();
                    }
                }
            }
        }
        catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
        throw new AssertionError("no constant: "
                + diagnostics.getDiagnostics().stream().map(d -> d.getMessage(null)).collect(Collectors.joining("; ")));
    }

    private static JavacTask task(String fileName, String source, DiagnosticCollector<JavaFileObject> diagnostics) {
        JavaFileObject file = new SimpleJavaFileObject(URI.create("string:///" + fileName),
                JavaFileObject.Kind.SOURCE) {
            @Override
            public CharSequence getCharContent(boolean ignoreEncodingErrors) {
                return source;
            }
        };
        return (JavacTask) ToolProvider.getSystemJavaCompiler()
            .getTask(null, null, diagnostics, List.of("-proc:none"), null, List.of(file));
    }

    private static final class Collector extends TreeScanner<Void, String> {

        private final List<String> out;

        Collector(List<String> out) {
            this.out = out;
        }

        @Override
        public Void visitClass(ClassTree tree, String owner) {
            String name = owner + tree.getSimpleName();
            out.add(tree.getKind().name().toLowerCase(Locale.ROOT) + " " + name);
            tree.getMembers()
                .stream()
                .filter(m -> m instanceof BlockTree)
                .forEach(b -> out.add((((BlockTree) b).isStatic() ? "static " : "") + "initializer in " + name));
            return super.visitClass(tree, name + ".");
        }

        @Override
        public Void visitMethod(MethodTree tree, String owner) {
            out.add("method " + owner + tree.getName());
            return super.visitMethod(tree, owner + tree.getName() + ".");
        }

        @Override
        public Void visitVariable(VariableTree tree, String owner) {
            out.add("variable " + owner + tree.getName());
            return super.visitVariable(tree, owner);
        }

        @Override
        public Void visitAnnotation(AnnotationTree tree, String owner) {
            out.add("@" + tree.getAnnotationType());
            return super.visitAnnotation(tree, owner);
        }

    }

}
