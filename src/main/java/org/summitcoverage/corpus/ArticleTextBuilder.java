package org.summitcoverage.corpus;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Builds the article text of a parsed page: title, then lead, then body paragraphs in document
 * order, with what furniture survived the container choice filtered out block by block.
 */
final class ArticleTextBuilder {

    /** Above this share of link text a block is a list of links, not prose. */
    private static final double MAX_LINK_DENSITY = 0.5;
    private static final int MAX_LEAD_BLOCKS = 3;

    private ArticleTextBuilder() {
    }

    /** The article text, or "" when the page holds no body text. */
    static String build(Document doc, PageMetadataReader.PageMetadata meta) {
        PageCleaner.clean(doc);
        Element body = doc.body();
        if (body == null) {
            return "";
        }
        List<PageTextBlock> blocks = PageTextBlock.split(body);
        if (blocks.isEmpty()) {
            return "";
        }
        Element titleHeading = findTitleHeading(body, meta.title());
        ContentBlockScorer.Selection selection = ContentBlockScorer.locate(body, blocks);
        List<Element> roots = selection.core();

        String title = titleHeading != null ? headingText(titleHeading) : meta.title();
        if (title != null && title.isEmpty()) {
            title = meta.title();
        }
        List<String> lead = leadParagraphs(blocks, titleHeading, roots, meta.description());

        List<String> bodyParagraphs = bodyParagraphs(selection, titleHeading, title);
        if (bodyParagraphs.isEmpty() && !(roots.size() == 1 && roots.get(0) == body)) {
            bodyParagraphs = bodyParagraphs(new ContentBlockScorer.Selection(List.of(body), null), titleHeading, title);
        }
        if (bodyParagraphs.isEmpty()) {
            return "";
        }
        List<String> paragraphs = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        if (title != null && !title.isEmpty()) {
            paragraphs.add(title);
            seen.add(FurnitureHints.fold(title));
        }
        for (String p : lead) {
            if (seen.add(FurnitureHints.fold(p))) {
                paragraphs.add(p);
            }
        }
        for (String p : bodyParagraphs) {
            // A lead repeated at the top of the body, or a pull quote, should appear once.
            if (seen.add(FurnitureHints.fold(p)) || p.length() < 30) {
                paragraphs.add(p);
            }
        }
        return PageTextNormalizer.nfc(String.join("\n\n", paragraphs));
    }

    /**
     * The visible heading that carries the article title. Headings are matched against the
     * metadata title because the first {@code <h1>} is often the site name (blogs, old themes)
     * while the post title sits in an {@code <h2>} or {@code <h3>}.
     */
    private static Element findTitleHeading(Element body, String metaTitle) {
        if (metaTitle == null || squash(metaTitle).isEmpty()) {
            for (Element h : body.select("h1")) {
                if (squash(h.text()).length() >= 15) {
                    return h;
                }
            }
            return null;
        }
        String wanted = squash(metaTitle);
        List<Element> candidates = body.select("h1, h2, h3, [itemprop=headline], [itemprop=name]");
        for (boolean h1Only : new boolean[] {true, false}) {
            for (Element h : candidates) {
                if (h1Only && !h.normalName().equals("h1")) {
                    continue;
                }
                String s = squash(h.text());
                if (s.length() >= 8 && (s.equals(wanted)
                        || (wanted.contains(s) && s.length() * 10 >= wanted.length() * 6)
                        || (s.contains(wanted) && wanted.length() * 10 >= s.length() * 6))) {
                    return h;
                }
            }
        }
        // SEO titles reword the headline; most of the words still match.
        Set<String> metaWords = wordSet(metaTitle);
        for (Element h : body.select("h1, h2")) {
            Set<String> words = wordSet(h.text());
            if (words.size() < 3) {
                continue;
            }
            int common = 0;
            for (String w : words) {
                if (metaWords.contains(w)) {
                    common++;
                }
            }
            if (common * 10 >= Math.max(words.size(), metaWords.size()) * 6) {
                return h;
            }
        }
        return null;
    }

    private static Set<String> wordSet(String s) {
        Set<String> out = new HashSet<>();
        for (String w : FurnitureHints.fold(s).split("[^\\p{L}\\p{N}]+")) {
            if (!w.isEmpty()) {
                out.add(w);
            }
        }
        return out;
    }

    /**
     * Lead paragraphs (chapô) often sit between the title and the body container: keep prose found
     * there, or text the page marks as its lead or that repeats its meta description.
     */
    private static List<String> leadParagraphs(List<PageTextBlock> blocks, Element titleHeading, List<Element> roots,
            String description) {
        List<String> out = new ArrayList<>();
        if (titleHeading == null || insideAny(titleHeading, roots)) {
            return out;
        }
        int start = -1;
        int end = -1;
        for (int i = 0; i < blocks.size(); i++) {
            PageTextBlock b = blocks.get(i);
            if (start < 0 && ContentBlockScorer.isAncestorOrSelf(titleHeading, b.owner)) {
                start = i;
            }
            if (start >= 0 && insideAny(b.owner, roots)) {
                end = i;
                break;
            }
        }
        if (start < 0 || end < 0) {
            return out;
        }
        String desc = description == null ? null : squash(description);
        for (int i = start + 1; i < end && out.size() < MAX_LEAD_BLOCKS; i++) {
            PageTextBlock b = blocks.get(i);
            // Themes set the lead in a heading tag too ("post-subtitle"), so headings count when marked.
            boolean hinted = hasLeadHint(b.owner);
            if ((b.isHeading() && !hinted) || ContentBlockScorer.isAncestorOrSelf(titleHeading, b.owner)
                    || b.linkDensity() > 0.3 || FurnitureHints.isFurniturePhrase(b.text)) {
                continue;
            }
            boolean matchesDescription = desc != null && desc.length() >= 30
                    && squash(b.text).startsWith(desc.substring(0, Math.min(desc.length(), 60)));
            boolean prose = b.chars >= 80 && b.endsLikeSentence() && !insideNegative(b.owner, titleHeading);
            if ((hinted && b.chars >= 30) || matchesDescription || prose) {
                out.add(b.text);
            }
        }
        return out;
    }

    private static List<String> bodyParagraphs(ContentBlockScorer.Selection selection, Element titleHeading,
            String title) {
        List<PageTextBlock> kept = new ArrayList<>();
        String squashedTitle = title == null ? "" : squash(title);
        FurniturePruner.prune(selection.roots(), titleHeading);
        boolean titleInRoots = titleHeading != null && insideAny(titleHeading, selection.roots());
        boolean titleSeen = false;
        for (Element root : selection.roots()) {
            for (PageTextBlock b : PageTextBlock.split(root)) {
                if (b.chars == 0 || tooLinked(b) || FurnitureHints.isFurniturePhrase(b.text)) {
                    continue;
                }
                // Outside the core only whole paragraphs of prose are taken from the wider container.
                if (selection.extended() != null && !selection.inCore(b.owner) && !b.isHeading()
                        && !b.isFullParagraph()) {
                    continue;
                }
                if (titleHeading != null && ContentBlockScorer.isAncestorOrSelf(titleHeading, b.owner)) {
                    titleSeen = true;
                    continue;
                }
                // Kickers, breadcrumbs and badges sit above the title.
                if (titleInRoots && !titleSeen && isShortLine(b)) {
                    continue;
                }
                if (b.isHeading() && squash(b.text).equals(squashedTitle)) {
                    continue;
                }
                kept.add(b);
            }
        }
        dropDanglingShortLines(kept);
        List<String> out = new ArrayList<>();
        for (int i = 0; i < kept.size(); i++) {
            PageTextBlock b = kept.get(i);
            if (b.isHeading() && !introducesProse(kept, i)) {
                continue;
            }
            out.add(b.text);
        }
        return out;
    }

    /**
     * A short line without sentence punctuation (byline, date, reading time, kicker, signature,
     * subheading set in bold) is kept only when prose follows it in the same container: that is
     * what a subheading does, while header and footer lines end their container.
     */
    private static void dropDanglingShortLines(List<PageTextBlock> kept) {
        for (int i = kept.size() - 1; i >= 0; i--) {
            PageTextBlock b = kept.get(i);
            if (b.isHeading() || !isShortLine(b)) {
                continue;
            }
            Element container = lineContainer(b, kept, i);
            boolean proseFollows = false;
            for (int j = i + 1; j < kept.size() && !proseFollows; j++) {
                PageTextBlock next = kept.get(j);
                if (!ContentBlockScorer.isAncestorOrSelf(container, next.owner)) {
                    break;
                }
                proseFollows = !next.isHeading() && !isShortLine(next);
            }
            if (!proseFollows) {
                kept.remove(i);
            }
        }
    }

    private static boolean isShortLine(PageTextBlock b) {
        return !b.listItem && !b.tableCell && b.wordCount() <= 8 && !b.endsLikeSentence();
    }

    /**
     * The container a short line belongs to: its parent, or higher when the parent holds nothing
     * else (a subheading wrapped in its own blockquote or div).
     */
    private static Element lineContainer(PageTextBlock b, List<PageTextBlock> kept, int i) {
        Element c = b.sharedOwner || b.owner.parent() == null ? b.owner : b.owner.parent();
        while (c.parent() != null && holdsOnly(c, kept, i)) {
            c = c.parent();
        }
        return c;
    }

    private static boolean holdsOnly(Element c, List<PageTextBlock> kept, int i) {
        boolean before = i > 0 && ContentBlockScorer.isAncestorOrSelf(c, kept.get(i - 1).owner);
        boolean after = i + 1 < kept.size() && ContentBlockScorer.isAncestorOrSelf(c, kept.get(i + 1).owner);
        return !before && !after && c.children().size() <= 1;
    }

    /**
     * Link lists are furniture, but an item such as "2 décembre : <a>Reportage du JT</a>" in a list
     * of sources is content: list items go only when they are links and nothing else.
     */
    private static boolean tooLinked(PageTextBlock b) {
        return b.linkDensity() > (b.listItem ? 0.85 : MAX_LINK_DENSITY);
    }

    /** A heading is kept only when prose follows it before the next heading of its rank. */
    private static boolean introducesProse(List<PageTextBlock> kept, int i) {
        int level = kept.get(i).headingLevel;
        for (int j = i + 1; j < kept.size(); j++) {
            PageTextBlock next = kept.get(j);
            if (next.isHeading()) {
                if (next.headingLevel <= level) {
                    return false;
                }
                continue;
            }
            return true;
        }
        return false;
    }

    private static boolean hasLeadHint(Element e) {
        int level = 0;
        for (Element p = e; p != null && level < 3; p = p.parent(), level++) {
            if (FurnitureHints.isLeadHint(p)) {
                return true;
            }
        }
        return false;
    }

    private static boolean insideNegative(Element e, Element titleHeading) {
        for (Element p = e; p != null; p = p.parent()) {
            if (ContentBlockScorer.isAncestorOrSelf(p, titleHeading)) {
                return false;
            }
            if (FurnitureHints.isNegative(p)) {
                return true;
            }
        }
        return false;
    }

    private static boolean insideAny(Element e, List<Element> roots) {
        for (Element r : roots) {
            if (ContentBlockScorer.isAncestorOrSelf(r, e)) {
                return true;
            }
        }
        return false;
    }

    private static String headingText(Element heading) {
        List<String> parts = new ArrayList<>();
        for (PageTextBlock b : PageTextBlock.split(heading)) {
            parts.add(b.text);
        }
        return PageTextNormalizer.collapse(String.join(" ", parts));
    }

    private static String squash(String s) {
        return FurnitureHints.fold(s).replaceAll("[^\\p{L}\\p{N}]+", "");
    }
}
