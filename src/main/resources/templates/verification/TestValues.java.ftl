package ${app.basePackage};

import java.math.BigDecimal;
import java.util.List;
import java.util.regex.Pattern;

/** Valid field values for tests: different for every {@code n}, so unique constraints hold across tests. */
final class TestValues {

    private TestValues() {
    }

    static String text(int n, Integer minLength, Integer maxLength, String pattern) {
        List<String> candidates = pattern == null
                ? List.of("value " + n)
                : List.of("user" + n + "@example.com", "A" + n, "a" + n, String.valueOf(n), "value " + n);
        for (String candidate : candidates) {
            String value = fit(candidate, minLength, maxLength);
            if (pattern == null || Pattern.compile(pattern).matcher(value).find()) {
                return value;
            }
        }
        throw new IllegalStateException("No test value matches the pattern " + pattern
                + "; add a matching candidate to TestValues.text");
    }

    /**
     * Pads in front up to the minimum length ('0' before a number, so digit-only patterns still match; 'x'
     * otherwise) and keeps the (unique) end when longer than the maximum.
     */
    private static String fit(String value, Integer minLength, Integer maxLength) {
        StringBuilder padded = new StringBuilder(value);
        char pad = Character.isDigit(value.charAt(0)) ? '0' : 'x';
        while (minLength != null && padded.length() < minLength) {
            padded.insert(0, pad);
        }
        String fitted = padded.toString();
        return maxLength != null && fitted.length() > maxLength ? fitted.substring(fitted.length() - maxLength) : fitted;
    }

    static BigDecimal number(int n, String min, String max) {
        BigDecimal low = min != null ? new BigDecimal(min) : max != null ? new BigDecimal(max).subtract(BigDecimal.valueOf(1000)) : BigDecimal.ZERO;
        BigDecimal high = max != null ? new BigDecimal(max) : low.add(BigDecimal.valueOf(1_000_000));
        BigDecimal start = low.setScale(0, java.math.RoundingMode.CEILING);
        long span = high.subtract(start).longValue();
        return span <= 0 ? start : start.add(BigDecimal.valueOf(n % (span + 1)));
    }

    static byte[] bytes(int n, Integer minLength, Integer maxLength) {
        int length = Math.max(minLength == null ? 0 : minLength, Math.min(maxLength == null ? 4 : maxLength, 4));
        byte[] value = new byte[length];
        for (int i = 0; i < length; i++) {
            value[i] = (byte) (n + i);
        }
        return value;
    }
}
