package org.summitcoverage.extract.roles;

import org.summitcoverage.model.EntityType;

import java.util.ArrayList;
import java.util.List;

/**
 * `Les chefs d'État présents sont notamment A, B et C`, `Les invités d'honneur du sommet sont A et B`, `Les participants
 * étaient A et B`: the cue is (or qualifies) the subject of a copula, and the predicate lists who holds the role.
 * A subject that names a person itself is no set (`Le président X, présent …`); otherwise the cue's own reading
 * (none for `copula_only_status`: `X a salué les participants`).
 */
final class CopulaListReading implements HolderReading {
    private final HolderReading reading;

    CopulaListReading(HolderReading reading) {
        this.reading = reading;
    }

    @Override
    public List<Finding> read(CueSite site) {
        if (site.cueNode() > 0) {
            SentenceGraph g = site.graph();
            List<Integer> subjects = new ArrayList<>(List.of(site.cueNode()));
            subjects.addAll(site.governors("amod"));
            subjects.addAll(site.governors("acl"));
            for (int qualified : List.copyOf(subjects.subList(1, subjects.size()))) {
                // (h31-listes) `Les chefs d'État présents sont A (X), B (Y)`: the parser hangs the adjective on the
                // complement `État`; it qualifies the group noun whose complement that is
                for (int head : g.governors(qualified, "nmod")) {
                    if (site.words().groupNouns.contains(g.word(head))) {
                        subjects.add(head);
                    }
                }
            }
            List<Finding> out = new ArrayList<>();
            for (int s : subjects) {
                if (g.entitiesInPhrase(s).stream().anyMatch(m -> m.type() == EntityType.PERSON)) {
                    continue;
                }
                for (int p : g.governors(s, "nsubj")) {
                    if (!g.dependents(p, "cop").isEmpty()) {
                        out.addAll(HolderPhrases.phrase(site, p, Confidence.NOUN_RULE,
                                "copula list: " + g.word(s) + " " + site.cueText() + " … " + g.word(p)));
                    }
                }
            }
            if (out.isEmpty()) {
                out.addAll(subjectsOfAQualifiedPredicate(site));
            }
            if (!out.isEmpty()) {
                return out;
            }
        }
        if (site.words().copulaOnlyStatus.contains(site.cueText())) {
            // `X a salué les participants`: this cue names holders only through a copula (`copula_only_status`), or
            // (h31-listes) as the examples it introduces (`Certains participants, comme A et B, sont partis plus tôt`)
            if (site.cueNode() <= 0) {
                return List.of();
            }
            List<Integer> examples = new ArrayList<>(StatusNounReading.examples(site.graph(), site.cueNode()));
            examples.addAll(StatusNounReading.examplesOfAPart(site));
            return site.phrases(examples, Confidence.NOUN_RULE, e -> site.cueText() + ", comme … (examples)");
        }
        return reading.read(site);
    }

    /**
     * (h32-listes) `Le Kenya et le Ghana sont entre autres les poids lourds présents à Addis-Abeba`: the cue qualifies the
     * predicate noun of a copula (not its subject); the copula's subjects hold the role.
     */
    private static List<Finding> subjectsOfAQualifiedPredicate(CueSite site) {
        SentenceGraph g = site.graph();
        List<Finding> out = new ArrayList<>();
        for (int p : site.governors("amod")) {
            if (g.dependents(p, "cop").isEmpty() || g.entitiesInPhrase(p).stream().anyMatch(m -> m.type() == EntityType.PERSON)) {
                continue;
            }
            for (int subject : g.dependents(p, "nsubj")) {
                out.addAll(HolderPhrases.phrase(site, subject, Confidence.NOUN_RULE,
                        "copula predicate: " + g.word(subject) + " … " + g.word(p) + " " + site.cueText()));
            }
        }
        return out;
    }
}
