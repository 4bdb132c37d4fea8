package org.summitcoverage.extract.roles;

import org.summitcoverage.dict.TextFolding;
import org.summitcoverage.nlp.Sentence;
import org.summitcoverage.model.EntityType;
import org.summitcoverage.model.Mention;

import java.util.List;

/**
 * `Le président X a été accueilli à l'aéroport par le ministre Y`: a person received on arrival is greeted, and
 * who greets does not host the meeting (docs/annotation.md § Negation). A passive `accueillir` whose subject is
 * a person, a title, a relative pronoun on either (`son ministre, qui a été accueilli par Y`) or a pronoun for the person
 * the previous sentence opens on yields no HOST, nor does the participle on a person (`le président X, accueilli par le
 * chancelier`) or on a side event of the meeting (`une réunion d'information organisée par X`, `side_event_phrases`);
 * `Le Kenya accueille le sommet` and `X a accueilli ses homologues` still do. Nor does a verb with an adverbial of
 * arrival (`À son arrivée à l'aéroport, M. X, accompagné de Y, a été accueilli par Z`, `Z l'a accueilli à sa descente
 * d'avion`, `accueilli au pavillon présidentiel par Z`: `arrival_nouns`), even when the parser loses the one received; nor a passive whose agent is one person's
 * counterpart (`Le premier à être accueilli par son homologue X est Y`: `counterpart_nouns`, `singular_possessives`).
 */
final class GreetingIsNoHosting implements HolderReading {
    private final HolderReading reading;

    GreetingIsNoHosting(HolderReading reading) {
        this.reading = reading;
    }

    @Override
    public List<Finding> read(CueSite site) {
        SentenceGraph g = site.graph();
        if (site.cueNode() > 0 && !site.dependents("aux:pass").isEmpty()) {
            if (site.dependents("obl:agent").stream().anyMatch(a -> byOnesCounterpart(site, a))) {
                return List.of(); // `Le premier à être accueilli par son homologue X est Y`: one person greeting another
            }
            for (int o : site.dependents("obl")) {
                if (site.words().arrivalNouns.contains(g.word(o)) || arrivalComplement(site, o)) {
                    return List.of(); // `Il a été accueilli à son arrivée à l'aéroport par le président X`: a welcome
                }
            }
            if (site.dependents("nsubj:pass").isEmpty() && subjectOfTheFirstConjunctIsAPerson(site)) {
                return List.of(); // (h46-faux13) `X a atterri à l'aéroport et a été accueilli par Y`: X greeted
            }
            for (int s : site.dependents("nsubj:pass")) {
                if (site.words().relativePronouns.contains(g.word(s))) {
                    // `son Premier ministre, qui a été accueilli à Yaoundé par Y`: the antecedent is the one greeted
                    for (int a : site.governors("acl:relcl")) {
                        if (g.words().isHolderTitle(g.word(a)) || g.words().guestNouns.contains(g.word(a))
                                || g.entitiesInPhrase(a).stream().anyMatch(m -> m.type() == EntityType.PERSON)) {
                            return List.of();
                        }
                    }
                }
                if (g.words().isHolderTitle(g.word(s)) && !welcomedGuests(site, s) || greetedGuest(site, s)
                        || g.entitiesInPhrase(s).stream().anyMatch(m -> m.type() == EntityType.PERSON) && !membersOfWelcomedGuests(site, s)) {
                    return List.of();
                }
                if (site.words().subjectPronouns.contains(g.word(s)) && PronounAntecedents.previousSubject(site.discourse(),
                        site.words(), g.word(s)).stream().anyMatch(m -> m.type() == EntityType.PERSON)) {
                    return List.of(); // `X est arrivé à Y. Il a été accueilli à sa descente d'avion par Z`: a person greeted
                }
                if (site.words().subjectPronouns.contains(g.word(s)) && previousOpensOnATitle(site)) {
                    return List.of(); // `Le président ghanéen est arrivé lundi. Il a été accueilli par le roi X`: a person greeted
                }
                if ((g.word(s).equalsIgnoreCase("il") || g.word(s).equalsIgnoreCase("elle")) && pronounForTheMainSubjectPerson(site)) {
                    return List.of(); // (h19-side) `X a clôturé sa visite au palais, où il a été accueilli par Y`: X greeted
                }
            }
        }
        for (int n : site.cueNode() > 0 ? site.dependents("obl") : List.<Integer>of()) {
            if (site.words().arrivalNouns.contains(g.word(n)) && site.dependents("obl:agent").stream().noneMatch(a -> a == n)) {
                return List.of(); // `À son arrivée à l'aéroport, X a été accueilli par Y`: a greeting on arrival
            }
        }
        if (site.cueNode() > 0 && bareParticipleOnAPerson(site)) {
            return List.of(); // (h44-faux11) `Le roi X accueilli en grande pompe à Y`: a headline's passive, X received
        }
        if (site.cueNode() > 0 && frontedParticipleOnAPerson(site)) {
            return List.of(); // (h21-bilat) `Accueilli avec les honneurs au palais, le président X a …`: X was received
        }
        if (site.cueNode() > 0 && site.dependents("aux:pass").isEmpty() && greetedOnArrival(site)) {
            return List.of(); // `Y a accueilli le Premier ministre X à l'aéroport`: a person greeted on arrival
        }
        if (site.cueNode() > 0 && site.dependents("aux:pass").isEmpty() && oneCounterpartGreeted(site)) {
            return List.of(); // (h44-faux11) `Y a accueilli ce soir son homologue X.`: one person greeted, no meeting hosted
        }
        for (int n : site.cueNode() > 0 ? site.governors("acl") : List.<Integer>of()) {
            if (g.entitiesInPhrase(n).stream().anyMatch(m -> m.type() == EntityType.PERSON)
                    && ClauseReading.nameSplitByAParticle(g, site.cueNode()).isEmpty()) { // (h51-presences18) not `X da Silva accueille`
                return List.of(); // `le président X, accueilli par le chancelier avec une accolade`: a person greeted
            }
        }
        List<Integer> received = new java.util.ArrayList<>(site.cueNode() > 0 ? site.governors("acl") : List.of());
        received.addAll(site.cueNode() > 0 ? site.dependents("nsubj:pass") : List.of());
        // (r24) the active verb's object too: `X organisera des rencontres bilatérales en marge du sommet` (the parser
        // reads the partitive `des` as `de les`, an `obl:arg`)
        if (site.cueNode() > 0 && site.dependents("aux:pass").isEmpty()) {
            received.addAll(site.dependents("obj"));
            received.addAll(site.dependents("obl:arg"));
        }
        for (int n : received) {
            int k = g.tokenIndexAt(g.startOf(n));
            for (List<String> p : site.words().sideEventPhrases) {
                if (k >= 0 && RoleWords.phraseEnd(site.tokens(), k, p) > 0) {
                    // `une réunion d'information organisée par X`, `la conférence de presse organisée par Y`: a side
                    // event's organiser, not the meeting's host
                    return List.of();
                }
            }
        }
        return reading.read(site);
    }

    /**
     * (h33-relais) The previous sentence opens on an unnamed title (`Le président ghanéen est arrivé lundi.`): a singular
     * pronoun after it takes up that person, whose name the sentence does not give (so `previousSubject` finds only the
     * demonym's state).
     */
    private static boolean previousOpensOnATitle(CueSite site) {
        Sentence prev = site.discourse().previous();
        if (prev == null || prev.tokens().size() < 2) {
            return false;
        }
        String det = prev.tokens().get(0).folded().replace('’', '\'');
        return site.words().definiteArticles.contains(det) && site.words().isHolderTitle(prev.tokens().get(1).word());
    }

    /**
     * (h19-side) A place noun whose `de` complement is an arrival noun: `au bas de la passerelle`, `au pied de la
     * passerelle` (`arrival_nouns`), the passive's adverbial the parser heads on the place word.
     */
    private static boolean arrivalComplement(CueSite site, int obl) {
        SentenceGraph g = site.graph();
        for (org.summitcoverage.nlp.ParsedSentence.Edge e : g.outgoing(obl)) {
            if (e.relation().startsWith("nmod") && site.words().arrivalNouns.contains(g.word(e.dependent()))) {
                return true;
            }
        }
        return false;
    }

    /**
     * (h19-side) The passive's pronoun subject inside a relative or adverbial clause (`…, où il a été accueilli par Y`)
     * takes up the subject of the sentence's main verb when that names a person: `Le président X a clôturé sa visite par
     * une réception au palais, où il a été accueilli par l'empereur Y` is one person greeted, not a meeting hosted.
     */
    private static boolean pronounForTheMainSubjectPerson(CueSite site) {
        SentenceGraph g = site.graph();
        int n = site.cueNode();
        boolean subordinate = false;
        for (int steps = 0; steps < 12; steps++) {
            List<org.summitcoverage.nlp.ParsedSentence.Edge> in = g.incoming(n);
            if (in.isEmpty() || in.get(0).governor() == 0) {
                break;
            }
            String rel = in.get(0).relation();
            subordinate |= rel.startsWith("acl") || rel.startsWith("advcl");
            n = in.get(0).governor();
        }
        if (!subordinate || n == site.cueNode()) {
            return false;
        }
        for (int subject : g.dependents(n, "nsubj")) {
            if (g.entitiesInPhrase(subject).stream().anyMatch(m -> m.type() == EntityType.PERSON)) {
                return true;
            }
        }
        return false;
    }

    /** The agent is one person's counterpart (`par son homologue X`, `counterpart_nouns` after `singular_possessives`). */
    private static boolean byOnesCounterpart(CueSite site, int agent) {
        SentenceGraph g = site.graph();
        return site.words().counterpartNouns.contains(g.word(agent))
                && g.dependents(agent, "det").stream().anyMatch(d -> site.words().singularPossessives.contains(g.word(d)));
    }

    /**
     * A guest noun as the passive subject is one guest greeted (`Le dirigeant a été accueilli par Y`) or guests greeted
     * on arrival (`à l'aéroport`: `arrival_place_words`); the meeting's guests as a set welcomed where it is held
     * (`Les dirigeants ont été accueillis à Berlin par le chancelier X`) are hosted, as by the active `X a accueilli les
     * dirigeants à Berlin`.
     */
    private static boolean greetedGuest(CueSite site, int subject) {
        return site.words().guestNouns.contains(site.graph().word(subject)) && !welcomedGuests(site, subject);
    }

    /**
     * (h38-hotes4) `Une vingtaine de dirigeants, dont le chef de l'ONU X, seront accueillis à Nairobi par Y`: the people
     * named in the subject are all members listed after `dont` (`list_openers`) of a set of welcomed guests (the head,
     * or the `de` complement of a quantity head, `une vingtaine de dirigeants`): the set is received, no one person greeted.
     */
    private static boolean membersOfWelcomedGuests(CueSite site, int subject) {
        SentenceGraph g = site.graph();
        int set = welcomedGuests(site, subject) ? subject : -1;
        for (int n : set > 0 ? List.<Integer>of() : g.dependents(subject, "nmod")) {
            if (welcomedGuests(site, n)) {
                set = n;
                break;
            }
        }
        int setStart = set > 0 ? g.startOf(set) : -1;
        if (setStart < 0) {
            return false;
        }
        for (Mention m : g.entitiesInPhrase(subject)) {
            if (m.type() == EntityType.PERSON && !listedAfter(site, setStart, m.start())) {
                return false;
            }
        }
        return true;
    }

    /** A list opener (`dont`, `parmi lesquels`) between the set noun at {@code from} and the member at {@code to}. */
    private static boolean listedAfter(CueSite site, int from, int to) {
        List<org.summitcoverage.nlp.Token> toks = site.tokens();
        for (int k = 0; k < toks.size() && toks.get(k).start() < to; k++) {
            if (toks.get(k).start() <= from) {
                continue;
            }
            for (List<String> opener : site.words().listOpeners) {
                if (opener.size() > 0 && !opener.get(0).equals(":") && !opener.get(0).equals(",")
                        && RoleWords.phraseEnd(toks, k, opener) > 0) {
                    return true;
                }
            }
        }
        return false;
    }

    /** A plural guest noun (`les dirigeants`, `les chefs`) in a sentence that places no arrival: the meeting's guests. */
    private static boolean welcomedGuests(CueSite site, int subject) {
        String w = site.graph().word(subject);
        return site.words().guestNouns.contains(w) && (w.endsWith("s") || w.endsWith("x"))
                && site.tokens().stream().noneMatch(t -> site.words().arrivalPlaceWords.containsWord(t));
    }

    /**
     * An active `accueillir` whose one object names a person (or a single title) in a sentence that places the greeting
     * on arrival (`à l'aéroport`, `à sa descente d'avion`: `arrival_place_words`): `Y a accueilli le PM X à l'aéroport`.
     */
    private static boolean greetedOnArrival(CueSite site) {
        SentenceGraph g = site.graph();
        List<Integer> objects = site.dependents("obj");
        if (objects.isEmpty() && site.dependents("aux").size() == 1 && personNamedAfterTheCue(site)
                && site.tokens().stream().anyMatch(t -> site.words().arrivalPlaceWords.containsWord(t))) {
            // (h21-bilat) `Y a accueilli, hier à l'aéroport X, le président Z`: the parser hangs the one received on
            // the adverbial between the verb and him, and leaves the verb with no object
            return true;
        }
        if (objects.size() != 1 || g.conjuncts(objects.get(0)).size() > 1) {
            return false;
        }
        int o = objects.get(0);
        if (site.words().objectClitics.contains(g.word(o).toLowerCase(java.util.Locale.ROOT).replace('’', '\''))
                && !g.word(o).equalsIgnoreCase("les") && (arrivalPlaced(site) || errandOnComing(site))) {
            // (h35-hotes3) `Y était à l'aéroport pour l'accueillir`, `avant que Y n'arrive pour l'accueillir`: the clitic
            // is the one person met on arrival (a meeting taken up by a clitic is hosted where no arrival is told)
            return true;
        }
        boolean person = g.entitiesInPhrase(o).stream().anyMatch(m -> m.type() == EntityType.PERSON)
                || g.words().isHolderTitle(g.word(o)) && !g.word(o).endsWith("s")
                || oneGuest(site, o); // (h46-faux13) `pour accueillir son hôte de marque` at the airport
        return person && arrivalPlaced(site);
    }

    /**
     * (h44-faux11) An active `accueillir` whose one object is one's counterpart (`son homologue X`: `counterpart_nouns`
     * after `singular_possessives`) in a sentence that names no meeting (`meeting_nouns`, no event): one person greeted,
     * as the passive `X a été accueilli par son homologue Y` is; `accueille son homologue au 47e sommet` still hosts.
     */
    private static boolean oneCounterpartGreeted(CueSite site) {
        SentenceGraph g = site.graph();
        List<Integer> objects = site.dependents("obj");
        int o = objects.isEmpty() ? -1 : java.util.Collections.min(objects);
        // the enhanced graph gives each conjunct of the object the verb too (`X et son épouse`): one object and its conjuncts
        if (o < 0 || objects.stream().anyMatch(n -> n != o && !g.conjuncts(o).contains(n))) {
            return false;
        }
        boolean counterpart = objects.size() == 1 && g.conjuncts(o).size() <= 1 && byOnesCounterpart(site, o);
        // (h44-faux11) or named people, one or a couple (`accueillent le président X et la première dame Y`), as the
        // passive with a person as its subject is a greeting; not a plural guest noun (`ses homologues`: the guests)
        boolean people = !(site.words().guestNouns.contains(g.word(o)) && g.word(o).matches(".*[sx]"))
                && !site.words().counterpartNouns.contains(g.word(o))
                && (g.words().isHolderTitle(g.word(o)) && !g.word(o).matches(".*[sx]")
                || g.entitiesInPhrase(o).stream().anyMatch(m -> m.type() == EntityType.PERSON) && g.entitiesInPhrase(o).stream()
                .allMatch(m -> m.type() == EntityType.PERSON || m.type() == EntityType.COUNTRY));
        if (!counterpart && !people) {
            return false;
        }
        return site.tokens().stream().noneMatch(t -> site.words().meetingNouns.contains(t.word().toLowerCase(java.util.Locale.ROOT)))
                && g.mentions().stream().noneMatch(m -> m.type() == EntityType.EVENT);
    }

    /**
     * (h44-faux11) A headline drops the passive's auxiliary (`Le roi X accueilli en grande pompe à Y`): a past participle
     * of `accueillir` with no auxiliary nor copula whose subject names a person or a title is the passive, its subject
     * the one received, and no one hosts (not the guests as a set, `les chefs d'État accueillis par X`).
     */
    private static boolean bareParticipleOnAPerson(CueSite site) {
        SentenceGraph g = site.graph();
        String w = g.word(site.cueNode()).toLowerCase(java.util.Locale.ROOT);
        if (!w.matches("accueillie?s?") || !site.dependents("aux").isEmpty() || !site.dependents("aux:pass").isEmpty()
                || !site.dependents("cop").isEmpty()) {
            return false;
        }
        List<Integer> subjects = new java.util.ArrayList<>(site.dependents("nsubj"));
        subjects.addAll(site.dependents("nsubj:pass"));
        // as the passive: the meeting's guests as a set (`les chefs d'État accueillis par X`) are hosted
        return subjects.stream().anyMatch(s -> g.words().isHolderTitle(g.word(s)) && !welcomedGuests(site, s)
                || g.entitiesInPhrase(s).stream().anyMatch(m -> m.type() == EntityType.PERSON) && !membersOfWelcomedGuests(site, s)
                && !welcomedGuests(site, s));
    }

    private static boolean arrivalPlaced(CueSite site) {
        return site.tokens().stream().anyMatch(t -> site.words().arrivalPlaceWords.containsWord(t));
    }

    /** (h35-hotes3) The cue is an infinitive of purpose (`pour` + infinitive) on a verb of coming (`coming_verbs`). */
    private static boolean errandOnComing(CueSite site) {
        SentenceGraph g = site.graph();
        if (site.dependents("mark").stream().noneMatch(m -> g.word(m).equalsIgnoreCase("pour"))) {
            return false;
        }
        for (int v : site.governors("advcl:pour")) {
            if (site.words().comingVerbs.contains(g.word(v).toLowerCase(java.util.Locale.ROOT))) {
                return true;
            }
        }
        for (int v : site.governors("advcl")) {
            if (site.words().comingVerbs.contains(g.word(v).toLowerCase(java.util.Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    /**
     * (h21-bilat) A past participle (no auxiliary) opening the sentence as an adverbial clause of a verb whose subject
     * names a person or a title: `Accueilli avec les honneurs au palais présidentiel, le chef de l'État X a été décoré`,
     * `Reçu par le roi, le président Y a …`. The participle's own subject is the main one, the person received, and he
     * hosts nothing; a meeting as that subject (`Accueilli par le Kenya, le sommet a réuni …`) is still hosted.
     */
    private static boolean frontedParticipleOnAPerson(CueSite site) {
        SentenceGraph g = site.graph();
        String w = org.summitcoverage.dict.TextFolding.fold(g.word(site.cueNode()));
        boolean participle = w.endsWith("i") || w.endsWith("ie") || w.endsWith("is") || w.endsWith("ies")
                || w.endsWith("u") || w.endsWith("ue") || w.endsWith("us") || w.endsWith("ues");
        if (!participle || !site.dependents("aux").isEmpty() || !site.dependents("aux:pass").isEmpty()) {
            return false;
        }
        for (int noun : site.governors("acl")) {
            // the parser may hang the fronted participle on the title it qualifies: `Accueilli …, le chef de l'État X`
            if (g.startOf(site.cueNode()) < g.startOf(noun) && g.words().isHolderTitle(g.word(noun))) {
                return true;
            }
        }
        for (int verb : site.governors("advcl")) {
            for (String rel : List.of("nsubj", "nsubj:pass")) {
                for (int subject : g.dependents(verb, rel)) {
                    if (g.words().isHolderTitle(g.word(subject))
                            || g.entitiesInPhrase(subject).stream().anyMatch(m -> m.type() == EntityType.PERSON)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** A person is named after the cue, outside its subject: the one an active verb with no parsed object received. */
    private static boolean personNamedAfterTheCue(CueSite site) {
        SentenceGraph g = site.graph();
        int cueStart = g.startOf(site.cueNode());
        java.util.Set<String> subjects = new java.util.HashSet<>();
        for (int s : site.dependents("nsubj")) {
            g.entitiesInPhrase(s).forEach(m -> subjects.add(m.entityId()));
        }
        return g.mentions().stream().anyMatch(m -> m.type() == EntityType.PERSON && m.start() > cueStart
                && !subjects.contains(m.entityId()));
    }

    /**
     * (h46-faux13) A passive with no subject of its own coordinated after a verb whose subject names a person or a
     * single title (`Le président X a atterri à l'aéroport et a été accueilli par Y`): the subject is shared, X is
     * the one greeted, as with `X a été accueilli par Y`; not the meeting's guests as a set.
     */
    private static boolean subjectOfTheFirstConjunctIsAPerson(CueSite site) {
        SentenceGraph g = site.graph();
        for (int v : site.governors("conj")) {
            for (int s : g.dependents(v, "nsubj")) {
                if (g.words().isHolderTitle(g.word(s)) && !welcomedGuests(site, s)
                        || g.entitiesInPhrase(s).stream().anyMatch(m -> m.type() == EntityType.PERSON) && !membersOfWelcomedGuests(site, s)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** (h46-faux13) One guest: a `single_guest_nouns` noun under a singular possessive (`son hôte`, `son invité de marque`). */
    private static boolean oneGuest(CueSite site, int o) {
        SentenceGraph g = site.graph();
        return site.words().singleGuestNouns.contains(g.word(o).toLowerCase(java.util.Locale.ROOT))
                && g.dependents(o, "det").stream().anyMatch(d -> site.words().singularPossessives.contains(g.word(d)));
    }
}
