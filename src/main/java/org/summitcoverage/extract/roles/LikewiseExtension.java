package org.summitcoverage.extract.roles;

import org.summitcoverage.dict.TextFolding;
import org.summitcoverage.extract.roles.RoleCueLexicon.Hit;
import org.summitcoverage.model.EntityType;
import org.summitcoverage.model.Mention;
import org.summitcoverage.model.RoleType;
import org.summitcoverage.nlp.Token;

import java.util.ArrayList;
import java.util.List;

/**
 * What a verb cue (or a status noun: `sont les invités du sommet, tout comme les présidents de A et de B`)
 * says of its holders holds for those named after `tout comme`, `de même que` or `pas plus
 * que` later in the sentence (`X a pris part aux travaux, tout comme le président de l'Afreximbank, Y`;
 * `La Chine et l'Inde n'ont pas signé le texte, pas plus que les États-Unis`), and for those named after `Outre`
 * or `En plus de` opening the sentence (`Outre le Ghana, le Togo a signé`). `aux côtés de` extends
 * attendance only: who presides `aux côtés de` someone may preside a part of the meeting, not the meeting; and a vote
 * (`X s'est abstenu, aux côtés du Brésil`: `likewise_vote_markers`), whose companions voted the same way.
 */
final class LikewiseExtension implements HolderReading {
    /** How far past the marker a person may stand behind a title and its complement (`du secrétaire général de l'ONU, X`). */
    private static final int TITLED_SLACK = 6;

    private final HolderReading reading;

    LikewiseExtension(HolderReading reading) {
        this.reading = reading;
    }

    @Override
    public List<Finding> read(CueSite site) {
        List<Finding> found = reading.read(site);
        if (found.isEmpty()) {
            List<Finding> fronted = besidesAnUnnamedSet(site);
            return fronted.isEmpty() ? afterAnUnnamedSet(site) : fronted;
        }
        List<Token> toks = site.tokens();
        Hit h = site.hit();
        RoleWords words = site.words();
        for (int k = 2; k < h.first(); k++) {
            // `Le président X, de même que son homologue Y, ont assisté …`: the parser hangs the verb on X as a clause
            // of `de même que`, and the reading finds Y only; X, before the comma that opens the marker, holds too
            int from = toks.get(k - 1).word().equals(",") ? markerEnd(words.likewiseMarkers, toks, k) : -1;
            // (h32-precision) only when the reading found the one after the marker: `La guerre en Ukraine, tout comme la
            // crise, s'est invitée au programme de cette rencontre, organisée par X`: the subject is not X's partner
            if (from > 0 && from < h.first() && !toks.get(k).word().equals(",") && foundBetween(found, toks, from, h.first())) {
                found = new ArrayList<>(found);
                for (Mention m : Enumerations.listAfter(site.graph(), 0, TITLED_SLACK)) {
                    if (m.end() <= toks.get(k - 1).start()) {
                        found.add(site.finding(m, Confidence.ENUMERATION, toks.get(k).word(),
                                m.text() + " , " + toks.get(k).word() + " … " + h.text()));
                    }
                }
                break;
            }
        }
        boolean newClause = false;
        for (int k = h.end(); k + 2 < toks.size(); k++) {
            // (h48-faux15) `… se sont abstenus et que d'autres, comme le Mexique, aient été absents`: past a coordinated
            // `et que`/`mais que`, a new clause with its own subject and verb begins; a `comme X` there is no partner
            newClause |= k > h.end() && isQue(toks.get(k).word()) && isCoordinator(toks.get(k - 1).word());
            int from = markerEnd(words.likewiseMarkers, toks, k);
            if (from < 0 && site.role() == RoleType.PARTICIPANT) {
                from = markerEnd(words.likewiseAttendanceMarkers, toks, k);
                if (from > 0) {
                    from = pastACompanionSet(words, toks, from);
                }
            }
            if (from < 0 && castsAVote(site)) {
                // `X s'est abstenu, aux côtés notamment du Brésil et de la Serbie`: they voted the same way
                from = markerEnd(words.likewiseVoteMarkers, toks, k);
            }
            if (from < 0 && castsAVote(site) && (k == h.end() || k == h.end() + 1 && toks.get(h.end()).word().equals(","))) {
                // (h42-votes3) `A et B ont voté contre, avec C et D`: right after the vote, its partners voted the same way
                from = markerEnd(words.adjacentVotePartners, toks, k);
            }
            if (from < 0 && (site.role() == RoleType.SIGNATORY || site.role() == RoleType.NON_SIGNATORY)) {
                // `A et B ont signé l'accord, comme le Chili, la Russie et le Canada`: they signed as well; not `, comme
                // l'a rappelé X` nor `, comme le souligne X` (a clause on the speaker), hence a name right after `comme`;
                // (h30-climat) a refusal or an abstention too: `Le Brésil s'est abstenu, comme la Chine et l'Inde`;
                // (h30-securite) after a refusal (`n'ont pas signé le texte, ainsi que le Tchad`) they refused as well
                from = newClause ? -1 : markerEnd(words.likewiseSigningMarkers, toks, k);
                if (from > 0) {
                    from = pastACountedSet(words, toks, from);
                }
                if (from > 0 && (opensAClause(words, toks, from) || !namedRightAfter(words, site.graph(), toks, from))) {
                    from = -1;
                }
            }
            if (from < 0 && site.role() == RoleType.PARTICIPANT) {
                // `X assiste aux travaux, ainsi que des délégués de A et de B`; not `, ainsi que l'a indiqué Y`
                from = markerEnd(words.trailingAttendanceMarkers, toks, k);
                if (from > 0 && opensAClause(words, toks, from)) {
                    from = -1;
                }
            }
            if (from > 0) {
                List<Finding> out = new ArrayList<>(found);
                List<Mention> list = Enumerations.listAfter(site.graph(), from, 3);
                if (list.isEmpty()) {
                    list = Enumerations.listAfter(site.graph(), pastTitle(words, toks, from), 3);
                }
                if (list.isEmpty()) {
                    // `en plus du secrétaire général de l'ONU, X, du secrétaire général de la Ligue arabe, Y`: a
                    // singular title and its complement before the person it names
                    List<Mention> titled = Enumerations.listAfter(site.graph(), from, TITLED_SLACK);
                    if (!titled.isEmpty() && titled.get(0).type() == EntityType.PERSON) {
                        list = titled;
                    }
                }
                if (list.isEmpty()) {
                    // `en plus du secrétaire général de la ligue des États arabes, X`: a complement longer than the slack
                    list = personAfterTitleComplement(site.graph(), words, toks, from);
                }
                boolean fellowGuests = welcomesGuests(site);
                if (fellowGuests) {
                    int marker = toks.get(k).start();
                    out.removeIf(f -> f.mention().start() >= marker); // the parse's conjunct of the agent: a guest too
                }
                for (Mention m : list) {
                    String licence = h.text() + " … " + toks.get(k).word() + " " + toks.get(k + 1).word() + " " + m.text();
                    // (h43-faux10) `Ils ont été accueillis par le président X, tout comme le président de l'UA, Y,
                    // venu en invité`: Y was welcomed like them, a guest, not a second host
                    out.add(fellowGuests
                            ? new Finding(RoleType.PARTICIPANT, m, h.text(), Confidence.ENUMERATION, "tout comme: welcomed", licence, null)
                            : site.finding(m, Confidence.ENUMERATION, "tout comme", licence));
                }
                // (h31-listes) `Outre A, qui …, sont attendus B, C, ainsi que D`: the fronted A holds as well
                return withFronted(site, out);
            }
        }
        if (site.role() == RoleType.PARTICIPANT && h.first() > 0) {
            // `La présidente X, accompagnée de sa ministre Y, a pris part …`: a companion between the holder and the cue
            for (int k = 1; k < h.first(); k++) {
                int from = markerEnd(words.likewiseAttendanceMarkers, toks, k);
                if (from > 0 && from < h.first()) {
                    List<Finding> out = new ArrayList<>(found);
                    // (h32-listes) `Les présidents A et B, accompagnés de leurs homologues de la Bolivie et du Pérou, ont
                    // participé`: peers named by their states only; those states attend
                    boolean peersOfStates = from + 1 < h.first() && words.possessives.containsWord(toks.get(from))
                            && words.guestNouns.containsWord(toks.get(from + 1));
                    for (Mention m : Enumerations.listAfter(site.graph(), from, TITLED_SLACK)) {
                        boolean holder = m.type() == EntityType.PERSON || peersOfStates && m.type() == EntityType.COUNTRY;
                        if (holder && m.end() <= toks.get(h.first()).start()) {
                            out.add(site.finding(m, Confidence.ENUMERATION, toks.get(k).word(),
                                    toks.get(k).word() + " " + m.text() + " … " + h.text()));
                        }
                    }
                    return out;
                }
            }
        }
        return withFronted(site, found);
    }

    /**
     * A passive `accueillir` whose subject is no meeting (`Ils ont été accueillis par X`, `Les chefs d'État ont été
     * accueillis par Y`): those welcomed are guests, and so is one named after `tout comme`.
     */
    private static boolean welcomesGuests(CueSite site) {
        if (site.role() != RoleType.HOST || site.cueNode() <= 0 || site.dependents("aux:pass").isEmpty()
                || !TextFolding.fold(site.hit().text()).startsWith("accueilli")) {
            return false;
        }
        SentenceGraph g = site.graph();
        return site.dependents("nsubj:pass").stream().noneMatch(s -> site.words().meetingWords.contains(g.word(s)));
    }

    private static boolean isQue(String w) {
        String f = TextFolding.fold(w);
        return f.equals("que") || f.equals("qu'") || f.equals("qu’");
    }

    private static boolean isCoordinator(String w) {
        String f = TextFolding.fold(w);
        return f.equals("et") || f.equals("mais");
    }

    /** True when a holder found stands between the token {@code from} and the cue at {@code cue}. */
    private static boolean foundBetween(List<Finding> found, List<Token> toks, int from, int cue) {
        int start = toks.get(from).start();
        int end = toks.get(cue).start();
        return found.stream().anyMatch(f -> f.mention().start() >= start && f.mention().end() <= end);
    }

    /** `Outre le président X, le sommet a réuni A et B`: X as well. */
    private static List<Finding> withFronted(CueSite site, List<Finding> found) {
        List<Token> toks = site.tokens();
        Hit h = site.hit();
        int fronted = markerEnd(site.words().likewiseFrontedMarkers, toks, 0);
        if (fronted > 0 && fronted < h.first() && !modifiesANoun(site)) {
            List<Finding> out = new ArrayList<>(found);
            for (Mention m : Enumerations.listAfter(site.graph(), fronted, 3)) {
                if (m.end() <= toks.get(h.first()).start()) {
                    out.add(site.finding(m, Confidence.ENUMERATION, toks.get(0).word(), toks.get(0).word() + " " + m.text() + " … " + h.text()));
                }
            }
            return out;
        }
        return found;
    }

    /**
     * (h31-listes) `Outre le président X, plusieurs chefs d'État sont arrivés pour le sommet`: the main clause's holders
     * are a set the sentence does not name (its subject is a group noun with no name in it: `group_nouns`), so the
     * reading finds no one; the fronted marker still adds X to that set, and X holds the role.
     */
    private static List<Finding> besidesAnUnnamedSet(CueSite site) {
        List<Token> toks = site.tokens();
        Hit h = site.hit();
        int fronted = markerEnd(site.words().likewiseFrontedMarkers, toks, 0);
        if (fronted <= 0 || fronted >= h.first() || site.cueNode() <= 0 || modifiesANoun(site)) {
            return List.of();
        }
        SentenceGraph g = site.graph();
        List<Integer> subjects = new ArrayList<>(site.dependents("nsubj"));
        subjects.addAll(site.dependents("nsubj:pass"));
        int cueStart = toks.get(h.first()).start();
        boolean unnamedSet = !subjects.isEmpty() && subjects.stream().allMatch(s -> g.startOf(s) < cueStart
                && site.words().groupNouns.contains(g.word(s)) && g.entitiesInPhrase(s).isEmpty());
        if (!unnamedSet) {
            return List.of();
        }
        int subjectStart = subjects.stream().mapToInt(g::startOf).min().getAsInt();
        List<Finding> out = new ArrayList<>();
        for (Mention m : Enumerations.listAfter(g, fronted, 3)) {
            if (m.end() <= subjectStart) {
                out.add(site.finding(m, Confidence.ENUMERATION, toks.get(0).word(),
                        toks.get(0).word() + " " + m.text() + " … " + g.word(subjects.get(0)) + " … " + h.text()));
            }
        }
        return out;
    }

    /**
     * (h35-signature3) A signature or a refusal whose subject is an unnamed set of states (`Les pays de l'OTAN sont restés
     * à l'écart, ainsi que le Japon`, `Les pays européens ont refusé de signer, comme le Canada`): those named right after
     * a `likewise_signing_markers` marker did the same, though the set itself names no holder (a body in its `de`
     * complement only says whose members they are).
     */
    private static List<Finding> afterAnUnnamedSet(CueSite site) {
        if (site.role() != RoleType.SIGNATORY && site.role() != RoleType.NON_SIGNATORY || site.cueNode() <= 0 || modifiesANoun(site)) {
            return List.of();
        }
        List<Token> toks = site.tokens();
        Hit h = site.hit();
        SentenceGraph g = site.graph();
        List<Integer> subjects = new ArrayList<>(site.dependents("nsubj"));
        subjects.addAll(site.dependents("nsubj:pass"));
        int cueStart = toks.get(h.first()).start();
        boolean unnamedSet = !subjects.isEmpty() && subjects.stream().allMatch(n -> g.startOf(n) < cueStart
                && site.words().groupNouns.contains(g.word(n))
                && g.entitiesInPhrase(n).stream().allMatch(m -> m.type() == EntityType.ORGANIZATION));
        if (!unnamedSet) {
            return List.of();
        }
        RoleWords words = site.words();
        for (int k = h.end(); k + 2 < toks.size(); k++) {
            int from = markerEnd(words.likewiseSigningMarkers, toks, k);
            if (from > 0) {
                from = pastACountedSet(words, toks, from);
            }
            if (from <= 0 || opensAClause(words, toks, from) || !namedRightAfter(words, g, toks, from)) {
                continue;
            }
            List<Finding> out = new ArrayList<>();
            for (Mention m : Enumerations.listAfter(g, from, 3)) {
                out.add(site.finding(m, Confidence.ENUMERATION, toks.get(k + 1).word(),
                        g.word(subjects.get(0)) + " … " + h.text() + " … " + toks.get(k + 1).word() + " " + m.text()));
            }
            return out;
        }
        return List.of();
    }

    /**
     * The cue qualifies a noun (`…, et le président de la Commission X représentant l'UE`): it says something of
     * that noun's holder only, not of the main clause that `Outre` opens onto.
     */
    private static boolean modifiesANoun(CueSite site) {
        if (site.cueNode() <= 0) {
            return false;
        }
        SentenceGraph g = site.graph();
        return g.incoming(site.cueNode()).stream()
                .anyMatch(e -> e.baseRelation().startsWith("acl") && !opensTheSentence(g, e.governor()));
    }

    /**
     * (h32-listes) `Outre le président ghanéen, X, cette session …, rassemble A, B`: the parser hangs the main verb on the
     * fronted phrase's noun as if it qualified it; a noun whose preposition opens the sentence is that fronted phrase,
     * and the verb is the main clause's.
     */
    private static boolean opensTheSentence(SentenceGraph g, int noun) {
        return g.dependents(noun, "case").stream().anyMatch(c -> c == 1);
    }

    /** How far a singular title's complement may run before the comma that sets off its person. */
    private static final int COMPLEMENT_SPAN = 12;

    /**
     * `en plus du secrétaire général de la ligue des États arabes, X`: a singular title, its complement (no comma, no
     * verb) and, right after the comma that closes it, the person it names; that person only.
     */
    private static List<Mention> personAfterTitleComplement(SentenceGraph g, RoleWords words, List<Token> toks, int from) {
        int k = from;
        while (k < toks.size() && (words.definiteArticles.containsWord(toks.get(k)) || words.possessives.containsWord(toks.get(k)))) {
            k++;
        }
        if (k >= toks.size() || !words.isTitle(toks.get(k).word())) {
            return List.of();
        }
        for (int c = k + 1; c < Math.min(toks.size() - 1, k + COMPLEMENT_SPAN); c++) {
            String w = toks.get(c).word();
            if (words.auxiliaries.contains(w) || w.equals(";") || w.equals(":")) {
                return List.of();
            }
            if (w.equals(",")) {
                Mention m = g.mentionAt(toks.get(c + 1).start());
                return m != null && m.type() == EntityType.PERSON ? List.of(m) : List.of();
            }
        }
        return List.of();
    }

    /** A name right after the marker, past definite articles only (`comme le Chili`, not `comme le souligne X`). */
    private static boolean namedRightAfter(RoleWords words, SentenceGraph g, List<Token> toks, int from) {
        int k = from;
        while (k < toks.size() && words.definiteArticles.containsWord(toks.get(k))) {
            k++;
        }
        return k < toks.size() && g.mentionAt(toks.get(k).start()) != null;
    }

    /**
     * (h30-securite) `…, ainsi que quatre organisations, dont les Nations unies et l'OSCE`: a counted set (a count in
     * digits or a `count_words` word, then its noun) whose members `dont` names; the members are the names, as in
     * `60 pays dont le Maroc`. Returns the word after `dont`, or {@code from} when no such set stands there.
     */
    private static int pastACountedSet(RoleWords words, List<Token> toks, int from) {
        if (from + 3 >= toks.size()) {
            return from;
        }
        String count = toks.get(from).folded();
        boolean counted = count.matches("\\d+") || words.countWords.contains(count);
        return counted && toks.get(from + 2).word().equals(",") && toks.get(from + 3).folded().equals("dont")
                ? from + 4 : from;
    }

    /** Most words of the companions' noun phrase between the possessive and its comma (`ses hôtes de marque`). */
    private static final int MAX_COMPANION_SET_WORDS = 3;

    /**
     * (h59-presence) `X arrive en compagnie de ses hôtes, parmi lesquels A ; B`, `accompagné de leurs ministres, dont A`:
     * the companions are a plural set (a plural possessive and its noun) whose members a list opener (`list_openers`)
     * names after the comma; the members named came along. Returns the word after the opener, or {@code from} when no
     * such set stands there.
     */
    private static int pastACompanionSet(RoleWords words, List<Token> toks, int from) {
        if (from >= toks.size() || !toks.get(from).folded().equals("ses") && !toks.get(from).folded().equals("leurs")) {
            return from;
        }
        for (int k = from + 1; k < Math.min(toks.size(), from + 2 + MAX_COMPANION_SET_WORDS); k++) {
            if (toks.get(k).word().equals(",")) {
                for (List<String> opener : words.listOpeners) {
                    int end = RoleWords.phraseEnd(toks, k + 1, opener);
                    if (end > 0 && k > from + 1) {
                        return end;
                    }
                }
                return from;
            }
            if (!org.summitcoverage.extract.Words.isLowerWord(toks.get(k))) {
                return from; // a name or a sign: the companions are named, not a set
            }
        }
        return from;
    }

    /** Within the next three words a verb's auxiliary (`ainsi que l'a indiqué X`, `ainsi que le sont A et B`). */
    private static boolean opensAClause(RoleWords words, List<Token> toks, int from) {
        for (int k = from; k < Math.min(toks.size(), from + 3); k++) {
            if (words.auxiliaries.containsWord(toks.get(k))) {
                return true;
            }
        }
        return false;
    }

    /** `tout comme les présidents de Côte d'Ivoire, du Niger`: past the article, the title and its `de`. */
    private static int pastTitle(RoleWords words, List<Token> toks, int from) {
        int k = from;
        if (k < toks.size() && toks.get(k).folded().equals("des")) {
            k++; // `ainsi que des délégués de A`: the indefinite plural
        }
        while (k < toks.size() && (words.definiteArticles.containsWord(toks.get(k)) || words.possessives.containsWord(toks.get(k)))) {
            k++;
        }
        int titles = k;
        while (k < toks.size() && (words.isTitle(toks.get(k).word()) || words.isStateNoun(toks.get(k).word())
                || words.representingNouns.containsWord(toks.get(k)))) {
            k++;
        }
        // a plural title only: `le président de l'Afreximbank, X` names a person, not the bank
        if (k == titles || !toks.get(k - 1).word().matches(".*[sx]")) {
            return from;
        }
        return k < toks.size() && words.complementMarkers.containsWord(toks.get(k)) ? k + 1 : from;
    }

    /** The cue casts a vote or abstains (`voting_words`: `voté contre`, `se sont abstenus`), not any signature. */
    private static boolean castsAVote(CueSite site) {
        return (site.role() == RoleType.SIGNATORY || site.role() == RoleType.NON_SIGNATORY)
                && site.words().votingWords.containsWord(site.tokens().get(site.hit().first()));
    }

    static int markerEnd(List<List<String>> markers, List<Token> toks, int k) {
        if (k >= toks.size()) {
            return -1;
        }
        String first = RoleWords.fold(toks.get(k)); // once, not once per marker
        for (List<String> marker : RoleWords.startingWith(markers, first)) {
            int end = RoleWords.phraseEnd(toks, k, marker);
            if (end > 0) {
                return end;
            }
        }
        return -1;
    }
}
