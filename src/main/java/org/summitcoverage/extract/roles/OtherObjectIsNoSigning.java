package org.summitcoverage.extract.roles;

import org.summitcoverage.dict.TextFolding;
import org.summitcoverage.extract.roles.RoleCueLexicon.CueKind;
import org.summitcoverage.model.EntityType;
import org.summitcoverage.model.Mention;
import org.summitcoverage.model.RoleType;
import org.summitcoverage.nlp.ParsedSentence;

import java.util.ArrayList;
import java.util.List;

/**
 * A verb of signing or approving signs the summit's text only when what it governs is a text (`a signé la
 * déclaration`, `a approuvé le texte`: `signed_texts`), a name or a pronoun, or nothing (`a signé`): approving
 * something else (`a validé le budget de l'organisation`, `a approuvé la nomination de X`, `a adopté une loi`,
 * `a soutenu la candidature de Y`) is no signature. Its object, the subject of its passive (`le budget a été validé
 * par X`) or the noun its participle qualifies (`le budget validé par X`) is what is signed. Joining another body
 * (`l'adhésion de la Suède à l'OTAN`: an organisation, or a noun that is no text, after `à`) is not a role of this
 * summit either (docs/annotation.md, joining).
 */
final class OtherObjectIsNoSigning implements HolderReading {
    private final HolderReading reading;

    OtherObjectIsNoSigning(HolderReading reading) {
        this.reading = reading;
    }

    @Override
    public List<Finding> read(CueSite site) {
        if (site.cueNode() <= 0) {
            return reading.read(site);
        }
        SentenceGraph g = site.graph();
        if (site.hit().kind() == CueKind.NOUN && site.words().signatoryNouns.contains(g.word(site.cueNode()))
                && signatoryOfABody(site)) {
            return List.of(); // `L'Inde n'est pas signataire de la CPI`: membership of a body, no text of this summit
        }
        if (site.role() == RoleType.NON_SIGNATORY && withdrawsAState(site)) {
            return List.of(); // (h21-traites) `Trump a retiré les États-Unis de l'OMS`: the state leaves, its leader refuses nothing
        }
        if (site.role() == RoleType.NON_SIGNATORY) {
            // `n'a pas approuvé la nomination de X`, `a refusé de valider le budget`: no text refused either
            List<Integer> refused = new ArrayList<>();
            // a cue of several words names its own object (`n'a pas apposé sa signature`): no other thing
            if (site.hit().role() == RoleType.SIGNATORY && site.hit().kind() == CueKind.VERB
                    && site.hit().end() - site.hit().first() == 1
                    && !site.words().meetingJoiningVerbs.containsWord(g.tokens().get(site.hit().first()))) {
                refused.addAll(site.dependents("obj"));
            } else if (site.hit().role() == RoleType.NON_SIGNATORY && site.hit().kind() == CueKind.VERB
                    && site.hit().end() - site.hit().first() == 1 && refusesItsObject(g.tokens().get(site.hit().first()).word())
                    && !(site.dependents("obj").isEmpty() && site.dependents("nsubj:pass").isEmpty())) {
                // `X refuse un visa à Y`, `a rejeté la demande de Z`: refusing a thing that is no text signs nothing away;
                // nor does the passive, whose subject is the thing refused (`Cette demande a été rejetée par X`)
                refused.addAll(site.dependents("obj"));
                refused.addAll(site.dependents("nsubj:pass"));
            } else if (site.hit().kind() == CueKind.VERB) {
                for (int x : site.dependents("xcomp")) {
                    if ("VERB".equals(g.pos(x)) && RefusedActReading.act(site, x) == RoleType.SIGNATORY
                            && !RefusedActReading.actNamesItsObject(site, x)) { // `refusé d'apporter sa signature`
                        refused.addAll(g.dependents(x, "obj"));
                    }
                }
            }
            for (int n : refused) {
                if (isOtherThing(site, n) && !withdrawnAssent(site, n)) {
                    return List.of();
                }
            }
            return reading.read(site);
        }
        if (site.role() != RoleType.SIGNATORY) {
            return reading.read(site);
        }
        if (site.hit().kind() == CueKind.VERB && joinsABody(site)) {
            return List.of(); // (h20-asie) `X a adhéré à l'ASEAN`: another body joined, not the summit's text
        }
        if (site.hit().kind() == CueKind.VERB && site.words().meetingJoiningVerbs.containsWord(g.tokens().get(site.hit().first()))
                && joinsAPerson(site)) {
            return List.of(); // `Le président égyptien sera rejoint par le président turc X`: company, no text joined
        }
        if (site.hit().kind() == CueKind.VERB && site.hit().end() - site.hit().first() == 1 && arguesAClause(site)) {
            return List.of(); // (h19-side) `X a soutenu qu'il faut agir`: soutenir que is to argue, no text signed
        }
        if (site.hit().kind() == CueKind.VERB && site.hit().end() - site.hit().first() == 1
                && "VERB".equals(g.pos(site.cueNode()))
                && !site.words().meetingJoiningVerbs.containsWord(g.tokens().get(site.hit().first()))) {
            // `rejoindre` is read by GroupJoiningReading (joining a group is the gold's signature of its texts)
            List<Integer> signed = new ArrayList<>(site.dependents("obj"));
            signed.addAll(site.dependents("nsubj:pass"));
            for (ParsedSentence.Edge e : g.incoming(site.cueNode())) {
                if (e.relation().equals("acl") && e.governor() > 0 && !activePerfect(g, site.cueNode())
                        && resumesAClause(site, e.governor())) {
                    return List.of(); // (h31-precision) `…, une déclaration approuvée par Moscou`: the clause approved
                }
                if (e.relation().equals("acl") && e.governor() > 0 && !textBefore(site) && !activePerfect(g, site.cueNode())) {
                    // `le budget validé par X`, not the antecedent of `qui a validé`; the parser may hang the participle
                    // on a noun inside the text's phrase (`une lettre sur la simplification des règles, signée par`)
                    signed.add(e.governor());
                }
            }
            for (int n : relativeAntecedents(site)) {
                if (resumesAClause(site, n)) {
                    return List.of(); // `…, objectif que le Brésil a déjà adopté`: the clause before the comma adopted
                }
                signed.add(n);
            }
            boolean support = site.words().supportVerbs.containsWord(g.tokens().get(site.hit().first()));
            if (support && !site.dependents("obl:agent").isEmpty()) {
                // (h22-afr) `Appuyée par A, elle a fait …` parsed as an adverbial clause: it qualifies the main subject
                for (int v : site.governors("advcl")) {
                    if (v > site.cueNode()) {
                        signed.addAll(g.dependents(v, "nsubj"));
                    }
                }
            }
            for (int n : signed) {
                if (isOtherThing(site, n) || isDraft(site, n) || isEarlierNamedText(site, n) || support && supportsAHolder(g, n)) {
                    return List.of();
                }
            }
        } else if (site.hit().kind() == CueKind.NOUN && site.words().joiningNouns.contains(g.word(site.cueNode()))) {
            for (int n : site.dependents("nmod")) {
                if (joinedAt(g, n) && (isBody(g, n) || isOtherThing(site, n)) || isEarlierNamedText(site, n)) {
                    return List.of();
                }
            }
            if (site.governors("nmod").stream().anyMatch(r -> site.words().joiningRequestNouns.contains(g.word(r)))) {
                return List.of(); // (h36) `a déposé une demande d'adhésion`: asked to join, joined nothing yet
            }
            if (bodyJoinedAfter(site)) {
                return List.of(); // `son feu vert à l'adhésion de la Suède à l'OTAN`, the parser hanging `à l'OTAN` elsewhere
            }
            java.util.Set<Mention> joiners = new java.util.LinkedHashSet<>();
            boolean textJoined = false;
            for (int n : site.dependents("nmod")) {
                if (!joinedAt(g, n)) {
                    joiners.addAll(g.entitiesInPhrase(n));
                } else {
                    textJoined |= site.words().signedTexts.contains(g.word(n));
                }
            }
            if (!joiners.isEmpty()) {
                // `Le Parlement turc a approuvé l'adhésion de la Finlande`: who joins is the noun's `de` complement
                List<Finding> kept = new ArrayList<>();
                for (Finding f : reading.read(site)) {
                    if (joiners.contains(f.mention())) {
                        kept.add(f);
                    }
                }
                if (kept.isEmpty() && textJoined && !ActNounReading.pending(site)) {
                    // `L'adhésion de la Gambie à la charte a été annoncée`: the noun names who joins the text itself
                    for (Mention m : joiners) {
                        if (SentenceGraph.canHoldRole(m)) {
                            kept.add(site.finding(m, Confidence.NOUN_RULE, "parse: " + site.cueText() + " de … à un texte",
                                    site.cueText() + " de " + m.text()));
                        }
                    }
                }
                return kept;
            }
        }
        return reading.read(site);
    }

    /**
     * (h19-side) The verb has no object and a clause complement opened by `que` (`a soutenu qu'il s'agira de …`,
     * `clause_complementizers`): what it asserts or agrees to is a fact, not a text.
     */
    private static boolean arguesAClause(CueSite site) {
        SentenceGraph g = site.graph();
        if (!site.dependents("obj").isEmpty()) {
            return false;
        }
        for (int c : site.dependents("ccomp")) {
            if (g.dependents(c, "mark").stream().anyMatch(m -> site.words().clauseComplementizers.contains(g.word(m)))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The signatory noun's `de` complement is a body (`signataire de la Cour pénale internationale`, `de l'OTAN`) whose
     * name is no text (`signataires de la Convention de …` stays a signature): what one is party to is that body.
     */
    private static boolean signatoryOfABody(CueSite site) {
        SentenceGraph g = site.graph();
        List<Integer> complements = new ArrayList<>(site.dependents("nmod"));
        complements.addAll(site.dependents("obl"));
        for (int n : complements) {
            boolean de = g.dependents(n, "case").stream()
                    .anyMatch(c -> List.of("de", "d'", "du", "des").contains(g.word(c).toLowerCase(java.util.Locale.ROOT)));
            if (de && n > site.cueNode() && isBody(g, n) && !site.words().signedTexts.contains(g.word(n))) {
                return true;
            }
        }
        return false;
    }

    /**
     * (h20-asie) A verb of `body_joining_verbs` whose `à` complement is an organisation whose name is no text (`a
     * adhéré à l'ASEAN`; `a adhéré à la Convention de …` stays a signature).
     */
    private static boolean joinsABody(CueSite site) {
        SentenceGraph g = site.graph();
        if (!site.words().bodyJoiningVerbs.containsWord(g.tokens().get(site.hit().first()))) {
            return false;
        }
        List<Integer> complements = new ArrayList<>(site.dependents("obl:à"));
        complements.addAll(site.dependents("obl"));
        for (int n : complements) {
            if (joinedAt(g, n) && isBody(g, n) && !site.words().signedTexts.contains(g.word(n))) {
                return true;
            }
        }
        return false;
    }

    /** The one joined (the object, or the subject of the passive) is a person or a person's title. */
    private static boolean joinsAPerson(CueSite site) {
        SentenceGraph g = site.graph();
        List<Integer> joined = new ArrayList<>(site.dependents("obj"));
        joined.addAll(site.dependents("nsubj:pass"));
        for (int n : joined) {
            Mention m = g.mentionAt(g.startOf(n));
            if (m != null && m.type() == org.summitcoverage.model.EntityType.PERSON
                    || g.words().isHolderTitle(g.word(n)) && !g.word(n).endsWith("s")) {
                return true;
            }
        }
        return false;
    }

    /**
     * `La Russie, soutenue par l'Iran, …`, `X a appuyé le Maroc`: a verb of support whose object is a state, a person or a
     * body backs that holder, not the summit's text.
     */
    private static boolean supportsAHolder(SentenceGraph g, int n) {
        Mention m = g.mentionAt(g.startOf(n));
        return m != null && SentenceGraph.canHoldRole(m) || actingPronoun(g, n);
    }

    /**
     * (h22-afr) `Appuyée par A et B, elle a fait un compte rendu`: the fronted participle qualifies the subject pronoun of
     * an active verb, someone who acts (a text taken up by a pronoun is the subject of a passive: `il a été adopté`).
     */
    private static boolean actingPronoun(SentenceGraph g, int n) {
        return g.words().subjectPronouns.contains(g.word(n)) && !g.governors(n, "nsubj").isEmpty()
                && g.governors(n, "nsubj:pass").isEmpty();
    }

    /** `les pays ayant signé le texte`: a participle after `ayant` is active, its noun signed rather than was signed. */
    static boolean activePerfect(SentenceGraph g, int participle) {
        return g.dependents(participle, "aux").stream().anyMatch(a -> g.word(a).equals("ayant"));
    }

    /**
     * `Le Danemark a ratifié le traité de Lisbonne en 2008`: a text named after a place (`de` + a name) in a sentence
     * dated by a year earlier than another year of the article is an earlier treaty, not the summit's text.
     */
    private static boolean isEarlierNamedText(CueSite site, int n) {
        SentenceGraph g = site.graph();
        if (!site.words().signedTexts.contains(g.word(n))) {
            return false;
        }
        boolean named = false;
        for (int c : g.dependents(n, "nmod")) {
            Mention m = g.mentionAt(g.startOf(c));
            named |= "PROPN".equals(g.pos(c)) || m != null && m.type() == EntityType.LOCATION;
        }
        if (!named) {
            return false;
        }
        int dated = 0;
        for (org.summitcoverage.nlp.Token t : site.tokens()) {
            if (org.summitcoverage.extract.Words.isYear(t.word())) {
                dated = Math.max(dated, Integer.parseInt(t.word()));
            }
        }
        if (dated == 0 || site.discourse() == null || site.discourse().doc() == null) {
            return false;
        }
        java.util.regex.Matcher y = YEAR.matcher(site.discourse().doc().text());
        while (y.find()) {
            if (Integer.parseInt(y.group()) > dated) {
                return true; // the article speaks of a later year: the dated signature is an earlier one
            }
        }
        return false;
    }

    private static final java.util.regex.Pattern YEAR = java.util.regex.Pattern.compile("\\b(1[89]|20)\\d\\d\\b");

    /** A noun of a text stands before the cue in its sentence. */
    private static boolean textBefore(CueSite site) {
        List<org.summitcoverage.nlp.Token> toks = site.tokens();
        for (int k = 0; k < site.hit().first(); k++) {
            if (site.words().signedTexts.containsWord(toks.get(k))) {
                return true;
            }
        }
        return false;
    }

    /**
     * `l'avant-projet de déclaration`, `une version provisoire de la déclaration`: a draft (`draft_nouns`, or a text
     * qualified by `draft_adjectives`) is negotiated, not signed.
     */
    private static boolean isDraft(CueSite site, int n) {
        SentenceGraph g = site.graph();
        if (site.words().draftNouns.contains(g.word(n))) {
            return true;
        }
        return site.words().signedTexts.contains(g.word(n))
                && g.dependents(n, "amod").stream().anyMatch(a -> site.words().draftAdjectives.contains(g.word(a)));
    }

    /**
     * (h31-precision) `La Chine juge difficile d'y participer, une déclaration approuvée par Moscou`, `…, objectif que le
     * Brésil a déjà adopté`: a noun set after a comma, bare or under an indefinite determiner (`resumptive_determiners`),
     * that closes a clause naming no text sums that clause up (an apposition résomptive): what is approved is what the
     * clause says, not the summit's text. After a text (`sur une déclaration finale, un texte signé par X`) it renames it.
     */
    private static boolean resumesAClause(CueSite site, int n) {
        SentenceGraph g = site.graph();
        if (!"NOUN".equals(g.pos(n))) {
            return false; // `…, membres de l'organisation, l'ont paraphée`: a clitic object names the text, sums up nothing
        }
        List<org.summitcoverage.nlp.Token> toks = site.tokens();
        int k = g.tokenIndexAt(g.startOf(n)) - 1;
        if (k >= 0 && site.words().resumptiveDeterminers.containsWord(toks.get(k))) {
            k--;
        }
        if (k < 1 || !toks.get(k).word().equals(",")) {
            return false;
        }
        for (int j = k - 1; j >= 0 && !toks.get(j).word().equals(","); j--) {
            if (site.words().signedTexts.containsWord(toks.get(j))) {
                return false;
            }
            org.summitcoverage.model.Mention m = g.mentionAt(toks.get(j).start());
            if (m != null && m.type() == EntityType.EVENT) {
                return false; // `…, le pacte de Paris, un texte signé par X`
            }
        }
        return true;
    }

    /**
     * (h31-precision) `…, objectif que le Brésil a déjà adopté`: the noun whose relative clause the cue heads is what is
     * signed, when the clause's `que` stands for it; the parser hangs the clause on the noun as a relative or a
     * complement clause and takes `que` for its object or its marker.
     */
    private static List<Integer> relativeAntecedents(CueSite site) {
        SentenceGraph g = site.graph();
        boolean que = false;
        for (String rel : List.of("obj", "mark")) {
            que |= site.dependents(rel).stream().anyMatch(d -> TextFolding.fold(g.word(d)).equals("que"));
        }
        List<Integer> out = new ArrayList<>();
        if (!que || site.dependents("obj").stream().anyMatch(d -> !TextFolding.fold(g.word(d)).equals("que"))) {
            return out;
        }
        for (ParsedSentence.Edge e : g.incoming(site.cueNode())) {
            if ((e.relation().equals("acl:relcl") || e.relation().equals("ccomp")) && e.governor() > 0
                    && e.governor() < site.cueNode() && "NOUN".equals(g.pos(e.governor()))) {
                out.add(e.governor());
            }
        }
        return out;
    }

    /** A common noun that names no text and is no holder (`le budget`, `la nomination`, `une loi`). */
    private static boolean isOtherThing(CueSite site, int n) {
        SentenceGraph g = site.graph();
        if (!"NOUN".equals(g.pos(n)) || g.mentionAt(g.startOf(n)) != null || addedAfterACommaAndAinsiQue(g, n)) {
            return false;
        }
        if (site.words().signedQuantities.contains(g.word(n))) {
            // `l'ensemble des textes`, `une série d'accords`: what is counted is what is signed
            for (int c : g.dependents(n, "nmod")) {
                if (!isOtherThing(site, c)) {
                    return false;
                }
            }
            return !g.dependents(n, "nmod").isEmpty();
        }
        return !site.words().signedTexts.contains(g.word(n)) && !site.words().joinedMeetings.contains(g.word(n))
                && !site.words().textParts.contains(g.word(n)); // (h26-commerce) `n'ont pas approuvé deux paragraphes`
    }

    /**
     * (h30-securite) `Le Mali et le Niger n'ont pas signé le texte, ainsi que deux organisations, dont l'ONU`: the parser
     * makes what follows `, ainsi que` a further object of the verb, but after the comma it adds signers to the subject
     * (`LikewiseExtension`), not a thing signed: it is no other thing that would undo the signature.
     */
    private static boolean addedAfterACommaAndAinsiQue(SentenceGraph g, int n) {
        for (int cc : g.dependents(n, "cc")) {
            int k = g.tokenIndexAt(g.startOf(cc));
            if (g.word(cc).equals("ainsi") && k > 0 && g.tokens().get(k - 1).word().equals(",")) {
                return true;
            }
        }
        return false;
    }

    /** `à l'OTAN`, `au Commonwealth`, `dans l'UE` within the few words after the noun of joining: another body joined. */
    private static boolean bodyJoinedAfter(CueSite site) {
        List<org.summitcoverage.nlp.Token> toks = site.tokens();
        SentenceGraph g = site.graph();
        for (int k = site.hit().end(); k < Math.min(toks.size() - 1, site.hit().end() + 8); k++) {
            String w = toks.get(k).word().toLowerCase(java.util.Locale.ROOT);
            if (w.equals(",") || w.equals(";")) {
                return false;
            }
            if (w.equals("à") || w.equals("au") || w.equals("aux") || w.equals("dans")) {
                int j = k + 1;
                while (j < toks.size() - 1 && site.words().definiteArticles.containsWord(toks.get(j))) {
                    j++;
                }
                Mention m = g.mentionAt(toks.get(j).start());
                return m != null && m.type() == EntityType.ORGANIZATION;
            }
        }
        return false;
    }

    /** The complement is opened by `à` / `au` / `aux` (what is joined, not who joins). */
    private static boolean joinedAt(SentenceGraph g, int n) {
        for (int c : g.dependents(n, "case")) {
            String w = g.word(c);
            if (w.equals("à") || w.equals("au") || w.equals("aux")) {
                return true;
            }
        }
        return false;
    }

    private static boolean isBody(SentenceGraph g, int n) {
        Mention m = g.mentionAt(g.startOf(n));
        return m != null && m.type() == EntityType.ORGANIZATION;
    }

    /** `refuser`, `rejeter`: verbs of refusal whose direct object is what is refused (`a refusé le texte`). */
    private static boolean refusesItsObject(String word) {
        String w = org.summitcoverage.dict.TextFolding.fold(word);
        return w.startsWith("refus") || w.startsWith("rejet") || w.startsWith("rejett")
                || w.startsWith("retir"); // (h20-paix) `après que X aura retiré ses troupes`: withdrawing troops leaves no text
    }

    /**
     * (h21-traites) A transitive withdrawal whose object is a state (`le président X a entamé un processus pour retirer
     * les États-Unis de l'agence`) takes that state out of a body or a treaty: the subject refuses nothing, and the state
     * leaves another body (no role of this summit) or a treaty signed earlier (an optional refusal at most, reading
     * guide), so no row is read from it. The pronominal `s'est retiré de l'accord` has no such object and stays a refusal.
     */
    private static boolean withdrawsAState(CueSite site) {
        if (site.hit().kind() != CueKind.VERB || site.hit().end() - site.hit().first() != 1
                || !site.words().withdrawalVerbs.containsWord(site.tokens().get(site.hit().first()))) {
            return false;
        }
        SentenceGraph g = site.graph();
        for (int o : site.dependents("obj")) {
            Mention m = g.mentionAt(g.startOf(o));
            if (m != null && m.type() == EntityType.COUNTRY) {
                return true;
            }
        }
        return false;
    }

    /**
     * (h20-paix) What a withdrawing verb takes back that is the assent itself (`a retiré sa signature`, `son adhésion`,
     * `withdrawn_assents`) leaves the text: a refusal, though the noun is no text.
     */
    private static boolean withdrawnAssent(CueSite site, int n) {
        return site.words().withdrawnAssents.contains(site.graph().word(n));
    }
}
