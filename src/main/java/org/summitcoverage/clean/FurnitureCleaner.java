package org.summitcoverage.clean;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Removes site furniture from text copied from a news page (docs/annotation.md § Scope), by line:
 * breadcrumbs, bylines, share buttons, cookie banners, and blocks of teasers under "Lire aussi"-style
 * headings. Markers come from {@link FurnitureRules}; the teaser rules are structural (short title-like
 * lines, snippets cut with "..."), so they work on sites whose wording we have not seen.
 */
public final class FurnitureCleaner {
    private static final Pattern LINE_BREAK = Pattern.compile("\\r\\n|\\r|\\n|\\u2028|\\u2029");
    private static final Pattern RUNS_OF_SPACES = Pattern.compile("[ \\x0B\\f]+");
    private static final Pattern TABS = Pattern.compile("[ ]*\\t[\\t ]*");
    /** A cell separator of a table flattened into lines: a bar or a tab between cells. */
    private static final Pattern CELL_SEPARATOR = Pattern.compile("\\s*(?:\\t|[|│¦])\\s*");
    /**
     * A dateline opening the lede: the place (`LOMÉ`, `Addis-Abeba`, `RIO DE JANEIRO`, `Saint-Louis du Sénégal`),
     * maybe a country or agency in brackets, a date (`, 14 mars`, `, le 18 avril 2026`, `, 15 févr`), an agency (`(AFP)`,
     * `/ TASS/.`), then a dash or a colon before the first word of the story.
     */
    private static final Pattern DATELINE = Pattern.compile(
            "(?<place>\\p{Lu}[\\p{L}’'.-]*(?:[ -](?:(?:de|du|des|d’|d'|la|le|les|el|al|sur|en|au|aux)[ -]?)?\\p{Lu}[\\p{L}’'.-]*){0,4})"
            + "(?:\\s*\\((?<where>[^()]{2,40})\\))?"
            + "(?<date>\\s*,\\s*(?:le\\s+)?(?:(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)\\s+)?\\d{1,2}(?:er)?\\s+"
            + "(?:janvier|février|fevrier|mars|avril|mai|juin|juillet|août|aout|septembre|octobre|novembre|décembre|decembre"
            + "|janv|févr|fevr|fév|fev|avr|juil|sept|oct|nov|déc|dec)" // agencies abbreviate the month: `15 févr (APS) -`
            + "(?:\\s+\\d{4})?\\.?)?"
            + "(?<agency>\\s*\\((?:[^()]{2,40})\\)|\\s*/\\s*[^/]{2,25}/\\.?)?"
            + "(?<source>\\s*[-–—]\\s*\\p{Lu}[\\p{Lu}\\d .]{2,30}(?:\\s*\\([^()]{2,30}\\))?)?"
            + "(?<sep>\\s*(?:--|[-–—:])|(?<=/\\.))\\s+(?=[\\p{Lu}«\"“\\d])", Pattern.UNICODE_CASE);
    /** Only the first lines of a page can open the lede with a dateline. */
    private static final int DATELINE_MAX_LINE = 8;
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
            String line = RUNS_OF_SPACES.matcher(TABS.matcher(l).replaceAll("\t")).replaceAll(" ").strip();
            if (!line.isEmpty()) {
                String unprefixed = rules.stripPrefix(line);
                if (unprefixed != line && isLastCrumb(unprefixed)) {
                    continue; // `AccueilActualitéPolitiqueAfrique de l’Ouest`: the crumbs to the end of the line
                }
                line = rules.stripSuffix(unprefixed);
                // (h42-entites9) `AFP - NIPAH X` alone on its line is a photo credit, not a dateline `AFP -` and a lede
                Matcher d = lines.size() < DATELINE_MAX_LINE && !rules.isDropLine(line) ? DATELINE.matcher(line) : null;
                if (d != null && d.lookingAt() && isDateline(d)) {
                    lines.add(line.substring(0, d.end("sep")).strip()); // the dateline, a paragraph of its own
                    line = line.substring(d.end()).strip();
                }
                lines.add(line);
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
            kept.add(joinTableCells(line));
        }
        String text = GluedWords.repair(String.join("\n\n", kept)); // words a page's extraction glued together
        String title = !kept.isEmpty() && isTitleLike(kept.get(0)) ? text.split("\n\n", 2)[0] : null;
        return new CleanText(text, title, dropped);
    }

    /**
     * A dateline, not a headline that starts with a name (`Afrique – États-Unis : …`): the place is written in
     * capitals, or a date or an agency follows it.
     */
    static boolean isDateline(Matcher d) {
        String place = d.group("place");
        boolean capitals = place.codePoints().filter(Character::isLetter).allMatch(Character::isUpperCase)
                && place.codePoints().filter(Character::isLetter).count() >= 3;
        boolean dated = d.group("date") != null || d.group("agency") != null;
        // `Niamey (Niger) - Le sommet…`: a city and its country in brackets before a dash place the story, as a date
        // or an agency would; without the dateline cut off, the bracketed country reads as the first sentence's subject
        boolean placed = d.group("where") != null && d.group("where").strip().matches("\\p{Lu}[\\p{L}’' -]*")
                && !d.group("sep").strip().equals(":");
        return (capitals || dated || placed) && (d.group("sep").strip().equals(":") ? dated : true);
    }

    /**
     * A row of a table flattened into a line, its cells separated by bars or tabs (`Oman | Salim X | ministre`):
     * the cells joined by semicolons, so that no name runs from one cell into the next. A line with one bar
     * (`Sommet de Lomé | Le Journal`) is left as it is.
     */
    static String joinTableCells(String line) {
        String[] cells = CELL_SEPARATOR.split(line, -1);
        if (cells.length < 3 && !line.contains("\t")) {
            return line.replace('\t', ' ');
        }
        List<String> kept = new ArrayList<>();
        for (String c : cells) {
            if (!c.isBlank()) {
                kept.add(c.strip());
            }
        }
        return String.join(" ; ", kept);
    }

    static boolean isCutSnippet(String line) {
        String s = line.strip();
        return s.length() < 400 && (s.endsWith("...") || s.endsWith("…")) && !s.endsWith("....");
    }

    /**
     * (h59-ent) What a glued breadcrumb leaves when it fills its line: the last crumb, the rubric (`Afrique de l’Ouest`,
     * `Monde arabe et islamique`), a few words with no punctuation of a sentence or a headline. A headline glued to the
     * crumbs (`AccueilNewsSommet de Paris : 60 pays …`) is longer or punctuated, or opens with an article (`Le G7 divisé`),
     * and stays.
     */
    static boolean isLastCrumb(String rest) {
        return LAST_CRUMB.matcher(rest).matches();
    }

    private static final Pattern LAST_CRUMB = Pattern.compile(
            "(?!(?:Le|La|Les|L’|L'|Un|Une|Des)\\b)\\p{Lu}[\\p{L}’'-]*(?:[ -]+[\\p{L}’'-]+){0,3}", Pattern.UNICODE_CASE);

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
