package org.summitcoverage.corpus;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Element;

/**
 * Removes furniture nested inside the content roots (share bars, related lists, comment threads,
 * bylines, ad slots) by its class, id, role or tag, with guards against names that mislead.
 */
final class FurniturePruner {

    private FurniturePruner() {
    }

    /**
     * Drops furniture nested in the content root (share bars, related lists, comment threads,
     * bylines). The guard keeps any element that holds the title, the schema.org body, the first
     * prose paragraph or, unless it is a comment thread, most of the prose.
     */
    static void prune(List<Element> roots, Element titleHeading) {
        Map<Element, Integer> prose = new IdentityHashMap<>();
        PageTextBlock firstProse = null;
        int totalProse = 0;
        for (Element root : roots) {
            for (PageTextBlock b : PageTextBlock.split(root)) {
                if (b.isHeading() || b.chars < 50 || b.linkDensity() > 0.3) {
                    continue;
                }
                if (firstProse == null) {
                    firstProse = b;
                }
                totalProse += b.chars;
                for (Element e = b.owner; e != null && e != root; e = e.parent()) {
                    prose.merge(e, b.chars, Integer::sum);
                }
            }
        }
        List<Element> candidates = new ArrayList<>();
        for (Element root : roots) {
            for (Element e : root.getAllElements()) {
                if (e != root && PageTextBlock.isBlock(e) && isFurnitureCandidate(e)) {
                    candidates.add(e);
                }
            }
        }
        // Repeated components of one class that open the article and carry most of its prose are the
        // article itself: live-blog entries are often named "comment" like reader comments are.
        Map<String, Integer> groupProse = new HashMap<>();
        Set<String> groupsWithFirstProse = new HashSet<>();
        for (Element e : candidates) {
            String key = groupKey(e);
            groupProse.merge(key, prose.getOrDefault(e, 0), Integer::sum);
            if (firstProse != null && ContentBlockScorer.isAncestorOrSelf(e, firstProse.owner)) {
                groupsWithFirstProse.add(key);
            }
        }
        List<Element> toRemove = new ArrayList<>();
        for (Element e : candidates) {
            String key = groupKey(e);
            boolean guarded = (titleHeading != null && ContentBlockScorer.isAncestorOrSelf(e, titleHeading))
                    || e.selectFirst("[itemprop~=(?i)articleBody]") != null
                    || (firstProse != null && ContentBlockScorer.isAncestorOrSelf(e, firstProse.owner))
                    || (!FurnitureHints.isCommentArea(e) && prose.getOrDefault(e, 0) * 2 > totalProse)
                    || (groupsWithFirstProse.contains(key) && groupProse.get(key) * 2 > totalProse);
            // "quote__author" names the speaker of a quotation, which belongs to the text.
            if (FurnitureHints.isBylineLike(e) && insideQuote(e)) {
                guarded = true;
            }
            if (!guarded) {
                toRemove.add(e);
            }
        }
        for (Element e : toRemove) {
            if (e.parent() != null) {
                e.remove();
            }
        }
    }

    private static String groupKey(Element e) {
        // The first class names the component; later ones are modifiers (left/right, highlighted).
        String first = e.className().trim().split("\\s+")[0];
        return e.normalName() + "." + first;
    }

    private static boolean isFurnitureCandidate(Element e) {
        String name = e.normalName();
        return name.equals("nav") || name.equals("aside") || name.equals("footer") || name.equals("form")
                || FurnitureHints.isNegative(e);
    }

    private static boolean insideQuote(Element e) {
        for (Element p = e; p != null; p = p.parent()) {
            if (p.normalName().equals("blockquote") || p.normalName().equals("q") || FurnitureHints.isQuote(p)) {
                return true;
            }
        }
        return false;
    }

}
