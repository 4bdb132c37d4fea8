package org.summitcoverage.clean;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Removes site furniture from text copied from a news page (docs/annotation.md § Scope), by line:
 * breadcrumbs, bylines, share buttons, cookie banners, and blocks of teasers under "Lire aussi"-style
 * headings. Markers come from {@link FurnitureRules}; the teaser rules are structural (short title-like
 * lines, snippets cut with "..."), so they work on sites whose wording we have not seen.
 */
public final class FurnitureCleaner {
    private static final Pattern LINE_BREAK = Pattern.compile("\\r\\n|\\r|\\n|\\u2028|\\u2029");
    private static final Pattern RUNS_OF_SPACES = Pattern.compile("[ \\t\\x0B\\f]+");
    /** Long enough, and ending like a sentence: this is body prose, not a teaser. */
    private static final int PROSE_MIN_CHARS = 160;
    private static final int TITLE_MAX_CHARS = 180;

    private final FurnitureRules rules;

    public FurnitureCleaner(FurnitureRules rules) {
        this.rules = rules;
    }

    public FurnitureCleaner() {
        this(FurnitureRules.defaults());
    }

    public CleanText clean(String raw) {
        List<String> lines = new ArrayList<>();
        for (String l : LINE_BREAK.split(raw)) {
            String line = RUNS_OF_SPACES.matcher(l).replaceAll(" ").strip();
            if (!line.isEmpty()) {
                lines.add(rules.stripSuffix(rules.stripPrefix(line)));
            }
        }
        List<String> kept = new ArrayList<>();
        boolean inTeaserBlock = false;
        int dropped = 0;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (rules.isHeading(line)) {
                inTeaserBlock = true;
                dropped++;
                continue;
            }
            if (rules.isDropLine(line) || isTruncatedCopy(line, lines)) {
                dropped++;
                continue;
            }
            if (inTeaserBlock) {
                if (!isProse(line)) {
                    dropped++;
                    continue;
                }
                inTeaserBlock = false;
            }
            if (isCutSnippet(line)) {
                // A teaser is a title line followed by its snippet cut with "...": drop both.
                if (!kept.isEmpty() && kept.size() > 1 && isTitleLike(kept.get(kept.size() - 1))) {
                    kept.remove(kept.size() - 1);
                    dropped++;
                }
                dropped++;
                continue;
            }
            kept.add(line);
        }
        String title = !kept.isEmpty() && isTitleLike(kept.get(0)) ? kept.get(0) : null;
        return new CleanText(String.join("\n\n", kept), title, dropped);
    }

    static boolean isCutSnippet(String line) {
        String s = line.strip();
        return s.length() < 400 && (s.endsWith("...") || s.endsWith("…")) && !s.endsWith("....");
    }

    static boolean isTitleLike(String line) {
        return line.length() <= TITLE_MAX_CHARS && !endsLikeSentence(line);
    }

    static boolean isProse(String line) {
        return line.length() >= PROSE_MIN_CHARS && endsLikeSentence(line) && !isCutSnippet(line);
    }

    private static boolean endsLikeSentence(String line) {
        String s = line.strip();
        if (s.isEmpty()) {
            return false;
        }
        char c = s.charAt(s.length() - 1);
        return c == '.' || c == '!' || c == '?' || c == '»' || c == '"' || c == '”' || c == ')' || c == ':';
    }

    /** A line cut with "..." whose stem starts another line is a truncated duplicate (e.g. of the title). */
    private static boolean isTruncatedCopy(String line, List<String> all) {
        if (!isCutSnippet(line)) {
            return false;
        }
        String stem = line.strip().replaceAll("(\\.\\.\\.|…)$", "").strip();
        if (stem.length() < 20) {
            return false;
        }
        for (String other : all) {
            if (other != line && other.length() > stem.length() && other.startsWith(stem)) {
                return true;
            }
        }
        return false;
    }
}
