package io.scaffold.orchestrator.gates.probe.sandbox;

import java.nio.charset.StandardCharsets;

/**
 * The last {@code capacity} bytes written to it: a build may print without bound, the
 * server keeps only the end, which is where Maven reports what failed. What came before
 * is counted, not kept.
 */
final class OutputTail {

    private final byte[] ring;

    private long written;

    OutputTail(int capacity) {
        this.ring = new byte[capacity];
    }

    synchronized void write(byte[] bytes, int length) {
        int from = Math.max(0, length - ring.length); // more than fits: only its end
                                                      // matters
        for (int i = from; i < length; i++) {
            ring[(int) ((written + i) % ring.length)] = bytes[i];
        }
        written += length;
    }

    synchronized String text() {
        if (written <= ring.length) {
            return new String(ring, 0, (int) written, StandardCharsets.UTF_8);
        }
        int start = (int) (written % ring.length);
        byte[] ordered = new byte[ring.length];
        System.arraycopy(ring, start, ordered, 0, ring.length - start);
        System.arraycopy(ring, 0, ordered, ring.length - start, start);
        return "[" + (written - ring.length) + " bytes of earlier build output dropped]\n"
                + new String(ordered, StandardCharsets.UTF_8);
    }

}
