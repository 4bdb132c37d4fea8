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
        rules.joinedHeadings = joined(rules.headings);
        rules.joinedDropLines = joined(rules.dropLines);
        return rules;
    }

    boolean isHeading(String line) {
        Pattern joined = joinedHeadings;
        return joined != null ? joined.matcher(line).matches() : anyMatches(headings, line);
    }

    boolean isDropLine(String line) {
        Pattern joined = joinedDropLines;
        return joined != null ? joined.matcher(line).matches() : anyMatches(dropLines, line);
    }

    /** Each line is tried against every pattern of a kind: one alternation of them builds one matcher, not one per row. */
    Pattern joinedHeadings;
    Pattern joinedDropLines;
    /** What would make an alternation differ from trying the patterns one by one: a flag left on, a back-reference,
     * a group name, a quotation. */
    private static final Pattern NOT_JOINABLE = Pattern.compile("\\\\(?:[1-9]|k<|Q)|\\(\\?(?:[idmsuxU-]+\\)|<[a-zA-Z])");

    /**
     * {@code (?:p1)|(?:p2)|…}: {@code matches()} backtracks into every branch, so the whole line matches it exactly when it
     * matches one of the patterns; null (the list is tried one by one) when some pattern could leak into the others.
     */
    private static Pattern joined(List<Pattern> patterns) {
        StringBuilder sb = new StringBuilder();
        for (Pattern p : patterns) {
            if (NOT_JOINABLE.matcher(p.pattern()).find()) {
                return null;
            }
            sb.append(sb.length() == 0 ? "" : "|").append("(?:").append(p.pattern()).append(')');
        }
        try {
            return patterns.isEmpty() ? null : Pattern.compile(sb.toString(), FLAGS);
        } catch (RuntimeException e) {
            return null;
        }
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
