package org.summitcoverage.extract.roles;

import org.summitcoverage.dict.TextFolding;
import org.summitcoverage.extract.Words;
import org.summitcoverage.model.EntityType;
import org.summitcoverage.model.RoleType;
import org.summitcoverage.model.Mention;
import org.summitcoverage.nlp.ParsedSentence;
import org.summitcoverage.nlp.Token;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The holders a noun phrase of the parse names: its entities, the person after a bare title, the states a
 * delegation stands for, the members named after `dont`, and the enumeration it opens.
 */
final class HolderPhrases {
    private HolderPhrases() {
    }

    /**
     * The findings for the phrase headed by {@code node}: its own holders at {@code confidence}, and the
     * items coordinated with them (a long enumeration the parse may have cut) at {@link Confidence#ENUMERATION}.
     */
    static List<Finding> phrase(CueSite site, int node, double confidence, String licence) {
        SentenceGraph g = site.graph();
        if (signedTextHead(site, node)) {
            // (h33-signe) `49 pays ont signé l'accord sur la ZLEC et six d'entre eux ont déposé …`: the parser may make the
            // signed text the subject; the names inside it are what the text is about, never a signer or refuser
            return List.of();
        }
        Set<Mention> phrase = holderMentions(g, node);
        phrase.addAll(countFollowedByList(g, node));
        // (h42-listes9) `X, le Premier ministre irlandais et le président ghanéen sont arrivés`: the parser hangs the
        // unnamed titles on X as appositions; each an item of its own, its state holds the role (UnnamedTitleItems)
        phrase.addAll(UnnamedTitleItems.afterPeople(g, phrase));
        if (phrase.isEmpty()) {
            // `présidée par le président sénégalais` in an article that names `le président sénégalais X`: X
            Mention person = unnamedTitleNamedElsewhere(site, node);
            if (person != null) {
                phrase.add(person);
            }
        }
        Set<Mention> all = new LinkedHashSet<>(phrase);
        for (Mention m : phrase) {
            all.addAll(Enumerations.coordination(g, m));
        }
        all.removeIf(m -> Enumerations.qualifiesAPerson(g, m) || isSourceCredit(g, m) || otherSideOfARelation(g, m)
                || namesAText(g, m) || inASourcePhrase(g, site.hit().first(), m));
        // what the phrase itself set aside (`X, envoyé spécial du président Y`: Y) does not come back as a list item
        Set<Mention> inside = new LinkedHashSet<>();
        for (int c : g.conjuncts(node)) {
            inside.addAll(g.phraseWithoutConj(c));
        }
        all.removeIf(m -> m.type() == EntityType.PERSON && inside.contains(m) && !phrase.contains(m)
                && !conjunctOfAState(g, m));
        // (h40) `X, le président burkinabè, et le Premier ministre malien`: the list read on from the unnamed item's state
        // does not take the demonym of X's own title (ApposedTitle)
        all.removeIf(m -> !phrase.contains(m) && TitleAppositions.isTitleDemonym(m)
                && TitleAppositions.personBeforeApposition(g, g.tokenIndexAt(m.start())) != null);
        // (h45) `Les présidents turc et kazakh, respectivement A et B, y participeront`: each demonym is paired with
        // its named holder, who takes the role (DemonymsPairedWithNames)
        all.removeIf(m -> DemonymsPairedWithNames.paired(g, m));
        // `Mandaté par le président X, le ministre Y a pris part`: the sender is no item of the list
        all.removeIf(m -> !phrase.contains(m) && isSender(g, m));
        // `cet émissaire de Joe X vient prendre part`: the one an envoy speaks for is no holder
        all.removeIf(m -> sentAnEnvoy(g, m));
        // `À l'invitation du président X, le Premier ministre Y a pris part`: X belongs to an adverbial of the verb
        all.removeIf(m -> !phrase.contains(m) && inAnAdverbialOf(g, site.cueNode(), m));
        // `Concernant le conflit entre la Russie et l'Ukraine, l'Inde a exprimé …`: the parties of a topic fronted before the verb
        all.removeIf(m -> !phrase.contains(m) && topicPartyBefore(g, site.cueNode(), m));
        // (h38-votes) `ont voté pour, dont A et B ; C s'est abstenue`: a semicolon between two clauses ends the list
        all.removeIf(m -> !phrase.contains(m) && SemicolonClauses.separate(g, phrase, m));
        // (h33-signe) `Résolution concernant l'Ukraine, les États-Unis s'abstiennent`: the object of a participle is
        // part of that participle's phrase, not an item of a list that goes on with the holders
        all.removeIf(m -> !phrase.contains(m) && objectOfAParticiple(g, site.cueNode(), m));
        // (r21) `Après le Chili et le Pérou, la Norvège organise son premier sommet`: each hosted a meeting of its own
        if (site.role() == RoleType.HOST || site.role() == RoleType.CHAIR) {
            all.removeIf(m -> !phrase.contains(m) && comparedBefore(g, site.cueNode(), m));
        }
        // `ouvert par le prince X, au nom du roi Y`: Y is the one X acts for, not a holder of the cue
        Set<Mention> holders = Set.copyOf(all);
        all.removeIf(m -> actedFor(g, holders, m));
        List<Finding> out = new ArrayList<>();
        for (Mention m : all) {
            boolean own = phrase.contains(m);
            out.add(site.finding(m, own ? confidence : Confidence.ENUMERATION, own ? "parse" : "enumeration",
                    licence + " → " + m.text()));
        }
        return out;
    }

    /** The phrase is headed by a noun of the signed text (`signed_texts`) and the cue is one of signing or refusal. */
    private static boolean signedTextHead(CueSite site, int node) {
        boolean signing = site.role() == RoleType.SIGNATORY || site.role() == RoleType.NON_SIGNATORY;
        return signing && node > 0 && site.words().signedTexts.contains(site.graph().word(node).toLowerCase(java.util.Locale.ROOT));
    }

    /** The name is the object of a present participle (`-ant`) other than the cue, standing before it. */
    private static boolean objectOfAParticiple(SentenceGraph g, int cue, Mention m) {
        int n = g.nodeAt(m.start());
        for (ParsedSentence.Edge e : n > 0 ? g.incoming(n) : List.<ParsedSentence.Edge>of()) {
            int v = e.governor();
            if (e.relation().equals("obj") && v > 0 && v != cue && v < n
                    && TextFolding.fold(g.word(v)).endsWith("ant")) {
                return true;
            }
        }
        return false;
    }

    /** How many edges up a name may hang below the adverbial's head (`à l'invitation du président sénégalais X`). */
    private static final int ADVERBIAL_DEPTH = 5;

    /**
     * The name hangs, inside a noun phrase, on an oblique adverbial fronted before the cue's verb (`À l'invitation du
     * président X, …`, not its `par` agent): it is part of that adverbial, not an item coordinated with the holders.
     */
    private static boolean inAnAdverbialOf(SentenceGraph g, int verb, Mention m) {
        int n = verb > 0 ? g.nodeAt(m.start()) : -1;
        boolean complement = false; // reached through a `de` complement of the adverbial's noun, not an apposition to it
        for (int step = 0; n > 0 && step < ADVERBIAL_DEPTH; step++) {
            for (ParsedSentence.Edge e : g.incoming(n)) {
                if (complement && e.governor() == verb && e.dependent() < verb && e.relation().startsWith("obl")
                        && !e.relation().startsWith("obl:agent") && !g.dependents(n, "case").isEmpty()) {
                    return true; // a preposition of its own: the parser may make a subject noun an oblique
                }
            }
            ParsedSentence.Edge up = g.phraseEdgeUp(n);
            complement = up != null && (up.relation().equals("nmod:de") || up.relation().equals("nmod:d'"));
            n = up == null ? -1 : up.governor();
        }
        return false;
    }

    /**
     * The name stands before the cue's verb after a preposition of a topic's parties (`entre`, `contre`: `topic_prepositions`),
     * its own or its first conjunct's (`entre la Russie et l'Ukraine`): a party of what is spoken of, never a holder.
     */
    private static boolean topicPartyBefore(SentenceGraph g, int verb, Mention m) {
        int n = verb > 0 ? g.nodeAt(m.start()) : -1;
        if (n <= 0 || n > verb) {
            return false;
        }
        for (int step = 0; n > 0 && step < ADVERBIAL_DEPTH; step++) {
            if (g.dependents(n, "case").stream().anyMatch(c -> g.words().topicPrepositions.contains(g.word(c)))) {
                return true;
            }
            ParsedSentence.Edge up = g.phraseEdgeUp(n);
            n = up != null && up.relation().startsWith("conj") ? up.governor() : -1;
        }
        return false;
    }

    /**
     * The name stands before the cue's verb after a preposition of sequence or comparison, its own or its first
     * conjunct's (`Après le Chili et le Pérou, …`, `À l'instar du Chili, …`: `comparison_prepositions`, also as the
     * fixed part of the preposition).
     */
    private static boolean comparedBefore(SentenceGraph g, int verb, Mention m) {
        int n = verb > 0 ? g.nodeAt(m.start()) : -1;
        if (n <= 0 || n > verb) {
            return false;
        }
        for (int step = 0; n > 0 && step < ADVERBIAL_DEPTH; step++) {
            for (int c : g.dependents(n, "case")) {
                if (g.words().comparisonPrepositions.contains(g.word(c).toLowerCase(java.util.Locale.ROOT))
                        || g.dependents(c, "fixed").stream().anyMatch(f -> g.words().comparisonPrepositions.contains(g.word(f)))) {
                    return true;
                }
            }
            ParsedSentence.Edge up = g.phraseEdgeUp(n);
            n = up != null && up.relation().startsWith("conj") ? up.governor() : -1;
        }
        return false;
    }

    /**
     * `les présidents X du Ghana et Y du Sénégal`: the parser hangs the second person on the first one's state as its
     * conjunct; that person is the next item of the list, not one the phrase sets aside.
     */
    private static boolean conjunctOfAState(SentenceGraph g, Mention m) {
        int node = g.nodeAt(m.start());
        for (ParsedSentence.Edge e : node > 0 ? g.incoming(node) : List.<ParsedSentence.Edge>of()) {
            Mention governor = e.relation().startsWith("conj") && e.governor() > 0 ? g.mentionAt(g.startOf(e.governor())) : null;
            if (governor != null && governor.type() == EntityType.COUNTRY) {
                return true;
            }
        }
        return false;
    }

    /**
     * A person named after a stand-in marker (`au nom du`, `en lieu et place du`: `stand_in_markers`) that follows
     * another holder of the phrase, with no other person between the marker and him.
     */
    private static boolean actedFor(SentenceGraph g, Set<Mention> holders, Mention m) {
        if (m.type() != EntityType.PERSON) {
            return false;
        }
        List<Token> toks = g.tokens();
        int first = g.tokenIndexAt(m.start());
        for (int k = first - 1; k >= 0; k--) {
            Mention at = g.mentionAt(toks.get(k).start());
            if (at != null && at.type() == EntityType.PERSON) {
                return false;
            }
            if (g.words().standInMarkerEnd(toks, k) > 0) {
                int markerStart = toks.get(k).start();
                return holders.stream().anyMatch(h -> h != m && h.end() <= markerStart);
            }
        }
        return false;
    }

    /**
     * The person the article names with the singular title that heads {@code node} and its demonym (`le président
     * sénégalais`, named `le président sénégalais X` elsewhere); null when the phrase is no such title or the article
     * names no one or several people with it ({@link TitleAppositions#personNamedElsewhere}).
     */
    private static Mention unnamedTitleNamedElsewhere(CueSite site, int node) {
        SentenceGraph g = site.graph();
        String title = g.word(node);
        if (site.discourse() == null || !g.words().isTitle(title) || title.endsWith("s")) {
            return null;
        }
        Set<Mention> apposedTitles = new LinkedHashSet<>(); // `…, président en exercice de l'UA`: not the title's state
        for (int a : g.dependents(node, "appos")) {
            if (g.words().isTitle(g.word(a))) {
                apposedTitles.addAll(g.entitiesInPhrase(a));
            }
        }
        Mention demonym = null;
        for (Mention m : g.phraseWithoutConj(node)) {
            if (apposedTitles.contains(m)) {
                continue;
            }
            if (!TitleAppositions.isTitleDemonym(m) || demonym != null) {
                return null;
            }
            demonym = m;
        }
        return demonym == null ? null : TitleAppositions.personNamedElsewhere(site.discourse(), demonym, g.words());
    }

    /**
     * `13 pays, partenaires de la Russie, n'ont pas signé`, `les alliés de Washington`: a state in the `de`
     * complement of a noun of relation (`relational_nouns`) is the other side of the relation, not one of the holders.
     */
    static boolean otherSideOfARelation(SentenceGraph g, Mention m) {
        if (m.type() != EntityType.COUNTRY && m.type() != EntityType.ORGANIZATION) {
            return false;
        }
        String noun = nounBeforeTheComplement(g, m);
        return noun != null && g.words().relationalNouns.contains(noun);
    }

    /** The word before the `de` (`du`, `des` …) that opens the mention's complement, past its article; null if none. */
    private static String nounBeforeTheComplement(SentenceGraph g, Mention m) {
        List<Token> toks = g.tokens();
        int k = g.tokenIndexAt(m.start()) - 1;
        while (k > 0 && g.words().definiteArticles.containsWord(toks.get(k))) {
            k--;
        }
        return k > 0 && g.words().complementMarkers.containsWord(toks.get(k)) ? toks.get(k - 1).word() : null;
    }

    /**
     * (h33-sources) `les représentants des pays signataires de la convention-cadre des Nations unies`: a body in the `de`
     * complement of a text noun, or of the noun of its signatories (`text_name_heads`), names the text (or is it), not
     * one of the holders; a state is left alone, as it may be the party to a bilateral text.
     */
    static boolean namesAText(SentenceGraph g, Mention m) {
        if (m.type() != EntityType.ORGANIZATION) {
            return false;
        }
        String noun = nounBeforeTheComplement(g, m);
        return noun != null && g.words().textNameHeads.contains(noun.toLowerCase(java.util.Locale.ROOT));
    }

    /**
     * `Mandaté par le président X`: the person is the `par` agent of a participle of sending, read by the words
     * (the parser often takes the fronted participle for the main verb), so X sent the one who acts.
     */
    private static boolean isSender(SentenceGraph g, Mention m) {
        List<Token> toks = g.tokens();
        int k = g.tokenIndexAt(m.start()) - 1;
        while (k > 0 && (g.words().definiteArticles.containsWord(toks.get(k)) || g.words().isTitle(toks.get(k).word()))) {
            k--;
        }
        return k > 0 && toks.get(k).folded().equals("par")
                && g.words().sendingParticiples.contains(toks.get(k - 1).word().toLowerCase(java.util.Locale.ROOT));
    }

    /**
     * The person in the `de` complement of an envoy noun (`envoy_nouns`), who sent the envoy and does not act himself:
     * right after it (`cet émissaire de X`, `l'envoyé du président X`), or after a title of its own and a comma when a
     * person named before the envoy noun is the envoy (`Y, l'envoyé spécial pour le climat du président américain, X`:
     * without that person, `l'envoyé spécial du président américain, X` names the envoy).
     */
    static boolean sentAnEnvoy(SentenceGraph g, Mention m) {
        if (m.type() != EntityType.PERSON) {
            return false;
        }
        List<Token> toks = g.tokens();
        RoleWords w = g.words();
        int k = g.tokenIndexAt(m.start()) - 1;
        boolean comma = k > 0 && toks.get(k).word().equals(",");
        if (comma) {
            k--;
        }
        boolean titled = false;
        while (k > 0 && (w.definiteArticles.containsWord(toks.get(k)) || w.isTitle(toks.get(k).word())
                || isDemonym(g, toks.get(k)))) {
            titled |= w.isTitle(toks.get(k).word());
            k--;
        }
        if (k <= 0 || !List.of("de", "du", "d'").contains(toks.get(k).folded()) || comma && !titled) {
            return false;
        }
        for (int e = k - 1; e >= Math.max(0, k - ENVOY_WINDOW); e--) {
            String word = toks.get(e).word();
            if (word.equals(",") || g.mentionAt(toks.get(e).start()) != null) {
                return false;
            }
            if (w.envoyNouns.contains(word)) {
                return !comma || personRightBefore(g, e);
            }
        }
        return false;
    }

    /** Most words between an envoy noun and the `de` of its sender (`envoyé spécial pour le climat du`). */
    private static final int ENVOY_WINDOW = 6;

    private static boolean isDemonym(SentenceGraph g, Token t) {
        Mention at = g.mentionAt(t.start());
        return at != null && TitleAppositions.isTitleDemonym(at);
    }

    /** A person, then a comma and an article, right before the token at {@code k} (`John X, l'envoyé`). */
    private static boolean personRightBefore(SentenceGraph g, int k) {
        List<Token> toks = g.tokens();
        int j = k - 1;
        while (j > 0 && g.words().definiteArticles.containsWord(toks.get(j))) {
            j--;
        }
        if (j <= 0 || !toks.get(j).word().equals(",")) {
            return false;
        }
        Mention before = g.mentionAt(toks.get(j - 1).start());
        Mention person = before != null ? before : lastMentionEndingAt(g, toks.get(j - 1).end());
        return person != null && person.type() == EntityType.PERSON;
    }

    private static Mention lastMentionEndingAt(SentenceGraph g, int end) {
        return g.mentions().stream().filter(m -> m.end() == end).findFirst().orElse(null);
    }

    /**
     * `… adoptée par les chefs d'État présents (AFP).`: a body alone in brackets that closes the sentence is the
     * source the sentence is credited to, not a holder.
     */
    /**
     * (h40-faux7) The name stands in a source phrase between commas that does not hold the cue (`Plusieurs chefs
     * d'État, selon le communiqué de la BAD, sont attendus`): the parser may hang it on the subject, but a source
     * only reports; it holds no role (`source_prepositions`).
     */
    static boolean inASourcePhrase(SentenceGraph g, int cueToken, Mention m) {
        List<Token> toks = g.tokens();
        int first = g.tokenIndexAt(m.start());
        int last = g.tokenIndexAt(m.end() - 1);
        if (first < 1 || last < first) {
            return false;
        }
        int k = first - 1;
        while (k >= 0 && !toks.get(k).word().equals(",")) {
            k--;
        }
        if (k < 0) {
            return false; // an opening source is SourcePrefix's
        }
        int end = last + 1;
        while (end < toks.size() && !toks.get(end).word().equals(",")) {
            end++;
        }
        if (end >= toks.size() || (cueToken > k && cueToken < end) || k + 1 >= first) {
            return false;
        }
        String p = toks.get(k + 1).folded();
        if (p.equals("d'") && k + 2 < first) {
            p = p + toks.get(k + 2).folded();
        }
        return g.words().sourcePrepositions.contains(p);
    }

    static boolean isSourceCredit(SentenceGraph g, Mention m) {
        if (m.type() != EntityType.ORGANIZATION) {
            return false;
        }
        List<Token> toks = g.tokens();
        int first = g.tokenIndexAt(m.start());
        int last = g.tokenIndexAt(m.end() - 1);
        if (openingCredit(g, first, last)) {
            return true;
        }
        if (first < 1 || last < 0 || last + 1 >= toks.size() || !toks.get(first - 1).word().equals("(")
                || !toks.get(last + 1).word().equals(")")) {
            return false;
        }
        for (int k = last + 2; k < toks.size(); k++) {
            if (!Words.isPunctuation(toks.get(k))) {
                return false;
            }
        }
        return true;
    }

    /**
     * (h47-votes6) `(Belga) Le Parlement européen a adopté …`, `(avec AFP) Les dirigeants ont signé …`: a body alone in the
     * bracket that opens the sentence, before any word of the text (an optional `avec` of `credit_openers` inside), is the
     * agency credited for the dispatch, never a party to what the sentence tells.
     */
    private static boolean openingCredit(SentenceGraph g, int first, int last) {
        List<Token> toks = g.tokens();
        if (first < 1 || last < first || last + 2 >= toks.size() || !toks.get(last + 1).word().equals(")")) {
            return false;
        }
        int open = first - 1;
        if (!toks.get(open).word().equals("(") && open > 0
                && g.words().creditOpeners.contains(toks.get(open).folded())) {
            open--;
        }
        return open == 0 && toks.get(open).word().equals("(");
    }

    /**
     * The entities a noun phrase names as the holder; after a bare title, the name in apposition
     * (`le chef de l'État colombien, Andrés Cárdenas`) is the holder, not the title's demonym.
     */
    static Set<Mention> holderMentions(SentenceGraph g, int node) {
        return new LinkedHashSet<>(g.<Set<Mention>>remembered("holderMentions", node, () -> holderMentionsOnce(g, node)));
    }

    private static Set<Mention> holderMentionsOnce(SentenceGraph g, int node) {
        Set<Mention> out = new LinkedHashSet<>();
        List<Integer> conjuncts = g.conjuncts(node);
        boolean namesPeople = conjuncts.stream().anyMatch(c -> g.entitiesInConjunct(c).stream()
                .anyMatch(m -> m.type() == EntityType.PERSON));
        for (int c : conjuncts) {
            Set<Mention> phrase = g.entitiesInConjunct(c);
            Set<Mention> leadersState = g.stateOfATitledLeadersGovernment(c);
            if (!leadersState.isEmpty()) {
                out.addAll(leadersState); // `L'administration du président américain X a refusé`: the state, not X
                continue;
            }
            if (TextFolding.fold(g.word(c)).startsWith("delegation")) {
                // `La délégation rwandaise, conduite par la ministre X, a signé`: the delegation acts for its
                // country; the person who leads it is its head, not the signatory.
                Set<Mention> states = new LinkedHashSet<>();
                for (Mention m : g.phraseWithoutConj(c)) {
                    if (m.type() == EntityType.COUNTRY || m.type() == EntityType.ORGANIZATION) {
                        states.add(m);
                    }
                }
                if (!states.isEmpty()) {
                    out.addAll(states);
                    continue;
                }
            }
            if (phrase.stream().noneMatch(m -> m.type() == EntityType.PERSON) && g.words().isHolderTitle(g.word(c))) {
                Mention person = TitleAppositions.personAfterTitle(g, c);
                if (person != null) {
                    out.add(person);
                    out.addAll(statesOfAnUnnamedPluralTitle(g, c));
                    continue;
                }
                for (int a : g.dependents(c, "appos")) {
                    if (g.words().isTitle(g.word(a))) {
                        // `le président angolais, président en exercice de l'UA`: the body a title in apposition names
                        // says what the unnamed person presides elsewhere; it holds nothing here
                        Set<Mention> ofTheTitle = g.entitiesInPhrase(a);
                        phrase.removeIf(m -> m.type() == EntityType.ORGANIZATION && ofTheTitle.contains(m));
                    }
                }
                if (g.words().isTitle(g.word(c)) && !g.word(c).endsWith("s")) {
                    // `le chef de l'État gabonais a été accueilli`: one person, unnamed here; the demonym does not act,
                    // nor, among people, the country of a title in apposition (`A, le chancelier de l'Allemagne`)
                    // (h40) unless the title is an item of its own among named people (`X, le Premier ministre
                    // irlandais et le président ghanéen`): no one named with it, its state (`ApposedTitle`)
                    boolean ownItem = namesPeople && !ApposedTitle.isApposed(g, c);
                    phrase.removeIf(m -> !ownItem && (TitleAppositions.isTitleDemonym(m) || namesPeople));
                }
            }
            if (g.words().isHolderTitle(g.word(c)) && phrase.stream().anyMatch(m -> m.type() == EntityType.PERSON)) {
                phrase.addAll(statesOfAnUnnamedPluralTitle(g, c)); // `le secrétaire général, M. X, les ministres du Maroc, …`
            }
            out.addAll(phrase);
        }
        return out;
    }

    /**
     * (h22-minis) `Ont pris part le secrétaire général de l'UMA, M. X, les ministres des Affaires étrangères du Maroc, de
     * l'Algérie et de Libye`: the parser hangs the next items on the first title as appositions; a plural title that names
     * no one (`les ministres … du Maroc`) stands for its states, which act like the named person before it
     * (docs/annotation.md § Roles: no person named, the country). The first state of its phrase and the list it opens.
     */
    private static Set<Mention> statesOfAnUnnamedPluralTitle(SentenceGraph g, int title) {
        Set<Mention> out = new LinkedHashSet<>();
        for (int a : g.dependents(title, "appos")) {
            String w = g.word(a);
            if (!w.endsWith("s") || !g.words().isHolderTitle(w)) {
                continue;
            }
            Set<Mention> phrase = g.entitiesInPhrase(a);
            if (phrase.stream().anyMatch(m -> m.type() == EntityType.PERSON)) {
                continue;
            }
            phrase.stream().filter(m -> m.type() == EntityType.COUNTRY).min(java.util.Comparator.comparingInt(Mention::start))
                    .ifPresent(first -> {
                        out.add(first);
                        Enumerations.coordination(g, first).stream().filter(m -> m.type() == EntityType.COUNTRY).forEach(out::add);
                    });
        }
        return out;
    }

    /** `60 pays, dont le Maroc`, `plusieurs États, notamment le Chili`, `cinq pays, à savoir A, B`: the members named after a count. */
    static List<Mention> countFollowedByList(SentenceGraph g, int node) {
        List<Token> toks = g.tokens();
        int t = g.tokenIndexAt(g.startOf(node));
        if (t < 0) {
            return List.of();
        }
        Mention own = g.mentionAt(g.startOf(node));
        if (own != null && (own.type() == EntityType.COUNTRY || own.type() == EntityType.PERSON)) {
            // `Dix pays ont participé au sommet, organisé par la Tunisie, dont le Niger`: one named state or
            // person counts no members; the list is the counted set's
            return List.of();
        }
        for (int k = t + 1; k < Math.min(toks.size(), t + 6); k++) {
            String w = toks.get(k).folded();
            if (w.equals("dont") || w.equals("notamment") || w.equals("parmi")
                    || w.equals("savoir") && toks.get(k - 1).folded().equals("a")) { // `cinq pays, à savoir A, B`
                return Enumerations.listAfter(g, k + 1, 3);
            }
            if (w.equals(".") || w.equals(";")) {
                break;
            }
        }
        return List.of();
    }
}
