package org.summitcoverage.extract.roles;

import org.summitcoverage.extract.roles.RoleCueLexicon.CueKind;
import org.summitcoverage.model.Mention;

import java.util.ArrayList;
import java.util.List;

/**
 * The subject of a verb cue (`La France et l'Inde coprésident le sommet`); a subject pronoun stands for the
 * topic opened by `Quant à` or for the subject of the previous sentence.
 */
final class SubjectReading implements ParsedReading {
    @Override
    public List<Finding> readParsed(CueSite site) {
        SentenceGraph g = site.graph();
        List<Finding> out = new ArrayList<>();
        for (int subj : ClauseReading.subjects(g, site.cueNode(), site.hit().kind() == CueKind.REFLEXIVE)) {
            String w = g.word(subj);
            boolean pronoun = site.words().subjectPronouns.contains(w);
            Mention topic = pronoun ? PronounAntecedents.topicOf(g) : null;
            if (topic != null) {
                // `Quant à l'Argentine, elle a refusé de signer`
                out.add(site.finding(topic, Confidence.PRONOUN, "pronoun", w + " → " + topic.text() + " (quant à)"));
            } else if (pronoun && !coordinatedSubject(site, w).isEmpty()) {
                // `Le président X n'a pas pu venir, mais il prend part au sommet par vidéo`: the subject of the
                // clause the pronoun's clause is coordinated with
                out.addAll(coordinatedSubject(site, w));
            } else if (pronoun) {
                for (Mention m : PronounAntecedents.previousSubject(site.discourse(), site.words(), w)) {
                    out.add(site.finding(m, Confidence.PRONOUN, "pronoun", w + " → " + m.text() + " (previous sentence)"));
                }
            } else {
                out.addAll(site.phrases(List.of(subj), Confidence.PARSE_SUBJECT,
                        s -> "parse: nsubj(" + site.cueText() + ", " + w + ")"));
            }
        }
        return out;
    }

    private static List<Finding> coordinatedSubject(CueSite site, String pronoun) {
        SentenceGraph g = site.graph();
        List<Finding> out = new ArrayList<>();
        for (int v : site.governors("conj")) {
            for (int s : ClauseReading.subjects(g, v, false)) {
                if (!site.words().subjectPronouns.contains(g.word(s))) {
                    out.addAll(site.phrases(List.of(s), Confidence.PRONOUN,
                            n -> pronoun + " → " + g.word(s) + " (coordinated clause)"));
                }
            }
        }
        return out;
    }
}
