package io.scaffold.orchestrator.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;

/**
 * The terminal a run's clarifying questions and approvals are asked in: one reader of the
 * input for both (two readers on one stdin take each other's lines), the local user who
 * answers, and how often open tasks are looked for.
 */
final class Terminal {

    private static final long POLL_INTERVAL_MS = 250;

    private final BufferedReader in;

    private final PrintStream out;

    private final String user = System.getProperty("user.name", "cli");

    private final Map<String, Long> lastPolls = new HashMap<>();

    Terminal(BufferedReader in, PrintStream out) {
        this.in = in;
        this.out = out;
    }

    PrintStream out() {
        return out;
    }

    /** Who answers at this terminal. */
    String user() {
        return user;
    }

    /** Whether it is time to look for open tasks of this kind again. */
    boolean pollDue(String kind) {
        long now = System.currentTimeMillis();
        Long last = lastPolls.get(kind);
        if (last != null && now - last < POLL_INTERVAL_MS) {
            return false;
        }
        lastPolls.put(kind, now);
        return true;
    }

    /**
     * Asks and reads one line.
     * @param waiting what waits for the answer, for the error when the input is closed,
     * e.g. "gate approval needed"
     */
    String prompt(String question, String waiting) {
        out.print(question);
        out.flush();
        try {
            String line = in.readLine();
            if (line == null) {
                throw new IllegalStateException(waiting + " but the terminal gave no answer (input closed); "
                        + "answer interactively or run with --automation full");
            }
            return line;
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

}
