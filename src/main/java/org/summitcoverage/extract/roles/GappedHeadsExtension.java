package org.summitcoverage.extract.roles;

import org.summitcoverage.dict.TextFolding;
import org.summitcoverage.model.EntityType;
import org.summitcoverage.model.Mention;
import org.summitcoverage.model.RoleType;
import org.summitcoverage.nlp.Token;

import java.util.ArrayList;
import java.util.List;

/**
 * (h23-sud) Gapped parts after a delegation head: `La délégation des Émirats sera conduite par A, celle de l'Égypte
 * par B, et celle de l'Iran par C`; `La Chine est représentée par A, la Russie par B`. Each part without a verb
 * repeats the cue for its own state: its person leads that state's delegation, not the first one's. The parser hangs
 * such parts anywhere (an apposition on the first agent, a conjunct of the verb), so the parts are read by word
 * order: a comma or `;` (an `et` may follow), an optional pronoun for the delegation (`gapped_delegation_pronouns`)
 * and its `de`, a state or body, then `par` right after it; the part's person is the first one named before the
 * next part starts.
 */
final class GappedHeadsExtension implements HolderReading {
    private final HolderReading reading;

    GappedHeadsExtension(HolderReading reading) {
        this.reading = reading;
    }

    @Override
    public List<Finding> read(CueSite site) {
        List<Finding> found = reading.read(site);
        if (site.hit().end() <= 0) {
            return found;
        }
        boolean headFound = found.stream().anyMatch(f -> f.role() == RoleType.DELEGATION_HEAD);
        List<Part> parts = parts(site);
        // (h35-listes3) `A était représenté par son président, tandis que B l'était par son Premier ministre X`: a
        // later part may name the head the first part left unnamed
        if (parts.isEmpty() || !headFound && (site.role() != RoleType.DELEGATION_HEAD || parts.stream().noneMatch(p -> p.head != null))) {
            return found;
        }
        List<Finding> out = new ArrayList<>();
        for (Finding f : found) {
            // a head the first reading found inside a later part is that part's: read below with its own state
            if (parts.stream().noneMatch(p -> p.covers(f.mention()))) {
                out.add(f);
            }
        }
        for (Part p : parts) {
            if (p.head != null) {
                out.add(new Finding(RoleType.DELEGATION_HEAD, p.head, site.cueText(), Confidence.TOKEN_RULE, "gapped-head",
                        p.state.text() + " par " + p.head.text() + " (… " + site.cueText() + " par)", p.state.entityId()));
            }
        }
        return out;
    }

    /** A part: its state, the person it names (or null) and its character span. */
    private record Part(Mention state, Mention head, int start, int end) {
        boolean covers(Mention m) {
            return m.start() >= start && m.start() < end;
        }
    }

    private static List<Part> parts(CueSite site) {
        SentenceGraph g = site.graph();
        List<Token> toks = site.tokens();
        int firstPar = -1;
        for (int k = site.hit().end(); k < toks.size(); k++) {
            if (toks.get(k).folded().equals("par")) {
                firstPar = k;
                break;
            }
        }
        if (firstPar < 0) {
            return List.of();
        }
        List<int[]> starts = new ArrayList<>(); // [token of the state, token of `par`, token the part starts at]
        for (int k = firstPar + 1; k < toks.size(); k++) {
            String w = toks.get(k).word();
            if (w.equals(".") || w.equals(":")) {
                break;
            }
            // (h35-listes3) also a bare `et`: `Le Ghana était représenté par X et le Togo l'était par Y`
            if (!w.equals(",") && !w.equals(";") && !TextFolding.fold(w).equals("et")) {
                continue;
            }
            int j = k + 1;
            if (j < toks.size() && toks.get(j).folded().equals("et")) {
                j++;
            }
            j = pastAContrast(g.words(), toks, j); // (h35-listes3) `, tandis que le Cameroun par son Premier ministre X`
            int[] part = partAt(g, toks, j);
            if (part != null && !w.equals(",") && !w.equals(";") && !g.words().gappedDelegationPronouns.contains(
                    toks.get(j).folded()) && g.mentionAt(toks.get(part[1] - 1).start()) != null) {
                part = null; // after a bare `et`, only a part that takes up the passive (`l'était`) or the delegation (`celle du`)
            }
            if (part != null) {
                starts.add(new int[]{part[0], part[1], k + 1});
            }
        }
        List<Part> out = new ArrayList<>();
        for (int i = 0; i < starts.size(); i++) {
            int[] s = starts.get(i);
            int endTok = i + 1 < starts.size() ? starts.get(i + 1)[2] : toks.size();
            for (int k = s[1] + 1; k < endTok; k++) {
                if (toks.get(k).word().equals(";")) {
                    endTok = k;
                }
            }
            int start = toks.get(s[2]).start();
            int end = endTok < toks.size() ? toks.get(endTok).start() : Integer.MAX_VALUE;
            Mention head = null;
            for (int k = s[1] + 1; k < endTok && head == null; k++) {
                Mention m = g.mentionAt(toks.get(k).start());
                head = m != null && m.type() == EntityType.PERSON ? m : null;
            }
            out.add(new Part(g.mentionAt(toks.get(s[0]).start()), head, start, end));
        }
        return out;
    }

    /**
     * At token {@code j}: `celle de l'Égypte par`, `la Russie par`. Returns the tokens of the state and of `par`, or
     * null when no such part starts there.
     */
    private static int[] partAt(SentenceGraph g, List<Token> toks, int j) {
        RoleWords words = g.words();
        if (j < toks.size() && words.gappedDelegationPronouns.contains(toks.get(j).folded())) {
            j++;
            if (j >= toks.size() || !List.of("de", "d'", "du", "des").contains(toks.get(j).folded())) {
                return null;
            }
            j++;
        }
        while (j < toks.size() && words.definiteArticles.containsWord(toks.get(j))) {
            j++;
        }
        if (j >= toks.size()) {
            return null;
        }
        Mention state = g.mentionAt(toks.get(j).start());
        if (state == null || state.type() != EntityType.COUNTRY && state.type() != EntityType.ORGANIZATION) {
            return null;
        }
        int k = j;
        while (k < toks.size() && toks.get(k).start() < state.end()) {
            k++;
        }
        // (h35-listes3) `le Cameroun l'était par X`, `le Tchad le sera par Y`: the clitic and copula that take up the
        // passive of the first part
        int verb = k;
        while (k < toks.size() && k - verb < MAX_PRO_PASSIVE_TOKENS && (words.objectClitics.contains(
                toks.get(k).word().toLowerCase(java.util.Locale.ROOT).replace('’', '\''))
                || words.proPassiveForms.contains(toks.get(k).folded()))) {
            k++;
        }
        return k < toks.size() && toks.get(k).folded().equals("par") ? new int[]{j, k} : null;
    }

    /** The longest clitic and copula between a gapped part's state and its `par` (`l'avait été`). */
    private static final int MAX_PRO_PASSIVE_TOKENS = 3;

    /** The token after a contrastive conjunction (`tandis que`, `alors que`: `gapping_contrasts`) at {@code j}, else {@code j}. */
    private static int pastAContrast(RoleWords words, List<Token> toks, int j) {
        for (List<String> c : words.gappingContrasts) {
            int end = RoleWords.phraseEnd(toks, j, c);
            if (end > 0) {
                return end;
            }
        }
        return j;
    }
}
