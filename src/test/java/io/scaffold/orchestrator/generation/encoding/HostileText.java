package io.scaffold.orchestrator.generation.encoding;

import java.util.List;

/**
 * Text an attacker puts into a spec, one entry per trick; {@link #ALL} joins them into
 * one string.
 */
public final class HostileText {

    public static final List<String> CORPUS = List.of(
            "*/ @org.springframework.stereotype.Component class Injected { } /*",
            "\\u002a/ @Component class Injected2 { static { System.exit(3); } } /\\u002a",
            "\\\\u002a/ class Escaped { }", "\\u000a class NewLine { }", "</", "</script><script>alert(1)</script>",
            "]]>", "-->", "<!-- comment", "line one\nline two", "carriage\rreturn", "line\u2028separator",
            "paragraph\u2029separator", "next\u0085line", "single ' double \" backtick ` quotes",
            "${user.home} ${DATABASE_PASSWORD} #{1+1} <#if true>x</#if> @{argLine}", "nul\u0000byte",
            "bell\u0007 and escape\u001b[31m", "right\u202Eto-left override \u2066isolate\u2069 \u200Fmark",
            "@Component", "'; DROP TABLE x; --", "$(touch /tmp/pwned) `id`", "&lt; &amp;",
            "key: value\n- item\n? complex\n%YAML 1.2\n--- document", "{ flow: [a, b] } # comment",
            "%%{init: {\"securityLevel\": \"loose\"}}%%", "\") Rel(evil, x, \"y", "# heading", "1. ordered",
            "[link](javascript:alert(1)) ![img](x) **bold** _it_ | cell |", "x".repeat(10_000));

    public static final String ALL = String.join(" ", CORPUS);

    private HostileText() {
    }

}
