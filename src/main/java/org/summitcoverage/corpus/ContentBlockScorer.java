package org.summitcoverage.corpus;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Element;

/**
 * Finds the element(s) that hold the article body on a page of unknown markup. Each text block
 * votes for its ancestors with a weight that grows with its length and punctuation (prose has
 * commas, menus do not); an element's total is then discounted by its link density and adjusted by
 * generic hints (schema.org {@code articleBody}, {@code <article>}, class words such as "content"
 * or "sidebar"). Siblings of the winner that also look like prose are kept with it, since many
 * templates split one article across several sibling containers.
 */
final class ContentBlockScorer {

    /** Blocks shorter than this are captions, labels or menu items: they do not vote. */
    private static final int MIN_VOTING_CHARS = 20;
    private static final int ANCESTOR_LEVELS = 5;

    private final Element body;
    private final Map<Element, Double> scores = new IdentityHashMap<>();
    private final Map<Element, int[]> charStats = new IdentityHashMap<>();
    /** Paragraphs voting for an element as their parent or grandparent. */
    private final Map<Element, Integer> closeVoters = new IdentityHashMap<>();

    private ContentBlockScorer(Element body) {
        this.body = body;
    }

    /**
     * Where the article is.
     *
     * @param core     the content roots in document order ({@code body} itself when nothing looks
     *                 like prose); their text is filtered leniently
     * @param extended an ancestor of the core that also holds further prose (old table layouts
     *                 split one article across cells), or null; outside the core only full prose
     *                 paragraphs are taken from it
     */
    record Selection(List<Element> core, Element extended) {
        List<Element> roots() {
            return extended == null ? core : List.of(extended);
        }

        boolean inCore(Element e) {
            for (Element r : core) {
                if (isAncestorOrSelf(r, e)) {
                    return true;
                }
            }
            return false;
        }
    }

    static Selection locate(Element body, List<PageTextBlock> blocks) {
        ContentBlockScorer scorer = new ContentBlockScorer(body);
        List<Element> core = scorer.run(blocks);
        return new Selection(core, scorer.extension(core, blocks));
    }

    /**
     * Prose the scorer left outside the core: the highest ancestor (a few levels up) whose extra
     * text is mostly full sentences and adds at least a quarter of what the core holds.
     */
    private Element extension(List<Element> core, List<PageTextBlock> blocks) {
        if (core.isEmpty() || core.get(0) == body) {
            return null;
        }
        Map<Element, int[]> proseStats = new IdentityHashMap<>();
        for (PageTextBlock b : blocks) {
            if (b.isHeading()) {
                continue;
            }
            boolean prose = isStrictProse(b);
            for (Element e = b.owner; e != null; e = e.parent()) {
                int[] st = proseStats.computeIfAbsent(e, k -> new int[2]);
                st[prose ? 0 : 1] += b.chars;
                if (e == body) {
                    break;
                }
            }
        }
        int coreProse = 0;
        int coreNoise = 0;
        for (Element r : core) {
            int[] st = proseStats.getOrDefault(r, new int[2]);
            coreProse += st[0];
            coreNoise += st[1];
        }
        if (coreProse == 0) {
            return null;
        }
        Element best = null;
        Element p = core.get(0).parent();
        for (int level = 0; p != null && p != body && level < 6; level++, p = p.parent()) {
            int[] st = proseStats.getOrDefault(p, new int[2]);
            int gain = st[0] - coreProse;
            int noise = st[1] - coreNoise;
            if (FurnitureHints.isNegative(p) || noise > 3 * coreProse) {
                break;
            }
            if (gain * 4 >= coreProse && gain >= 2 * noise) {
                best = p;
            }
        }
        return best;
    }

    /**
     * A paragraph of article prose by itself, whatever its container: long, sentence-final, not
     * a truncated teaser, hardly linked, and not sitting in a link-heavy item.
     */
    private boolean isStrictProse(PageTextBlock b) {
        if (b.chars < 80 || b.linkDensity() > 0.1 || !b.endsLikeSentence()) {
            return false;
        }
        String t = b.text.strip();
        if (t.endsWith("…") || t.endsWith("...") || t.endsWith("[…]") || t.endsWith("(...)")) {
            return false;
        }
        Element parent = b.owner.parent();
        if (parent != null && linkDensity(parent) > 0.3) {
            return false;
        }
        for (Element e = b.owner; e != null && e != body; e = e.parent()) {
            if (FurnitureHints.isNegative(e)) {
                return false;
            }
        }
        return true;
    }

    private List<Element> run(List<PageTextBlock> blocks) {
        for (PageTextBlock b : blocks) {
            for (Element e = b.owner; e != null; e = e.parent()) {
                int[] st = charStats.computeIfAbsent(e, k -> new int[2]);
                st[0] += b.chars;
                st[1] += b.linkChars;
                if (e == body) {
                    break;
                }
            }
        }
        for (PageTextBlock b : blocks) {
            if (b.isHeading() || b.chars < MIN_VOTING_CHARS) {
                continue;
            }
            double vote = 1 + commas(b.text) + Math.min(b.chars / 100.0, 3.0);
            Element start = b.sharedOwner ? b.owner : b.owner.parent();
            Element e = start;
            for (int level = 0; e != null && level < ANCESTOR_LEVELS; level++, e = e.parent()) {
                double divider = level == 0 ? 1 : level == 1 ? 2 : level * 3;
                double base = scores.containsKey(e) ? scores.get(e) : tagScore(e);
                scores.put(e, base + vote / divider);
                if (level <= 1) {
                    closeVoters.merge(e, 1, Integer::sum);
                }
                if (e == body) {
                    break;
                }
            }
        }
        if (scores.isEmpty()) {
            return List.of(body);
        }
        List<Element> ranked = new ArrayList<>(scores.keySet());
        for (Element e : ranked) {
            double withHints = scores.get(e) + hintScore(e, closeVoters.getOrDefault(e, 0));
            scores.put(e, withHints * (1 - linkDensity(e)));
        }
        ranked.sort(Comparator.comparingDouble(this::score).reversed());
        Element top = ranked.get(0);
        double topScore = score(top);
        if (topScore <= 0) {
            return List.of(body);
        }

        top = promoteCommonAncestor(top, topScore, ranked);
        top = climbWhileScoreRises(top);
        while (top != body && top.parent() != null && top.parent() != body && top.parent().childrenSize() == 1) {
            top = top.parent();
        }
        return withProseSiblings(top);
    }

    /**
     * When several near-equal candidates (e.g. the sections of one long article) sit under one
     * ancestor, that ancestor is the article.
     */
    private Element promoteCommonAncestor(Element top, double topScore, List<Element> ranked) {
        List<Element> close = new ArrayList<>();
        for (int i = 1; i < Math.min(5, ranked.size()); i++) {
            if (score(ranked.get(i)) / topScore >= 0.75) {
                close.add(ranked.get(i));
            }
        }
        if (close.size() < 3) {
            return top;
        }
        for (Element p = top.parent(); p != null && p != body; p = p.parent()) {
            int contained = 0;
            for (Element c : close) {
                if (isAncestorOrSelf(p, c)) {
                    contained++;
                }
            }
            if (contained >= 3) {
                return p;
            }
        }
        return top;
    }

    /** A parent that outscores its best child holds more of the article than the child does. */
    private Element climbWhileScoreRises(Element top) {
        double last = score(top);
        double floor = last / 3;
        for (Element p = top.parent(); p != null && p != body; p = p.parent()) {
            if (!scores.containsKey(p)) {
                continue;
            }
            double ps = scores.get(p);
            if (ps < floor) {
                break;
            }
            if (ps > last) {
                return p;
            }
            last = ps;
        }
        return top;
    }

    /**
     * Siblings that score a fifth of the winner, or are themselves a paragraph of prose, belong to
     * the same article (an ad slot or a newsletter box often splits the body in two containers).
     */
    private List<Element> withProseSiblings(Element top) {
        Element parent = top.parent();
        if (parent == null || top == body) {
            return List.of(top);
        }
        double topScore = score(top);
        double threshold = Math.max(10, topScore * 0.2);
        List<Element> roots = new ArrayList<>();
        for (Element sib : parent.children()) {
            if (sib == top) {
                roots.add(sib);
                continue;
            }
            if (FurnitureHints.isNegative(sib)) {
                continue;
            }
            double s = scores.getOrDefault(sib, 0.0);
            if (!top.className().isEmpty() && top.className().equals(sib.className())) {
                s += topScore * 0.2;
            }
            if (s >= threshold || looksLikeProseParagraph(sib)) {
                roots.add(sib);
            }
        }
        return roots;
    }

    private boolean looksLikeProseParagraph(Element e) {
        List<PageTextBlock> blocks = PageTextBlock.split(e);
        if (blocks.size() != 1 || blocks.get(0).isHeading()) {
            return false;
        }
        PageTextBlock b = blocks.get(0);
        for (Element x = b.owner; x != null && x != e.parent(); x = x.parent()) {
            if (FurnitureHints.isNegative(x)) {
                return false;
            }
        }
        double ld = b.linkDensity();
        if (b.chars > 80) {
            // A div of one long line can be a player or a promo; a paragraph of prose ends like one.
            return ld < 0.25 && (e.normalName().equals("p") || b.endsLikeSentence());
        }
        return b.chars > 0 && ld == 0 && (b.text.contains(". ") || b.text.endsWith("."));
    }

    private static double tagScore(Element e) {
        return switch (e.normalName()) {
            case "div", "article", "section", "main" -> 5;
            case "pre", "td", "blockquote" -> 3;
            case "address", "ol", "ul", "dl", "dd", "dt", "li", "form" -> -3;
            case "h1", "h2", "h3", "h4", "h5", "h6", "th" -> -5;
            default -> 0;
        };
    }

    /**
     * Class, schema.org and tag hints. A positive hint counts in full only on an element holding
     * several paragraphs: a teaser excerpt is also called "post-excerpt" or "entry-summary", and
     * one such box must not outweigh an unnamed container of a dozen paragraphs.
     */
    private static double hintScore(Element e, int closeVoters) {
        double positive = 0;
        if (FurnitureHints.isPositive(e)) {
            positive += 25;
        }
        if (FurnitureHints.isArticleBodyHint(e)) {
            positive += 25;
        }
        if (e.normalName().equals("article") || e.normalName().equals("main")
                || e.attr("role").equalsIgnoreCase("main")) {
            positive += 10;
        }
        double s = positive * Math.min(1.0, closeVoters / 3.0);
        if (FurnitureHints.isNegative(e)) {
            s -= 25;
        }
        return s;
    }

    private double score(Element e) {
        return scores.getOrDefault(e, 0.0);
    }

    private double linkDensity(Element e) {
        int[] st = charStats.get(e);
        return st == null || st[0] == 0 ? 0 : (double) st[1] / st[0];
    }

    private static int commas(String text) {
        int n = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == ',' || c == '،' || c == '，') {
                n++;
            }
        }
        return n;
    }

    static boolean isAncestorOrSelf(Element ancestor, Element e) {
        for (Element p = e; p != null; p = p.parent()) {
            if (p == ancestor) {
                return true;
            }
        }
        return false;
    }
}
