package org.summitcoverage.clean;

import org.summitcoverage.dict.TsvResource;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** The furniture markers of {@code dict/furniture.tsv}, compiled once. */
public final class FurnitureRules {
    private static final String RESOURCE = "/dict/furniture.tsv";
    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

    final List<Pattern> headings = new ArrayList<>();
    final List<Pattern> dropLines = new ArrayList<>();
    final List<Pattern> prefixes = new ArrayList<>();
    final List<Pattern> suffixes = new ArrayList<>();

    private static final class Holder {
        static final FurnitureRules DEFAULT = load();
    }

    public static FurnitureRules defaults() {
        return Holder.DEFAULT;
    }

    static FurnitureRules load() {
        FurnitureRules rules = new FurnitureRules();
        for (TsvResource.Row row : TsvResource.read(RESOURCE, "kind", "pattern")) {
            Pattern p;
            try {
                p = Pattern.compile(row.get(1), FLAGS);
            } catch (RuntimeException e) {
                throw new IllegalStateException(row.where() + ": bad pattern: " + e.getMessage(), e);
            }
            switch (row.get(0)) {
                case "heading" -> rules.headings.add(p);
                case "drop_line" -> rules.dropLines.add(p);
                case "prefix" -> rules.prefixes.add(p);
                case "suffix" -> rules.suffixes.add(p);
                default -> throw new IllegalStateException(row.where() + ": unknown kind " + row.get(0));
            }
        }
        return rules;
    }

    boolean isHeading(String line) {
        return anyMatches(headings, line);
    }

    boolean isDropLine(String line) {
        return anyMatches(dropLines, line);
    }

    String stripPrefix(String line) {
        for (Pattern p : prefixes) {
            var m = p.matcher(line);
            if (m.lookingAt() && m.end() > 0 && m.end() < line.length()) {
                return line.substring(m.end()).strip();
            }
        }
        return line;
    }

    /** The line without a credit glued to its end (`… le 8 mai. © Agence X via Y`), when some text stays. */
    String stripSuffix(String line) {
        for (Pattern p : suffixes) {
            var m = p.matcher(line);
            while (m.find()) {
                if (m.end() == line.length() && m.start() > 0) {
                    return line.substring(0, m.start()).strip();
                }
            }
        }
        return line;
    }

    private static boolean anyMatches(List<Pattern> patterns, String line) {
        for (Pattern p : patterns) {
            if (p.matcher(line).matches()) {
                return true;
            }
        }
        return false;
    }
}
