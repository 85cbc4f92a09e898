package io.scaffold.orchestrator.spec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.scaffold.orchestrator.domain.DomainModel;
import io.scaffold.orchestrator.domain.Entity;
import io.scaffold.orchestrator.domain.FieldType;
import io.scaffold.orchestrator.domain.Relationship;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.time.Duration;
import java.util.function.IntConsumer;
import java.util.function.IntFunction;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

class FreeTextAnalyzerTest {

    private final DomainModel shop = new SpecReader().read(Path.of("src/test/resources/requirements/shop.md"),
            SpecOptions.DEFAULTS);

    @Test
    void extractsEntitiesFieldsAndTypesItCanTell() {
        assertThat(shop.source().format()).isEqualTo(DomainModel.Source.Format.TEXT);
        assertThat(shop.name()).isEqualTo("corner-shop");
        assertThat(shop.description())
            .isEqualTo("A small shop that sells products to its regular customers and keeps track of their orders.");
        assertThat(shop.entities()).extracting(e -> e.name().original())
            .containsExactly("Customer", "Product", "Supplier", "Order");
        Entity product = shop.entity("Product").orElseThrow();
        assertThat(product.fields()).extracting(f -> f.name().fieldName() + ":" + f.type())
            .containsExactly("name:STRING", "price:BIG_DECIMAL", "sku:STRING", "stock:INTEGER", "weight:STRING");
        assertThat(shop.entity("Order").orElseThrow().fields()).extracting(f -> f.name().fieldName() + ":" + f.type())
            .containsExactly("date:LOCAL_DATE", "total:BIG_DECIMAL", "deliveryWindow:STRING");
        assertThat(product.schemaOrgType()).isEqualTo("Product");
        assertThat(shop.entity("Customer").orElseThrow().schemaOrgType()).isEqualTo("Person");
    }

    @Test
    void readsRelationshipSentences() {
        assertThat(shop.relationships()).hasSize(2);
        Relationship places = shop.relationships().getFirst();
        assertThat(places.kind()).isEqualTo(Relationship.Kind.ONE_TO_MANY);
        assertThat(places.from()).isEqualTo("Customer");
        assertThat(places.to()).isEqualTo("Order");
        assertThat(places.required()).as("'An order belongs to a customer'").isTrue();
        Relationship product = shop.relationships().get(1);
        assertThat(product.kind()).isEqualTo(Relationship.Kind.MANY_TO_ONE);
        assertThat(product.to()).isEqualTo("Product");
    }

    @Test
    void takesGoalsAsObjectivesAndAsksInsteadOfGuessing() {
        assertThat(shop.objectives()).containsExactly("Customers can order products online",
                "The owner sees every open order at a glance");
        assertThat(shop.openQuestions()).anyMatch(q -> q.equals(
                "Order.deliveryWindow (line 17): the type is not stated; it is a String for now. Which type is it?"))
            .anyMatch(q -> q.startsWith("Product.weight (line 18): type 'Kilogram' is not known"))
            .anyMatch(q -> q.startsWith("Entity Supplier has no fields besides its id"));
        assertThat(shop.assumptions())
            .anyMatch(a -> a.startsWith("The domain was extracted by the deterministic free-text analyser"));
    }

    @Test
    void mutualManySentencesMakeAManyToMany() {
        DomainModel model = new FreeTextAnalyzer().analyze("""
                A student attends many courses.
                A course has many students.
                Each course has a title and a start date.
                """, "school.txt");
        assertThat(model.relationships()).singleElement().satisfies(r -> {
            assertThat(r.kind()).isEqualTo(Relationship.Kind.MANY_TO_MANY);
            assertThat(r.from()).isEqualTo("Student");
            assertThat(r.to()).isEqualTo("Course");
        });
        assertThat(model.entity("Course").orElseThrow().fields()).extracting(f -> f.type())
            .containsExactly(FieldType.STRING, FieldType.LOCAL_DATE);
        assertThat(model.openQuestions()).anyMatch(q -> q.startsWith("The requirements state no goals"));
        assertThat(model.name()).isEqualTo("school");
    }

    @Test
    void readsPluralSubjectsOptionalFieldsUnitsValuesAndActors() {
        DomainModel model = new FreeTextAnalyzer().analyze("""
                Employees have a name, an email address, a department and a yearly leave allowance in days.
                Departments have a name and an optional cost centre.
                An employee submits a leave request with a start date, a type (vacation, sick leave or unpaid \
                leave) and whether it was approved (yes/no).
                """, "leave.md");
        assertThat(model.entities()).extracting(e -> e.name().original())
            .containsExactly("Employee", "Department", "LeaveRequest");
        assertThat(model.entity("Employee").orElseThrow().fields())
            .extracting(f -> f.name().fieldName() + ":" + f.type() + (f.required() ? "!" : ""))
            .containsExactly("name:STRING!", "emailAddress:STRING!", "yearlyLeaveAllowance:INTEGER!");
        assertThat(model.entity("Department").orElseThrow().fields())
            .extracting(f -> f.name().fieldName() + (f.required() ? "!" : ""))
            .containsExactly("name!", "costCentre");
        assertThat(model.entity("LeaveRequest").orElseThrow().fields())
            .extracting(f -> f.name().fieldName() + ":" + f.type())
            .containsExactly("startDate:LOCAL_DATE", "type:ENUM", "approved:BOOLEAN");
        assertThat(model.enumType("LeaveRequestType").orElseThrow().values())
            .extracting(v -> v.constant() + "=" + v.label())
            .containsExactly("VACATION=vacation", "SICK_LEAVE=sick leave", "UNPAID_LEAVE=unpaid leave");
        assertThat(model.relationships()).extracting(r -> r.from() + " " + r.kind() + " " + r.to())
            .as("'a department' names an entity declared later; the employee submits the request")
            .containsExactly("Employee MANY_TO_ONE Department", "LeaveRequest MANY_TO_ONE Employee");
        assertThat(model.openQuestions()).contains(
                "Department.costCentre (line 2): the type is not stated; it is a String for now. Which type is it?");
    }

    @Test
    void readsATranscriptWithoutTakingSpeakersPronounsOrVerbsForEntities() {
        DomainModel model = new FreeTextAnalyzer().analyze("""
                Anna: Members have a name and a level: basic, plus or pro. They may have a phone number, but that is \
                optional.
                Ben: Sorry, who is parking in front of the loading bay again? It is blocking the door.
                Carla: Yes. The status of a member is one of active, on hold or closed.
                Each booking belongs to a member, and each booking is made for a machine.
                A member attends many briefings, and a briefing has many members.
                """, "meeting.md");
        assertThat(model.entities()).extracting(e -> e.name().original())
            .containsExactly("Member", "Booking", "Machine", "Briefing");
        assertThat(model.entity("Member").orElseThrow().fields())
            .extracting(f -> f.name().fieldName() + ":" + f.type() + (f.required() ? "!" : ""))
            .containsExactly("name:STRING!", "level:ENUM!", "phoneNumber:STRING", "status:ENUM!");
        assertThat(model.enumType("MemberStatus").orElseThrow().values()).extracting(v -> v.constant())
            .containsExactly("ACTIVE", "ON_HOLD", "CLOSED");
        assertThat(model.relationships()).extracting(r -> r.from() + " " + r.kind() + " " + r.to())
            .containsExactly("Booking MANY_TO_ONE Member", "Booking MANY_TO_ONE Machine",
                    "Member MANY_TO_MANY Briefing");
    }

    @Test
    void readsUserStoriesAsUseCasesAndAsDomainSentences() {
        DomainModel model = new FreeTextAnalyzer().analyze("""
                # Help desk

                ## User stories
                - As an agent, I want each ticket to be assigned to an agent, so that nobody works on it twice.
                - As a customer, I want to open a ticket with a subject and a priority (low or high), so that \
                my problem gets solved.
                - As a manager, I want agents to have a name and a Geburtsdatum (date of birth).
                - As a treasurer, I want a fee (Mitgliedsbeitrag) in euros.
                """, "stories.md");
        assertThat(model.useCases()).hasSize(4);
        assertThat(model.entity("Ticket").orElseThrow().fields()).extracting(f -> f.name().fieldName() + ":" + f.type())
            .containsExactly("subject:STRING", "priority:ENUM");
        assertThat(model.entity("Agent").orElseThrow().fields()).extracting(f -> f.name().fieldName() + ":" + f.type())
            .as("a gloss in parentheses gives the type")
            .containsExactly("name:STRING", "geburtsdatum:LOCAL_DATE");
        assertThat(model.relationships()).extracting(r -> r.from() + " " + r.kind() + " " + r.to())
            .containsExactly("Ticket MANY_TO_ONE Agent");
        assertThat(model.entities()).extracting(e -> e.name().original())
            .as("roles of stories and the fee without a subject are no entities")
            .containsExactly("Ticket", "Agent");
    }

    @Test
    void germanValuesBecomeAsciiConstantsWithTheirOwnLabels() {
        DomainModel model = new FreeTextAnalyzer()
            .analyze("Members have a name and a type (Vollmitglied, Fördermitglied or Ehrenmitglied).", "verein.md");
        assertThat(model.enumType("MemberType").orElseThrow().values()).extracting(v -> v.constant() + "=" + v.label())
            .containsExactly("VOLLMITGLIED=Vollmitglied", "FOERDERMITGLIED=Fördermitglied",
                    "EHRENMITGLIED=Ehrenmitglied");
    }

    @Test
    void refusesTextWithoutAnyEntity() {
        assertThatThrownBy(
                () -> new FreeTextAnalyzer().analyze("We want a great app.\nIt should be fast.\n", "vague.md"))
            .isInstanceOf(SpecException.class)
            .hasMessageStartingWith("vague.md: no entity found in the requirements\n  how to fix: list entities as");
    }

    // Issue 7, why 5: the patterns were cubic or quadratic, a 3 KB line took 50 s. One
    // megabyte, one line:

    private static final int MEGABYTE = 1 << 20;

    @Test
    void aOneMegabyteLineIsRefusedByTheLineLimitAtOnce() {
        String line = "Each note has a text" + " and a text".repeat(MEGABYTE / 11);
        assertTimeoutPreemptively(Duration.ofSeconds(1),
                () -> assertThatThrownBy(() -> new SpecReader().read("long.md", line, SpecOptions.DEFAULTS))
                    .isInstanceOfSatisfying(SpecLimitException.class,
                            e -> assertThat(e.limit()).isEqualTo("line-length")));
    }

    @Test
    void theAnalyserItselfIsLinearOnLinesThatUsedToBacktrack() {
        FreeTextAnalyzer analyzer = new FreeTextAnalyzer();
        String entity = "\n- Note: text\n";
        quick(analyzer, "# A" + " ".repeat(MEGABYTE) + "b" + entity); // the heading
                                                                      // pattern
        quick(analyzer, "Each note has a text" + ".".repeat(MEGABYTE) + "x" + entity); // trailing
                                                                                       // punctuation
        quick(analyzer, "- Note: a" + " ".repeat(MEGABYTE) + "!"); // the attribute
                                                                   // pattern
        quick(analyzer, "- Note: a (" + " ".repeat(MEGABYTE) + "required)"); // 'required'
                                                                             // in the
                                                                             // type
        // runs of spaces before 'one of', 'with' and 'so that'; a huge list of values
        quick(analyzer, "Each note has a kind" + " ".repeat(MEGABYTE) + "one of a or b" + entity);
        quick(analyzer, "A note" + " ".repeat(MEGABYTE) + "with a text" + entity);
        quick(analyzer, "As a user, I want notes" + " ".repeat(MEGABYTE) + "so that x" + entity);
        quick(analyzer, "Each note has a kind (" + "a, ".repeat(MEGABYTE / 3) + "b)" + entity);
        quick(analyzer, "Each note has " + "an ".repeat(MEGABYTE / 3) + "x" + entity);
    }

    @Test
    void attributesAndRelationshipsCostLinearTime() {
        FreeTextAnalyzer analyzer = new FreeTextAnalyzer(
                new SpecLimits(Long.MAX_VALUE, Integer.MAX_VALUE, Integer.MAX_VALUE, Integer.MAX_VALUE,
                        Integer.MAX_VALUE, Integer.MAX_VALUE, Integer.MAX_VALUE, Integer.MAX_VALUE));
        IntFunction<String> attributes = n -> "Each note has "
                + IntStream.range(0, n).mapToObj(i -> "f" + word(i)).collect(Collectors.joining(", ")) + ".";
        assertThat(analyzer.analyze(attributes.apply(2_000), "wide.md").entities().getFirst().fields()).hasSize(2_000);
        assertLinear(n -> analyzer.analyze(attributes.apply(n), "wide.md"), 1_000);

        IntFunction<String> sentences = n -> "A customer has many orders. ".repeat(n)
                + "An order belongs to a customer.";
        DomainModel merged = analyzer.analyze(sentences.apply(2_000), "orders.md");
        assertThat(merged.relationships()).singleElement().satisfies(r -> assertThat(r.required()).isTrue());
        assertLinear(n -> analyzer.analyze(sentences.apply(n), "orders.md"), 1_000);
    }

    /**
     * Eight times the input may cost at most about eight times the CPU (a quadratic step
     * costs 64 times).
     */
    private static void assertLinear(IntConsumer work, int n) {
        work.accept(8 * n); // warm up
        long small = Long.MAX_VALUE;
        long large = Long.MAX_VALUE;
        for (int i = 0; i < 3; i++) {
            small = Math.min(small, cpuNanos(() -> work.accept(n)));
            large = Math.min(large, cpuNanos(() -> work.accept(8 * n)));
        }
        assertThat(large)
            .as("CPU time for %d and %d items: %d ms and %d ms", n, 8 * n, small / 1_000_000, large / 1_000_000)
            .isLessThan(20 * Math.max(small, 1_000_000));
    }

    private static long cpuNanos(Runnable work) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long start = threads.getCurrentThreadCpuTime();
        work.run();
        return threads.getCurrentThreadCpuTime() - start;
    }

    /** Analysed, or refused as a SpecException, within two seconds. */
    private static void quick(FreeTextAnalyzer analyzer, String text) {
        assertTimeoutPreemptively(Duration.ofSeconds(2), () -> {
            try {
                analyzer.analyze(text, "long.md");
            }
            catch (SpecException refused) {
                assertThat(refused.getMessage()).hasSizeLessThan(2_000);
            }
        });
    }

    /** A distinct word of letters for each number: a, b, ..., z, ba, bb, ... */
    private static String word(int n) {
        StringBuilder word = new StringBuilder();
        do {
            word.insert(0, (char) ('a' + n % 26));
            n /= 26;
        }
        while (n > 0);
        return word.toString();
    }

}
