package org.summitcoverage.extract.roles;

/**
 * A cue whose object is a counted set its phrase does not name (`Le sommet a regroupé seize chefs d'État autour du
 * président X`): whoever else the sentence names (X, around whom they gathered), the members of that set are still
 * unnamed, and a next sentence opening on `Il s'agit de` / `Parmi eux` lists them.
 */
final class CountedObject {
    private CountedObject() {
    }

    /** The cue's verb has an object headed by a noun with a number on it and no name of its own. */
    static boolean gathersAnUnnamedCount(SentenceGraph g, RoleCueLexicon.Hit h) {
        if (h.first() < 0 || h.first() >= g.tokens().size()) {
            return false;
        }
        int cue = g.nodeAt(g.tokens().get(h.first()).start());
        if (cue <= 0) {
            return false;
        }
        for (int o : g.dependents(cue, "obj")) {
            if (!g.dependents(o, "nummod").isEmpty() && g.pos(o).equals("NOUN") && g.mentionAt(g.startOf(o)) == null) {
                return true;
            }
        }
        return false;
    }
}
