package org.summitcoverage.extract.roles;

import org.summitcoverage.dict.TextFolding;
import org.summitcoverage.model.EntityType;
import org.summitcoverage.model.Mention;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * (h38-hotes4) `Le président X (qui va présider le sommet de l'UEMOA)` in an article on the summit of the CEDEAO: a chair
 * verb whose object is a named meeting of another body than the one the article's meeting is named after chairs that
 * meeting, not this one (docs/annotation.md, roles about another meeting). Only when both names give their body
 * (`de la`, `de l'`, `du`, `des` + a capitalised name) and neither is the other or its initials: `le Sommet de Lomé`
 * names a place, no body, and keeps its chairs.
 */
final class OtherBodysSummitChaired {
    private static final Pattern BODY = Pattern.compile("\\b(?:de la|de l['’]|du|des)\\s*(\\p{Lu}[\\p{L}\\p{N}'’ -]*)$");
    private static final Set<String> LINKS = Set.of("de", "des", "du", "la", "l", "et", "le", "les");

    private OtherBodysSummitChaired() {
    }

    static boolean chairsAnother(SentenceGraph g, int cue, String mainEventName) {
        String main = bodyOf(mainEventName);
        if (cue <= 0 || main == null) {
            return false;
        }
        for (int o : g.dependents(cue, "obj")) {
            int at = g.startOf(o);
            for (Mention m : g.mentions()) {
                // the event's name covers the object's head noun (`le sommet de l'UEMOA`); holders' phrases leave events out
                boolean named = m.type() == EntityType.EVENT && m.start() <= at && at < m.end();
                String other = named ? bodyOf(m.text()) : null;
                if (other != null && !sameBody(main, other)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The folded body a meeting's name ends on (`Sommet de la CEDEAO` → `cedeao`), or null. */
    static String bodyOf(String name) {
        if (name == null || name.isEmpty()) {
            return null;
        }
        Matcher m = BODY.matcher(name.trim());
        return m.find() ? TextFolding.fold(m.group(1)).toLowerCase(java.util.Locale.ROOT).trim() : null;
    }

    static boolean sameBody(String a, String b) {
        return a.equals(b) || a.startsWith(b) || b.startsWith(a) || a.equals(initials(b)) || b.equals(initials(a));
    }

    private static String initials(String body) {
        List<String> out = new ArrayList<>();
        for (String w : body.split("[\\s'’-]+")) {
            if (!w.isEmpty() && !LINKS.contains(w)) {
                out.add(w.substring(0, 1));
            }
        }
        return String.join("", out);
    }
}
