package io.scaffold.orchestrator.api;

import java.util.ArrayList;
import java.util.List;

/**
 * A unified diff of two texts (longest common subsequence of lines; artifacts are small).
 */
final class LineDiff {

    private static final int CONTEXT = 3;

    private LineDiff() {
    }

    static String unified(String fromName, String from, String toName, String to) {
        String[] a = from.split("\n", -1);
        String[] b = to.split("\n", -1);
        int[][] lcs = new int[a.length + 1][b.length + 1];
        for (int i = a.length - 1; i >= 0; i--) {
            for (int j = b.length - 1; j >= 0; j--) {
                lcs[i][j] = a[i].equals(b[j]) ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
            }
        }
        // Edit script: ' ' keep, '-' delete from a, '+' insert from b; with positions in
        // a and b.
        List<Edit> edits = new ArrayList<>();
        int i = 0;
        int j = 0;
        while (i < a.length || j < b.length) {
            if (i < a.length && j < b.length && a[i].equals(b[j])) {
                edits.add(new Edit(' ', a[i], i++, j++));
            }
            else if (j < b.length && (i == a.length || lcs[i][j + 1] >= lcs[i + 1][j])) {
                edits.add(new Edit('+', b[j], i, j++));
            }
            else {
                edits.add(new Edit('-', a[i], i++, j));
            }
        }
        StringBuilder out = new StringBuilder("--- ").append(fromName).append("\n+++ ").append(toName).append('\n');
        int k = 0;
        while (k < edits.size()) {
            if (edits.get(k).op == ' ') {
                k++;
                continue;
            }
            int start = Math.max(0, k - CONTEXT);
            int end = k;
            int lastChange = k;
            while (end < edits.size() && end - lastChange <= 2 * CONTEXT) {
                if (edits.get(end).op != ' ') {
                    lastChange = end;
                }
                end++;
            }
            end = Math.min(edits.size(), lastChange + CONTEXT + 1);
            int fromCount = 0;
            int toCount = 0;
            for (int e = start; e < end; e++) {
                if (edits.get(e).op != '+')
                    fromCount++;
                if (edits.get(e).op != '-')
                    toCount++;
            }
            out.append("@@ -")
                .append(edits.get(start).aLine + 1)
                .append(',')
                .append(fromCount)
                .append(" +")
                .append(edits.get(start).bLine + 1)
                .append(',')
                .append(toCount)
                .append(" @@\n");
            for (int e = start; e < end; e++) {
                out.append(edits.get(e).op).append(edits.get(e).line).append('\n');
            }
            k = end;
        }
        return out.toString();
    }

    private record Edit(char op, String line, int aLine, int bLine) {
    }

}
