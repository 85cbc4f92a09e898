package io.scaffold.orchestrator.spec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.stream.Stream;

/**
 * Broken JDL is refused with the exact file, line, column, problem and a way to fix it.
 */
class JdlErrorTest {

    static Stream<Arguments> brokenInputs() {
        return Stream.of(
                Arguments.of("entity Ticket {\n  title String\n\nrelationship ManyToOne {\n  Ticket to Project\n}\n", 4,
                        1, "expected '}' to close entity Ticket, found 'relationship'",
                        "add '}' after the last field of Ticket (its '{' is at line 1)"),
                Arguments.of("entity Ticket {\n  title String\n", 3, 1,
                        "expected '}' to close entity Ticket, found end of file",
                        "add '}' after the last field of Ticket"),
                Arguments.of("entity A {\n  name string\n}\n", 2, 8, "unknown type 'string' for field name of entity A",
                        "did you mean String? use one of String, Integer"),
                Arguments.of("entity A {\n  status Statu\n}\nenum Status { OPEN }\n", 2, 10,
                        "unknown type 'Statu' for field status of entity A", "or declare 'enum Statu { ... }'"),
                Arguments.of("entity A {\n  name String requird\n}\n", 2, 15,
                        "unknown validation 'requird' on field name of entity A",
                        "use one of max, maxbytes, maxlength"),
                Arguments.of("entity A {\n  age Integer min(10) max(5)\n}\n", 2, 15,
                        "min 10 is greater than max 5 on field age of entity A", "swap the values"),
                Arguments.of("entity A {\n  code String minlength(8) maxlength(4)\n}\n", 2, 15,
                        "minimum length 8 is greater than maximum length 4 on field code of entity A",
                        "swap the values"),
                Arguments.of("entity A {\n  age Integer maxlength(4)\n}\n", 2, 15,
                        "length limits apply to text and blobs, but field age of entity A is Integer", "use min/max"),
                Arguments.of("entity A {\n  name String maxlength(MAX)\n}\n", 2, 25,
                        "unknown constant 'MAX' in maxlength(...) of field name of entity A", "'MAX = 50'"),
                Arguments.of("entity A {\n  code String pattern(/[a-z/)\n}\n", 2, 3,
                        "pattern of field code of entity A is not a valid regular expression", "correct the regular"),
                Arguments.of("entity A { name String }\nentity B { name String }\nentity A { title String }\n", 3, 8,
                        "entity A has the same name as the entity or enum at line 1 (both become class A)",
                        "rename one"),
                Arguments.of("entity A {\n  name String\n  title String\n  name Integer\n}\n", 4, 3,
                        "entity A declares field name twice (first at line 2)", "remove or rename"),
                Arguments.of("entity A { name String }\nrelationship ManyToOne {\n  A{project} to Projet\n}\n", 3, 17,
                        "relationship A to Projet refers to unknown entity 'Projet'",
                        "declare entity Projet or use one of: A"),
                Arguments.of(
                        "entity A { name String }\nentity B { title String }\nrelationship ManyToOne {\n  A{b(name)} to B\n}\n",
                        4, 3, "display field 'name' of A to B is not a field of B", "use one of: title, or id"),
                Arguments.of("entity A { name String }\nrelationship OneToFew {\n  A to A\n}\n", 2, 14,
                        "unknown relationship kind 'OneToFew'", "OneToOne, OneToMany, ManyToOne, ManyToMany"),
                Arguments.of("entity A { name String }\npaginate A, Bee with pagination\n", 2, 13,
                        "'paginate' names unknown entity 'Bee'", "declare entity Bee or use one of: A"),
                Arguments.of("entity A { name String }\npaginate A with pages\n", 2, 1,
                        "unknown value 'pages' for paginate", "pagination, infinite-scroll or no"),
                Arguments.of("entity A { name String }\n/* never closed\n", 2, 1, "comment is never closed", "'*/'"),
                Arguments.of("enum Size { S, M(\"Medium) }\n", 1, 18, "string is never closed", "end the string"),
                Arguments.of("entity A { name String }\nfoo bar\n", 2, 1, "unexpected 'foo' at the top level",
                        "start a declaration with entity"),
                Arguments.of(
                        "entity A { name String }\nentity B { a String }\nrelationship OneToOne {\n  A{name} to B\n}\n",
                        4, 3,
                        "relationship A to B adds 'name' to A, which already has a field or relationship of that name (line 1)",
                        "give the relationship another field name"),
                Arguments.of("enum Status { OPEN }\n", 0, 0, "the domain declares no entity",
                        "declare at least one entity"),
                Arguments.of("entity A { name String }\nentity B { x String }\nrelationship ManyToOne {\n  A{b} B\n}\n",
                        4, 8, "expected 'to' after A in a relationship, found 'B'", "write 'A to OtherEntity'"));
    }

    @ParameterizedTest(name = "{2}")
    @MethodSource("brokenInputs")
    void refusesWithLocationAndFix(String jdl, int line, int column, String problem, String fixFragment) {
        SpecException e = catchThrowableOfType(SpecException.class,
                () -> new SpecReader().read("broken.jdl", jdl, SpecOptions.DEFAULTS));

        assertThat(e).as("refused").isNotNull();
        assertThat(e.file()).isEqualTo("broken.jdl");
        assertThat(e.line()).as("line of: %s", e.getMessage()).isEqualTo(line);
        assertThat(e.column()).as("column of: %s", e.getMessage()).isEqualTo(column);
        assertThat(e.problem()).startsWith(problem);
        assertThat(e.getMessage())
            .startsWith(line == 0 ? "broken.jdl: " + problem : "broken.jdl:" + line + ":" + column + ": " + problem);
        assertThat(e.getMessage()).contains("\n  how to fix: ").contains(fixFragment);
    }

}
