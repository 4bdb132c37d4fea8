package org.summitcoverage.extract.roles;

import org.summitcoverage.dict.TextFolding;
import org.summitcoverage.dict.WordList;
import org.summitcoverage.model.EntityType;
import org.summitcoverage.model.Mention;
import org.summitcoverage.model.RoleType;
import org.summitcoverage.nlp.Sentence;
import org.summitcoverage.nlp.Token;

import java.util.List;

/**
 * (h56-sweepc) A standing status in a body, told with a verb of attendance: `L'OCS regroupe A, B et C. D et E y
 * participent en tant qu'observateurs`, `L'Iran participe à l'Union eurasienne comme membre observateur`. The verb is
 * followed in its clause by a status (`status_openers` + `admission_nouns`: `en tant qu'observateur`, `comme membre`)
 * and what it is done in is a body, not the meeting: a named organisation right after `à`, or the clitic `y` after a
 * sentence that tells what a body is made of (`body_makeup_verbs`, no meeting in it). That is membership, no role of
 * this summit (docs/annotation.md: membership lists give no role). `Le Timor-Leste y participe en tant qu'observateur`
 * after a sentence on the summit, or `participe au sommet en tant qu'invité`, stays attendance.
 */
final class StatusInABody {
    /** How far after the verb the status may stand (`y participent également, depuis 2012, en tant qu'observateurs`). */
    private static final int STATUS_WINDOW = 8;

    private StatusInABody() {
    }

    /** True when the finding {@code f} is attendance a status in a body accounts for (see the class comment). */
    static boolean holds(RoleWords words, Discourse discourse, List<Token> toks, List<Mention> inSentence, Finding f) {
        if (f.role() != RoleType.PARTICIPANT || f.trigger() == null || f.trigger().isEmpty()) {
            return false;
        }
        int verb = verbAt(toks, f.trigger());
        if (verb < 0 || !statusFollows(words, toks, verb)) {
            return false;
        }
        return inANamedBody(words, toks, inSentence, verb) || cliticTakesUpABody(words, discourse, toks, verb);
    }

    /** The index of the trigger's first word, or -1. */
    private static int verbAt(List<Token> toks, String trigger) {
        String first = trigger.split(" ")[0];
        for (int k = 0; k < toks.size(); k++) {
            if (toks.get(k).word().equals(first)) {
                return k;
            }
        }
        return -1;
    }

    /** A status opener then an admission noun within the verb's clause (no stop, no new clause by `;`). */
    private static boolean statusFollows(RoleWords words, List<Token> toks, int verb) {
        for (int k = verb + 1; k < toks.size() && k <= verb + STATUS_WINDOW; k++) {
            String w = toks.get(k).word();
            if (w.equals(".") || w.equals(";") || w.equals(":")) {
                return false;
            }
            int end = openerEnd(words, toks, k);
            if (end > 0 && end < toks.size()) {
                int n = end;
                while (n < toks.size() && n <= end + 1 && !words.admissionNouns.contains(toks.get(n).word().toLowerCase(java.util.Locale.ROOT))) {
                    n++; // `comme membre`, `en tant que pays observateur`: one word may stand before the noun
                }
                if (n < toks.size() && n <= end + 1) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The index past a status opener starting at {@code k} (`en tant qu'`, `comme`), or -1. */
    private static int openerEnd(RoleWords words, List<Token> toks, int k) {
        for (String[] parts : words.statusOpenerWords) {
            int n = k;
            boolean all = true;
            for (String p : parts) {
                if (n >= toks.size() || !TextFolding.fold(toks.get(n).word().toLowerCase(java.util.Locale.ROOT)).equals(p)) {
                    all = false;
                    break;
                }
                n++;
            }
            if (all) {
                return n;
            }
        }
        return -1;
    }

    /** The openers' folded words, in the order {@link WordList#entries} gives them (the first that matches wins). */
    static List<String[]> openerWords(WordList openers) {
        List<String[]> out = new java.util.ArrayList<>();
        for (String entry : openers.entries()) {
            String[] parts = entry.replace("'", "' ").strip().split("\\s+");
            for (int i = 0; i < parts.length; i++) {
                parts[i] = TextFolding.fold(parts[i]);
            }
            out.add(parts);
        }
        return List.copyOf(out);
    }

    /** `participe à l'Union eurasienne`: a named organisation (no event) opens the `à` complement right after the verb. */
    private static boolean inANamedBody(RoleWords words, List<Token> toks, List<Mention> inSentence, int verb) {
        int k = verb + 1;
        if (k >= toks.size()) {
            return false;
        }
        String w = TextFolding.fold(toks.get(k).word().toLowerCase(java.util.Locale.ROOT));
        if (!w.equals("a") && !w.equals("au") && !w.equals("aux")) {
            return false;
        }
        k++;
        while (k < toks.size() && words.definiteArticles.contains(toks.get(k).word().toLowerCase(java.util.Locale.ROOT))) {
            k++;
        }
        if (k >= toks.size()) {
            return false;
        }
        int start = toks.get(k).start();
        Mention body = null;
        boolean event = false;
        for (Mention m : inSentence) {
            if (m.start() == start && m.type() == EntityType.ORGANIZATION) {
                body = m;
            }
            if (m.start() <= start && m.end() > start && m.type() == EntityType.EVENT) {
                event = true; // `au sommet de l'OCS`: the meeting, not the body
            }
        }
        return body != null && !event;
    }

    /**
     * `y` right before the verb (past `ne`, `n'`) whose sentence follows one that tells what a body is made of and names
     * no meeting: the `y` is that body.
     */
    private static boolean cliticTakesUpABody(RoleWords words, Discourse discourse, List<Token> toks, int verb) {
        int k = verb - 1;
        while (k >= 0 && List.of("ne", "n'").contains(toks.get(k).word().toLowerCase(java.util.Locale.ROOT))) {
            k--;
        }
        if (k < 0 || !toks.get(k).word().equalsIgnoreCase("y") || discourse == null) {
            return false;
        }
        Sentence previous = discourse.previous();
        if (previous == null) {
            return false;
        }
        boolean makeUp = false;
        for (Token t : previous.tokens()) {
            if (words.meetingNouns.containsWord(t) || words.meetingWords.containsWord(t)) {
                return false; // `Le sommet réunit vingt pays. D y participe en tant qu'observateur`: the meeting
            }
            makeUp |= words.bodyMakeupVerbs.containsWord(t);
        }
        if (!makeUp) {
            return false;
        }
        for (Mention m : discourse.allMentions()) {
            if (m.sentenceIndex() == previous.index() && m.type() == EntityType.EVENT) {
                return false; // the sentence before names a meeting: the `y` may be that meeting
            }
        }
        return true;
    }
}
