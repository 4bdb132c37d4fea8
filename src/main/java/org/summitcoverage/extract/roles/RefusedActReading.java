package org.summitcoverage.extract.roles;

import org.summitcoverage.extract.roles.RoleCueLexicon.CueKind;
import org.summitcoverage.extract.roles.RoleCueLexicon.Hit;
import org.summitcoverage.model.RoleType;
import org.summitcoverage.nlp.Token;
import java.util.List;

/**
 * A verb of refusing says what is refused in its infinitive: refusing to sign is a refusal (`a refusé de signer`,
 * `a renoncé à ratifier`), refusing another act is none (`a refusé de participer au sommet`, `a renoncé à venir`:
 * negated attendance, docs/annotation.md § Negation: an infinitive that is a cue of another role). An infinitive no
 * cue names still refuses (`a refusé de parafer`). `renoncer` refuses only through an infinitive (`renoncer au
 * sommet` says nothing of the text); `refuser` also refuses its object (`a refusé le texte`), but not an invitation
 * (`a décliné l'invitation`: negated attendance). `bouder` (`shunning_verbs`) refuses a text (`a boudé la
 * déclaration`) but only stays away from a meeting (`a boudé le sommet`: negated attendance, no role).
 */
final class RefusedActReading implements HolderReading {
    private final HolderReading reading;

    RefusedActReading(HolderReading reading) {
        this.reading = reading;
    }

    @Override
    public List<Finding> read(CueSite site) {
        if (answersNoText(site)) {
            return List.of(); // `a dit non à une intervention`: no text answered
        }
        if (site.cueNode() <= 0 || site.role() != RoleType.NON_SIGNATORY) {
            return reading.read(site);
        }
        SentenceGraph g = site.graph();
        String cue = g.tokens().get(site.hit().first()).word();
        if (site.words().blockingVerbs.contains(cue)) {
            return blocksAText(site) ? reading.read(site) : List.of(); // (h25-europe) a veto of the text, nothing else
        }
        if (site.hit().kind() == CueKind.REFLEXIVE && site.words().opposingVerbs.contains(g.word(site.cueNode()))) {
            // (h25-europe) `s'est opposée aux conclusions`: a refusal; `s'oppose aux 26 autres États`, `à l'adhésion de X`: none
            return isTextOrActOnOne(site, site.dependents("obl")) || takesUpTheAdoptedText(site) ? reading.read(site) : List.of();
        }
        if (site.words().shunningVerbs.contains(cue)) {
            return shunsTheMeeting(site) || !shunsAText(site) ? List.of() : reading.read(site);
        }
        if (site.words().presentingHomographs.contains(cue) && presentsSomething(site)) {
            return List.of(); // `les progrès, tels que déclinés par X`: set out, not refused
        }
        if (site.words().abstainingVerbs.contains(g.word(site.cueNode()))) {
            // (h49-faux16) `s'est abstenue de critiquer l'invasion`: refraining from another act is no abstention on
            // the text; `s'est abstenu`, `s'est abstenu de signer` still are
            return refrainsFromAnotherAct(site) ? List.of() : reading.read(site);
        }
        boolean needsAct = site.words().actRefusalVerbs.contains(cue);
        if (!needsAct && !site.words().refusalVerbs.contains(cue)) {
            return reading.read(site);
        }
        for (int o : site.dependents("obj")) {
            if (site.words().declinedAttendance.contains(g.word(o))) {
                return List.of(); // `a décliné l'invitation`: stayed away, refused no text
            }
        }
        if (!needsAct && refusesAnyOfAKind(site)) {
            return List.of(); // `refusaient tout engagement`: no text refused, only committing at all
        }
        if (!needsAct && refusesNothingNamed(site) && !RollCallAbsenceIsNoRefusal.speaksOfSigning(site)) {
            // (h31-precision) `La Chine avait refusé d'y participer. Pékin a refusé, arguant que …`: a bare refusal
            // takes its act from the words around it; with no signing there it refuses no text
            return List.of();
        }
        // `refuser de faciliter une transition`: an act on no text refuses no text
        // (h63-sweepe) `refuser de servir de base arrière`: an act whose argument is a noun and no text refuses no text
        InfinitiveActs acts = infinitiveActs(site, (s, x) -> actsOnSomethingElse(s, x) || servesAsSomethingElse(s, x));
        if (acts.signing() || !acts.other() && !needsAct) {
            return reading.read(site); // an infinitive no cue names (`a refusé de parafer`) still says a refusal
        }
        return List.of();
    }

    /**
     * A refused object under a determiner of any (`tout engagement`, `toute concession`, `aucun compromis`:
     * `any_determiners`): a kind of act, no text put to signature, refused.
     */
    private static boolean refusesAnyOfAKind(CueSite site) {
        SentenceGraph g = site.graph();
        List<Integer> objects = site.dependents("obj");
        if (objects.isEmpty()) {
            return false;
        }
        for (int o : objects) {
            boolean any = false;
            for (int d : g.dependents(o, "det")) {
                any |= site.words().anyDeterminers.contains(g.word(d).toLowerCase(java.util.Locale.ROOT));
            }
            if (!any) {
                return false;
            }
        }
        return true;
    }

    /**
     * (h49-faux16) An infinitive of a verb of abstaining (`abstaining_verbs`) names another act: a cue of a role other
     * than signing (`s'abstenir de participer`) or an act whose object is no text (`s'abstenir de critiquer l'invasion`,
     * `de recourir à la force`). One of signing or voting (`s'abstenir de signer`, `de voter la résolution`) names none.
     */
    private static boolean refrainsFromAnotherAct(CueSite site) {
        SentenceGraph g = site.graph();
        InfinitiveActs acts = infinitiveActs(site, (s, x) -> actsOnSomethingElse(s, x)
                || !g.dependents(x, "obl").isEmpty() && g.dependents(x, "obj").isEmpty()
                && g.dependents(x, "obl").stream().noneMatch(o -> s.words().signedTexts.contains(g.word(o))));
        return !acts.signing() && acts.other();
    }

    /** Whether the verb infinitives under the cue sign or vote, and whether one does another act. */
    private record InfinitiveActs(boolean signing, boolean other) {
    }

    /**
     * Sorts the cue's verb infinitives: one a signing or voting cue names signs; one another cue names, or one
     * {@code otherAct} holds for, does another act.
     */
    private static InfinitiveActs infinitiveActs(CueSite site, java.util.function.BiPredicate<CueSite, Integer> otherAct) {
        SentenceGraph g = site.graph();
        boolean signing = false;
        boolean other = false;
        for (int x : site.dependents("xcomp")) {
            if (!"VERB".equals(g.pos(x))) {
                continue;
            }
            RoleType act = act(site, x);
            if (act == RoleType.SIGNATORY || act == RoleType.NON_SIGNATORY) {
                signing = true;
            } else if (act != null || otherAct.test(site, x)) {
                other = true;
            }
        }
        return new InfinitiveActs(signing, other);
    }

    /** The verb of refusing stands without object, infinitive or clause (`Pékin a refusé, arguant que …`). */
    private static boolean refusesNothingNamed(CueSite site) {
        return site.dependents("obj").isEmpty() && site.dependents("xcomp").isEmpty() && site.dependents("ccomp").isEmpty()
                && site.dependents("nsubj:pass").isEmpty() && site.governors("acl").isEmpty();
    }

    /** An infinitive no cue names with an object that is no text (`faciliter une transition`, not `parafer le texte`). */
    private static boolean actsOnSomethingElse(CueSite site, int verb) {
        SentenceGraph g = site.graph();
        List<Integer> objects = g.dependents(verb, "obj");
        return !objects.isEmpty() && objects.stream().noneMatch(o -> site.words().signedTexts.contains(g.word(o)) && !namesAStanding(site, o));
    }

    /**
     * (h63-sweepe) An infinitive with no object whose argument oblique (`obl:arg`) is a noun and no text (`servir de base
     * arrière`, `recourir à la force`): an act on something else. A pronoun (`d'y souscrire`) or a text (`souscrire à la
     * déclaration`) still leaves the refusal a refusal of the text.
     */
    private static boolean servesAsSomethingElse(CueSite site, int verb) {
        SentenceGraph g = site.graph();
        List<Integer> arguments = g.dependents(verb, "obl:arg");
        return g.dependents(verb, "obj").isEmpty() && !arguments.isEmpty()
                && arguments.stream().allMatch(o -> "NOUN".equals(g.pos(o)) && !site.words().signedTexts.contains(g.word(o)));
    }

    /**
     * (h41-faux8) A text noun with a bare `de` complement of membership (`admission_nouns`: `le statut de membre`,
     * `statut d'observateur`) names a standing granted to a state, no text: refusing to grant it refuses no text.
     */
    private static boolean namesAStanding(CueSite site, int noun) {
        SentenceGraph g = site.graph();
        return g.dependents(noun, "nmod").stream().anyMatch(c -> site.words().admissionNouns.contains(g.word(c))
                && g.dependents(c, "det").isEmpty()
                && g.dependents(c, "case").stream().anyMatch(k -> g.word(k).toLowerCase(java.util.Locale.ROOT).startsWith("d")));
    }

    /**
     * What a verb of refusing that also means setting out (`presenting_homographs`) has for its object, passive subject
     * or the noun its participle qualifies (`les priorités déclinées par X`, `les progrès, tels que déclinés par X`,
     * `a décliné sa vision`): a noun that is neither a text (`signed_texts`) nor an invitation (`declined_attendance`) is
     * presented, not refused.
     */
    private static boolean presentsSomething(CueSite site) {
        SentenceGraph g = site.graph();
        List<Integer> declined = new java.util.ArrayList<>(site.dependents("obj"));
        declined.addAll(site.dependents("nsubj:pass"));
        declined.addAll(site.governors("acl"));
        declined.addAll(site.governors("nmod")); // `telles que déclinées`: the parser may make it a `tels que` nmod
        for (int n : declined) {
            String pos = g.pos(n);
            if (("NOUN".equals(pos) || "ADJ".equals(pos)) && !site.words().signedTexts.contains(g.word(n))
                    && !site.words().declinedAttendance.contains(g.word(n))) {
                return true;
            }
        }
        return false;
    }

    /** `dire non à` / `dire oui à` (`answering_verbs`) with no text noun (`answered_texts`) in the next few words. */
    private static boolean answersNoText(CueSite site) {
        List<Token> toks = site.tokens();
        if (site.hit().first() < 0 || !site.words().answeringVerbs.containsWord(toks.get(site.hit().first()))) {
            return false;
        }
        for (int k = site.hit().end(); k < Math.min(toks.size(), site.hit().end() + 4); k++) {
            if (site.words().answeredTexts.containsWord(toks.get(k))) {
                return false;
            }
        }
        return true;
    }

    /** `bouder le sommet`, `la réunion, boudée par X`: staying away from the meeting, no refusal of its text. */
    /** `a boudé la charte`, `la déclaration, boudée par X`: what is shunned is a text (not `boude Antalya`, a place). */
    private static boolean shunsAText(CueSite site) {
        List<Integer> shunned = new java.util.ArrayList<>(site.dependents("obj"));
        shunned.addAll(site.dependents("nsubj:pass"));
        shunned.addAll(site.governors("acl"));
        SentenceGraph g = site.graph();
        return shunned.stream().anyMatch(n -> site.words().signedTexts.contains(g.word(n)));
    }

    /**
     * (h25-europe) `La Hongrie a bloqué les conclusions`, `bloque l'adoption de la déclaration`, `les conclusions, bloquées
     * par X`: what is blocked (object, passive subject, the noun the participle qualifies) is a text, or an act done to
     * one (`text_act_nouns`) whose `de` complement is a text. `bloque l'aide`, `l'adhésion de l'Ukraine`, `tout accord`
     * (no text put to signature: `any_determiners`) block no text.
     */
    private static boolean blocksAText(CueSite site) {
        List<Integer> blocked = new java.util.ArrayList<>(site.dependents("obj"));
        blocked.addAll(site.dependents("nsubj:pass"));
        blocked.addAll(site.governors("acl"));
        return isTextOrActOnOne(site, blocked);
    }

    /**
     * One of {@code nodes} is a text (`signed_texts`) or an act done to one (`text_act_nouns` with a text as its `de`
     * complement), not under a determiner of any (`tout accord`: no text put to signature).
     */
    private static boolean isTextOrActOnOne(CueSite site, List<Integer> nodes) {
        SentenceGraph g = site.graph();
        for (int n : nodes) {
            if (g.dependents(n, "det").stream().anyMatch(d -> site.words().anyDeterminers.contains(g.word(d).toLowerCase(java.util.Locale.ROOT)))) {
                continue;
            }
            if (site.words().signedTexts.contains(g.word(n))) {
                return true;
            }
            if (site.words().textActNouns.contains(g.word(n)) && g.dependents(n, "nmod").stream()
                    .anyMatch(c -> site.words().signedTexts.contains(g.word(c)))) {
                return true;
            }
        }
        return false;
    }

    /**
     * (h36) `La résolution a été adoptée. La Hongrie s'y est opposée`: the clitic `y` with no `à` complement of its own
     * takes up what the previous sentence opens on; when that is a text (`signed_texts` in its first words) the sentence
     * signs (a signing verb: `a été adoptée`), opposing it refuses it; a noun cue there (`mentionne l'adhésion de …`) signs nothing. `y` after a sentence on anything else (`l'élargissement`) refuses nothing.
     */
    private static boolean takesUpTheAdoptedText(CueSite site) {
        List<Token> toks = site.tokens();
        boolean clitic = false;
        for (int k = Math.max(0, site.hit().first() - 3); k < Math.min(toks.size(), site.hit().end()); k++) {
            clitic |= toks.get(k).word().equals("y");
        }
        java.util.Optional<org.summitcoverage.nlp.Sentence> previous = java.util.Optional.ofNullable(site.discourse())
                .map(Discourse::previous);
        if (!clitic || !site.dependents("obl").isEmpty() || previous.isEmpty()) {
            return false;
        }
        List<Token> before = previous.get().tokens();
        boolean opensOnAText = before.stream().limit(4).anyMatch(t -> site.words().signedTexts.contains(t.word().toLowerCase(java.util.Locale.ROOT)));
        return opensOnAText && RoleCueLexicon.shared().find(before).stream()
                .anyMatch(h -> h.role() == RoleType.SIGNATORY && h.kind() == CueKind.VERB);
    }

    private static boolean shunsTheMeeting(CueSite site) {
        List<Integer> shunned = new java.util.ArrayList<>(site.dependents("obj"));
        shunned.addAll(site.dependents("nsubj:pass"));
        SentenceGraph g = site.graph();
        for (int n : shunned) {
            if (site.words().joinedMeetings.contains(g.word(n))) {
                return true;
            }
        }
        // `la réunion, boudée par X`: the participle modifies the meeting noun
        for (int head : g.governors(site.cueNode(), "acl")) {
            if (site.words().joinedMeetings.contains(g.word(head))) {
                return true;
            }
        }
        return false;
    }

    /** The signing cue the infinitive at {@code node} starts names its own object (`apporter sa signature`). */
    static boolean actNamesItsObject(CueSite site, int node) {
        List<Token> toks = site.tokens();
        int start = site.graph().startOf(node);
        for (Hit h : RoleCueLexicon.shared().find(toks)) {
            if (h.first() >= 0 && h.first() < toks.size() && toks.get(h.first()).start() == start && h.kind() != CueKind.MODAL
                    && h.role() == RoleType.SIGNATORY && h.end() - h.first() > 1) {
                return true;
            }
        }
        return false;
    }

    /** The role of the verb cue the infinitive at {@code node} starts (`signer`, `s'associer`, `participer`), or null. */
    static RoleType act(CueSite site, int node) {
        List<Token> toks = site.tokens();
        int start = site.graph().startOf(node);
        RoleType found = null;
        for (Hit h : RoleCueLexicon.shared().find(toks)) {
            if (h.first() >= 0 && h.first() < toks.size() && toks.get(h.first()).start() == start && h.kind() != CueKind.MODAL
                    && h.role() != null) {
                if (h.role() == RoleType.SIGNATORY || h.role() == RoleType.NON_SIGNATORY) {
                    return h.role();
                }
                found = h.role();
            }
        }
        return found;
    }
}
