package org.summitcoverage.extract.roles;

import org.summitcoverage.model.EntityType;
import org.summitcoverage.model.Mention;

import java.util.ArrayList;
import java.util.List;

/**
 * A noun of attendance: its `de` complement attends, or with a possessive the subject of its verb (`X a honoré le
 * sommet de sa présence`) or the noun it qualifies (`Le président X, à son arrivée au sommet, a salué`, `X, lors de son arrivée
 * au sommet`) (`avec la participation du Maroc`, `a confirmé la présence de
 * la vice-présidente X`, `L'arrivée du président turc X est prévue`), people, states and bodies alike. A cancelled
 * attendance (`a annulé sa venue`, `a décliné sa participation`, `la participation de X a été annulée`) is none, and so is a participation in something
 * that is not a meeting (`la participation de la Russie à la guerre`) or is a later or earlier one (`à un sommet
 * ultérieur`, `other_meeting_markers`), and an attendance introduced by `sans` is an
 * absence. The presence of troops (`la présence des troupes rwandaises sur le territoire`: `armed_force_nouns`) is
 * where a state's forces stand, no attendance.
 */
final class AttendanceNounReading implements ParsedReading {
    @Override
    public List<Finding> readParsed(CueSite site) {
        if (isATopic(site)) {
            return List.of(); // `des tensions autour de la participation du Maroc`: what is disputed, no attendance
        }
        SentenceGraph g = site.graph();
        for (int v : site.governors("obj")) {
            if (site.words().cancellingVerbs.contains(g.word(v))) {
                return List.of();
            }
        }
        for (int v : site.governors("nsubj:pass")) {
            if (site.words().cancellingVerbs.contains(g.word(v))) {
                return List.of(); // `la participation de X au sommet a finalement été annulée`: the passive of cancelling
            }
        }
        // `le sommet s'est déroulé sans la présence du Pérou`: an attendance introduced by `sans` is an absence
        for (int c : site.dependents("case")) {
            if (g.word(c).equalsIgnoreCase("sans")) {
                return List.of();
            }
        }
        for (int n : site.dependents("nmod:à")) {
            Mention m = g.mentionAt(g.startOf(n));
            if (m != null && m.type() == EntityType.LOCATION && site.words().arrivalNouns.contains(site.graph().word(site.cueNode()))) {
                continue; // (h43-presences10) `l'arrivée à Addis-Abeba du président X`: the arrival's city, not what X joins
            }
            if (isBareOccasion(site, n)) {
                continue; // (h61-occ) `la présence à cette occasion, de X`: when the meeting is attended, not what
            }
            if (!site.words().meetingNouns.contains(g.word(n)) && (m == null || m.type() != EntityType.EVENT)) {
                return List.of();
            }
            if (g.dependents(n, "amod").stream().anyMatch(a -> site.words().otherMeetingMarkers.contains(g.word(a)))) {
                return List.of(); // `une participation de Moscou à un sommet ultérieur`: another meeting's attendance
            }
        }
        // (r21) `la présence de la Russie en Afrique`: where a state is active, no attendance; a person's `arrivée en
        // France` for the summit still is one
        boolean stateActiveInAPlace = site.dependents("nmod:en").stream().map(n -> g.mentionAt(g.startOf(n)))
                .anyMatch(m -> m != null && (m.type() == EntityType.COUNTRY || m.type() == EntityType.LOCATION));
        List<Integer> complements = new ArrayList<>(site.dependents("nmod:de"));
        complements.addAll(RepeatedAttendanceNoun.complements(site)); // `l'arrivée de A, celle de B et de C`
        if (!complements.isEmpty() && complements.stream().allMatch(c -> isArmedForce(site, c))) {
            return List.of(); // `la présence des troupes rwandaises sur le territoire`: where forces stand, no attendance
        }
        if (!complements.isEmpty()) {
            // `la participation des chefs d'État de A ainsi que des représentants de B`: the parser coordinates the
            // second complement with the noun of attendance itself
            for (int c : site.dependents("conj")) {
                if (site.words().representingNouns.contains(g.word(c).toLowerCase(java.util.Locale.ROOT))
                        || site.words().isTitle(g.word(c).toLowerCase(java.util.Locale.ROOT))) {
                    complements.add(c);
                }
            }
        }
        if (complements.isEmpty() && site.dependents("det").stream().noneMatch(d -> site.words().possessives.contains(g.word(d)))) {
            complements.addAll(InsertedPhraseComplement.complements(site)); // `la présence pour l'occasion, du ministre X`
        }
        complements.addAll(nestedListItems(site, complements));
        List<Finding> out = new ArrayList<>(site.phrases(complements, Confidence.NOUN_RULE,
                n -> site.cueText() + " de " + g.word(n)));
        if (out.isEmpty() && site.dependents("det").stream().anyMatch(d -> site.words().possessives.contains(g.word(d)))) {
            // `X a honoré le sommet de sa présence`: a possessive attendance is the subject's
            for (int v : g.governors(site.cueNode(), "obl")) {
                out.addAll(site.phrases(ClauseReading.subjects(g, v, false), Confidence.NOUN_RULE, s -> "sa " + site.cueText()));
            }
            for (int v : site.governors("obj")) {
                out.addAll(site.phrases(ClauseReading.subjects(g, v, false), Confidence.NOUN_RULE, s -> "sa " + site.cueText()));
            }
            // `Le président X, à son arrivée au sommet, a salué …`, a caption's `X, lors de son arrivée au sommet`:
            // the noun the possessive attendance qualifies is its holder
            for (int n : g.governors(site.cueNode(), "nmod")) {
                out.addAll(site.phrases(List.of(n), Confidence.NOUN_RULE, s -> "sa " + site.cueText()));
                out.addAll(subjectsOverTheMeetingHonoured(site, n));
            }
        }
        if (out.isEmpty() && complements.isEmpty()) {
            // (r21) `Le président X, dont la présence a été annoncée, …`: `dont` is the `de` complement, its antecedent attends
            out.addAll(site.phrases(dontAntecedents(site), Confidence.NOUN_RULE, n -> site.cueText() + " (dont)"));
        }
        if (out.isEmpty() && complements.isEmpty()) {
            out.addAll(bracketedStates(site));
        }
        out.addAll(statesOfCountedTitles(site, complements));
        out.addAll(AttendanceSetList.read(site));
        if (stateActiveInAPlace) {
            out.removeIf(f -> f.mention().type() == EntityType.COUNTRY);
        }
        return out;
    }

    /**
     * An occasion noun (`occasion_nouns`) standing alone, neither completed by a `de` phrase (`à l'occasion du match`,
     * however the parser hangs it) nor by anything of its own: a time adverbial of the meeting itself.
     */
    private static boolean isBareOccasion(CueSite site, int n) {
        SentenceGraph g = site.graph();
        if (!site.words().occasionNouns.contains(g.word(n)) || !g.dependents(n, "nmod:de").isEmpty()) {
            return false;
        }
        int next = g.tokenIndexAt(g.startOf(n)) + 1;
        return next >= g.tokens().size() || !Enumerations.isDeForm(g.tokens().get(next));
    }

    /** Steps from the noun of attendance up to the verb of the relative clause `dont` opens (`dont la présence a été annoncée`). */
    private static final int DONT_CLAUSE_REACH = 3;

    /**
     * The antecedent of the relative clause that `dont`, a complement of the noun of attendance, opens: the noun the
     * clause's verb qualifies (`acl:relcl`). None when the noun has no `dont`.
     */
    private static List<Integer> dontAntecedents(CueSite site) {
        SentenceGraph g = site.graph();
        if (site.dependents("nmod").stream().noneMatch(d -> g.word(d).equalsIgnoreCase("dont"))) {
            return List.of();
        }
        int node = site.cueNode();
        for (int step = 0; step < DONT_CLAUSE_REACH; step++) {
            List<Integer> antecedents = g.governors(node, "acl:relcl");
            if (!antecedents.isEmpty()) {
                return antecedents;
            }
            List<org.summitcoverage.nlp.ParsedSentence.Edge> in = g.incoming(node);
            if (in.isEmpty() || in.get(0).governor() <= 0) {
                return List.of();
            }
            node = in.get(0).governor();
        }
        return List.of();
    }

    /**
     * (h21-traites) `la participation du président français A, du président du Kazakhstan B et du président de la Banque
     * mondiale C`: the parser hangs each later `du` phrase of the list on the one before as its `de` complement. A title
     * noun so hung that a comma or a coordinating conjunction opens is one more item of the list, not whose title it is
     * (`du président de la Banque mondiale` has neither before `Banque`).
     */
    private static List<Integer> nestedListItems(CueSite site, List<Integer> complements) {
        SentenceGraph g = site.graph();
        List<Integer> out = new ArrayList<>();
        java.util.ArrayDeque<Integer> todo = new java.util.ArrayDeque<>(complements);
        while (!todo.isEmpty()) {
            int c = todo.pop();
            for (int d : g.dependents(c, "nmod:de")) {
                String noun = g.word(d).toLowerCase(java.util.Locale.ROOT);
                boolean titled = site.words().isTitle(noun) || site.words().representingNouns.contains(noun);
                boolean opened = g.dependents(d, "cc").size() + g.dependents(d, "punct").stream()
                        .filter(p -> g.word(p).equals(",") && p < d).count() > 0;
                if (titled && opened && !complements.contains(d) && !out.contains(d)) {
                    out.add(d);
                    todo.push(d);
                }
            }
        }
        return out;
    }

    /**
     * `X a honoré cet événement de sa présence`: the parser hangs the possessive attendance on the verb's object, not
     * on the verb; when that object is a meeting noun, the verb's subject attends. Other objects (`a annoncé la date
     * de sa venue`) name no meeting and give nothing here.
     */
    private static List<Finding> subjectsOverTheMeetingHonoured(CueSite site, int noun) {
        SentenceGraph g = site.graph();
        if (!site.words().meetingNouns.contains(g.word(noun))) {
            return List.of();
        }
        List<Finding> out = new ArrayList<>();
        for (int v : g.governors(noun, "obj")) {
            out.addAll(site.phrases(ClauseReading.subjects(g, v, false), Confidence.NOUN_RULE, s -> "sa " + site.cueText()));
        }
        return out;
    }

    /**
     * `la présence de cinq chefs d'État (A, B), huit Premiers ministres (C, D) et huit ministres (E)`: unnamed
     * representatives (a plural title, member or representing noun), each followed by the states they stand for in
     * brackets, which the parser hangs on that noun as an apposition; the noun is the `de` complement, or a later set
     * the parser hangs on the noun of attendance itself. The states attend.
     */
    private static List<Finding> statesOfCountedTitles(CueSite site, List<Integer> complements) {
        SentenceGraph g = site.graph();
        List<Integer> sets = new ArrayList<>(complements);
        sets.addAll(site.dependents("appos"));
        for (int n : List.copyOf(sets)) {
            sets.addAll(g.dependents(n, "conj"));
        }
        List<Finding> out = new ArrayList<>();
        for (int n : sets) {
            String noun = g.word(n);
            if (!noun.endsWith("s") || !site.words().memberNouns.contains(noun)
                    && !site.words().representingNouns.contains(noun) && !site.words().isTitle(noun)) {
                continue;
            }
            for (int a : g.dependents(n, "appos")) {
                int k = g.tokenIndexAt(g.startOf(a));
                if (k < 1 || !g.tokens().get(k - 1).word().equals("(")) {
                    continue;
                }
                List<Integer> items = new ArrayList<>(List.of(a));
                items.addAll(g.dependents(a, "conj"));
                for (int item : items) {
                    Mention m = g.mentionAt(g.startOf(item));
                    if (m != null && m.type() == EntityType.COUNTRY) {
                        out.add(site.finding(m, Confidence.NOUN_RULE, "listed", noun + " (" + m.text() + ")"));
                    }
                }
            }
        }
        return out;
    }

    /** A complement headed by a common noun of armed forces (`armed_force_nouns`), not the name of a body (`des Forces de …`). */
    private static boolean isArmedForce(CueSite site, int n) {
        SentenceGraph g = site.graph();
        return "NOUN".equals(g.pos(n)) && g.mentionAt(g.startOf(n)) == null
                && site.words().armedForceNouns.contains(g.word(n));
    }

    /**
     * `avec la participation essentiellement d'ambassadeurs et ministres (A, B, C entre autres)`: a `de` complement of
     * unnamed representatives the parser lost, with the states they stand for in brackets, read by the words.
     */
    private static List<Finding> bracketedStates(CueSite site) {
        List<org.summitcoverage.nlp.Token> toks = site.tokens();
        int k = site.hit().end();
        if (k < toks.size() && toks.get(k).word().toLowerCase(java.util.Locale.ROOT).endsWith("ment")) {
            k++; // `essentiellement`, `notamment`
        }
        if (!AttendanceSetList.opensRepresentativesSet(site, k)) {
            return List.of();
        }
        List<Finding> out = new ArrayList<>();
        for (Mention m : Enumerations.listAfter(site.graph(), k + 1, LIST_SLACK)) {
            if (m.start() > toks.get(k + 1).start() && bracketBefore(toks, k + 1, m)) {
                out.add(site.finding(m, Confidence.NOUN_RULE, "listed", site.cueText() + " (" + m.text() + ")"));
            }
        }
        return out;
    }

    private static final int LIST_SLACK = 10;

    /** A `(` stands between token {@code from} and the mention. */
    private static boolean bracketBefore(List<org.summitcoverage.nlp.Token> toks, int from, Mention m) {
        for (int j = from; j < toks.size() && toks.get(j).start() < m.start(); j++) {
            if (toks.get(j).word().equals("(")) {
                return true;
            }
        }
        return false;
    }

    /**
     * The noun of attendance is what a topic marker (`topic_markers`: `autour de`, `sur`, `concernant`) speaks of, past
     * its determiner (`des tensions autour de la participation du Maroc`, `le débat sur la présence de X`): a topic
     * asserts no attendance.
     */
    private static boolean isATopic(CueSite site) {
        List<org.summitcoverage.nlp.Token> toks = site.tokens();
        int k = site.hit().first() - 1;
        if (k >= 0 && (site.words().definiteArticles.containsWord(toks.get(k)) || site.words().possessives.containsWord(toks.get(k)))) {
            k--;
        }
        for (List<String> marker : site.words().topicMarkers) {
            int from = k + 1 - marker.size();
            if (from >= 0 && RoleWords.phraseEnd(toks, from, marker) == k + 1) {
                return true;
            }
        }
        return false;
    }
}
