package org.summitcoverage.extract.roles;

import java.util.ArrayList;
import java.util.List;

/**
 * Who arrives or comes to the meeting attends it: `Le président X est arrivé dimanche à Marrakech`, `De l'Afrique de
 * l'Ouest sont arrivés A et B`, `A et B ont été les premiers à arriver à Rome`, and who comes with them (`Arrivé avec
 * le ministre X, Y a …`). Not `arriver à conclure` (to manage
 * to), `arrivé au pouvoir`, `arrivé à échéance`, `vient de signer`, nor a thing that comes (`La paix en Somalie ne
 * peut venir que d'un dialogue`, `L'aide du Japon arrivera`: `arriving_things`, `situation_nouns`).
 */
final class ArrivalReading implements ParsedReading {
    private final HolderReading wordOrder = new TokenFallbackReading(false);
    private final SubjectReading pronounSubject = new SubjectReading();

    private final HolderReading setMembers = new SetMembersReading();

    @Override
    public List<Finding> readParsed(CueSite site) {
        SentenceGraph g = site.graph();
        if (!site.dependents("xcomp").isEmpty() || site.dependents("obl").stream()
                .anyMatch(n -> site.words().notArrivals.contains(g.word(n)))) {
            return List.of();
        }
        List<Integer> subjects = new ArrayList<>(ClauseReading.subjects(g, site.cueNode(), false));
        for (int gov : site.governors("acl")) {
            subjects.addAll(g.dependents(gov, "nsubj")); // `A et B ont été les premiers à arriver`
        }
        // `La paix en Somalie ne peut venir que d'un dialogue`, `l'aide du Japon arrivera`: a thing comes, no one attends
        if (subjects.removeIf(n -> site.words().arrivingThings.contains(g.word(n)) || site.words().situationNouns.contains(g.word(n)))
                && subjects.isEmpty()) {
            return List.of();
        }
        List<Finding> out = new ArrayList<>(site.phrases(subjects, Confidence.PARSE_SUBJECT, s -> "arrived: " + site.cueText()));
        if (out.isEmpty() && CueScope.startsWithParmi(g.tokens())) {
            // `Parmi les premiers arrivés figurent A et B`: the set the participle names, its members the main verb lists
            out.addAll(setMembers.read(site));
        }
        if (out.isEmpty() && subjects.stream().anyMatch(s -> site.words().subjectPronouns.contains(g.word(s)))) {
            // `X a annoncé qu'il viendrait au sommet`: the pronoun read as for any verb (the speaker, the previous subject)
            out.addAll(pronounSubject.readParsed(site));
        }
        if (out.isEmpty()) {
            out.addAll(wordOrder.read(site));
        }
        if (!out.isEmpty()) {
            // `Arrivé avec le chancelier X, Y a rencontré …`: who comes with a participant attends too
            out.addAll(site.phrases(site.dependents("obl:avec"), Confidence.NOUN_RULE, c -> site.cueText() + " avec"));
        }
        return out;
    }
}
