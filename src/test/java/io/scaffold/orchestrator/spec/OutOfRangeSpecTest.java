package io.scaffold.orchestrator.spec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.scaffold.orchestrator.domain.DomainModel;
import org.assertj.core.api.AbstractThrowableAssert;
import org.junit.jupiter.api.Test;

/**
 * Issue 7, why 7: numbers out of range are refused at their line and column instead of
 * wrapping or escaping as a Java exception; table names follow the schema's rule; names
 * fit PostgreSQL's identifiers.
 */
class OutOfRangeSpecTest {

    private final SpecReader reader = new SpecReader();

    @Test
    void jdlLengthsBeyondIntAndBeyondVarcharAreRefusedWhereTheyAre() {
        refused("a.jdl", "entity A {\n  name String maxlength(99999999999)\n}").hasMessageStartingWith(
                "a.jdl:2:15: maximum length of field name of entity A must be a whole number from 0 to 10485760");
        refused("a.jdl", "entity A {\n  name String maxlength(10485761)\n}").hasMessageContaining("a.jdl:2:15:");
        refused("a.jdl", "entity A {\n  data Blob minbytes(" + "9".repeat(40) + ")\n}")
            .hasMessageStartingWith("a.jdl:2:13:");
        refused("a.jdl", "entity A {\n  name String minlength(2.5)\n}").hasMessageContaining("whole number");
        refused("a.jdl", "entity A {\n  name String minlength(-1)\n}").hasMessageContaining("whole number");
        DomainModel fine = reader.read("a.jdl", "entity A {\n  name String maxlength(10485760)\n}",
                SpecOptions.DEFAULTS);
        assertThat(fine.entities().getFirst().fields().getFirst().maxLength()).isEqualTo(10_485_760);
    }

    @Test
    void malformedNumbersAreSpecErrors() {
        refused("a.jdl", "entity A {\n  age Integer min(1.2.3)\n}")
            .hasMessageStartingWith("a.jdl:2:19: '1.2.3' is not a number");
        refused("a.jdl", "MAX = 1..2\nentity A {\n  age Integer max(MAX)\n}")
            .hasMessageStartingWith("a.jdl:1:7: '1..2' is not a number");
    }

    @Test
    void boundsMustFitTheFieldsType() {
        refused("a.jdl", "entity A {\n  age Integer max(3000000000)\n}").hasMessageStartingWith(
                "a.jdl:2:15: max 3000000000 of field age of entity A is out of range for an Integer");
        refused("a.jdl", "entity A {\n  age Integer max(2.5)\n}")
            .hasMessageContaining("must be a whole number for an Integer");
        refused("a.jdl", "entity A {\n  n Long min(-99999999999999999999)\n}")
            .hasMessageContaining("out of range for a Long");
        refused("a.jdl", "entity A {\n  price BigDecimal max(1" + "0".repeat(19) + ")\n}")
            .hasMessageContaining("numeric(21, 2)");
        refused("a.jdl", "entity A {\n  ratio Float max(1" + "0".repeat(39) + ")\n}")
            .hasMessageContaining("out of range for a Float");
        DomainModel fine = reader.read("a.jdl",
                "entity A {\n  n Long min(-9223372036854775808) max(9223372036854775807)\n"
                        + "  price BigDecimal min(0) max(99999.99)\n}",
                SpecOptions.DEFAULTS);
        assertThat(fine.entities().getFirst().fields()).hasSize(2);
    }

    @Test
    void yamlNumbersAreNotWrapped() {
        refused("a.yaml",
                "application: {name: a}\nentities:\n  A:\n    fields:\n      name: {type: String, maxLength: 99999999999}\n")
            .hasMessageStartingWith("a.yaml:5:")
            .hasMessageContaining("maximum length of field name of entity A must be a whole number from 0 to 10485760")
            .hasMessageContaining("found 99999999999");
        refused("a.yaml", "application: {name: a}\nentities:\n  A:\n    fields:\n      n: {type: Double, min: 1e400}\n")
            .hasMessageStartingWith("a.yaml:5:")
            .hasMessageContaining("not a finite number");
        refused("a.json",
                "{\"application\": {\"name\": \"a\"}, \"entities\": {\"A\": {\"fields\": {\"n\": "
                        + "{\"type\": \"Integer\", \"min\": -1e30}}}}}")
            .hasMessageContaining("out of range for an Integer");
    }

    @Test
    void jdlTableNamesFollowTheSchemasRule() {
        refused("a.jdl", "entity A(pg_catalog.x) {\n  name String\n}")
            .hasMessageStartingWith("a.jdl:1:8: table name 'pg_catalog.x' of entity A is not a plain SQL name");
        refused("a.jdl", "entity A(a-b) {\n  name String\n}").hasMessageContaining("not a plain SQL name");
        refused("a.jdl", "entity A(a$b) {\n  name String\n}").hasMessageContaining("not a plain SQL name");
        assertThat(reader.read("a.jdl", "entity A(Purchase_Order) {\n  name String\n}", SpecOptions.DEFAULTS)
            .entities()
            .getFirst()
            .name()
            .sqlName()).isEqualTo("purchase_order");
    }

    @Test
    void namesMustFitPostgresIdentifiers() {
        String longName = "Very" + "Long".repeat(15); // 64 letters: its table name is
                                                      // longer still
        refused("a.jdl", "entity A {\n  name String\n}\nentity " + longName + " {\n  name String\n}")
            .hasMessageStartingWith(
                    "a.jdl:4:8: entity name '" + longName.substring(0, 57) + "...' is too long: its table name")
            .hasMessageContaining("has 80 bytes, more than 52");
        refused("a.jdl", "entity A {\n  " + "a".repeat(53) + " String\n}")
            .hasMessageStartingWith("a.jdl:2:3: field name");
        refused("a.yaml", "application: {name: " + "a".repeat(64) + "}\nentities: {A: {fields: {n: String}}}\n")
            .hasMessageContaining("application name")
            .hasMessageContaining("database name");
        refused("a.yaml", "application: {name: a, basePackage: com." + "a".repeat(100)
                + "}\nentities: {A: {fields: {n: String}}}\n")
            .hasMessageContaining("more than 100");
        assertThat(reader.read("a.jdl", "entity A {\n  " + "a".repeat(52) + " String\n}", SpecOptions.DEFAULTS)
            .entities()
            .getFirst()
            .fields()).hasSize(1);
    }

    private AbstractThrowableAssert<?, ? extends Throwable> refused(String file, String content) {
        return assertThatThrownBy(() -> reader.read(file, content, SpecOptions.DEFAULTS))
            .isInstanceOf(SpecException.class);
    }

}
