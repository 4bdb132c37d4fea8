package org.summitcoverage.dict;

import java.util.Locale;

/** The value of a roman numeral up to C (`XIX` → 19), in capitals or not: meetings number their editions so. */
public final class RomanNumerals {
    private RomanNumerals() {
    }

    /** The value of {@code numeral}, made only of I, V, X, L and C (either case); 0 for anything else. */
    public static int value(String numeral) {
        String r = numeral.toUpperCase(Locale.ROOT);
        if (r.isEmpty() || !r.matches("[IVXLC]+")) {
            return 0;
        }
        int total = 0;
        int prev = 0;
        for (int i = r.length() - 1; i >= 0; i--) {
            int v = switch (r.charAt(i)) {
                case 'I' -> 1;
                case 'V' -> 5;
                case 'X' -> 10;
                case 'L' -> 50;
                default -> 100;
            };
            total += v < prev ? -v : v;
            prev = Math.max(prev, v);
        }
        return total;
    }
}
