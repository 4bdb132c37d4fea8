package org.summitcoverage.extract.roles;

import java.util.ArrayList;
import java.util.List;

/**
 * (h26-commerce) A subject restricted by `seul` (`seules la Chine et la Russie n'ont pas approuvé`, `seuls le Japon et
 * le Canada ont signé`). The parser reads the focus adjective before a determiner as a head of its own and hangs the
 * names on it as objects; behind a fronted adverbial (`au sein du G20, seules la Chine et …`) it even makes the
 * adverbial's noun the verb's subject and the adjective that noun's modifier. Either way the names under the
 * adjective are what the verb is said of.
 */
final class FocusedSubject {
    private FocusedSubject() {
    }

    /**
     * The names the focus word under or at {@code subject} governs as objects: {@code subject} itself when it is the
     * focus word (`Seules` → Chine, Russie), or a focus word modifying it (`sein` ← amod `seules` → Chine, Russie).
     */
    static List<Integer> names(SentenceGraph g, int subject) {
        List<Integer> focus = new ArrayList<>();
        if (isFocusWord(g, subject)) {
            focus.add(subject);
        }
        for (int a : g.dependents(subject, "amod")) {
            if (isFocusWord(g, a) && a > subject) {
                focus.add(a); // a focus word after the noun it modifies: the noun is a fronted adverbial
            }
        }
        List<Integer> out = new ArrayList<>();
        for (int f : focus) {
            for (int o : g.dependents(f, "obj")) {
                org.summitcoverage.model.Mention m = g.mentionAt(g.startOf(o));
                if (o > f && m != null && SentenceGraph.canHoldRole(m)) {
                    out.add(o);
                }
            }
        }
        return out;
    }

    private static boolean isFocusWord(SentenceGraph g, int node) {
        return g.words().focusSubjectWords.contains(g.word(node).toLowerCase(java.util.Locale.ROOT));
    }
}
