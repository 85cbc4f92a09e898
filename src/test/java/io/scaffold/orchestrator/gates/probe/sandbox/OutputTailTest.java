package io.scaffold.orchestrator.gates.probe.sandbox;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

class OutputTailTest {

    @Test
    void keepsEverythingThatFits() {
        OutputTail tail = new OutputTail(16);
        write(tail, "0123456789");

        assertThat(tail.text()).isEqualTo("0123456789");
    }

    @Test
    void keepsTheLastBytesAndSaysHowManyWereDropped() {
        OutputTail tail = new OutputTail(8);
        write(tail, "abcdef");
        write(tail, "ghijk");
        write(tail, "0123456789ABCDEFGHIJ"); // longer than the whole tail

        assertThat(tail.text()).isEqualTo("[23 bytes of earlier build output dropped]\nCDEFGHIJ");
    }

    private static void write(OutputTail tail, String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        tail.write(bytes, bytes.length);
    }

}
