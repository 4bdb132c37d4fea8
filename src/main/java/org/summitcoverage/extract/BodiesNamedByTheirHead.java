package org.summitcoverage.extract;

import org.summitcoverage.dict.Dictionaries;
import org.summitcoverage.dict.TextFolding;
import org.summitcoverage.model.EntityType;
import org.summitcoverage.nlp.AnnotatedText;
import org.summitcoverage.nlp.Token;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * (h47-entites14) `la Ligue arabe` … `la Ligue a adopté …`: once an article has named a body in full, it goes on
 * naming it by its capitalised head noun alone, after a definite article. A tagger's one-word body (not in capitals, no
 * dictionary name) that is the first word of exactly one body named earlier in the article is that body; when two
 * bodies share the word (`l'Union africaine`, `l'Union européenne`), `l'Union` names neither for sure and is left as read.
 */
final class BodiesNamedByTheirHead {
    private static final Set<String> DEFINITE = Set.of("la", "le", "l'", "l’");

    private BodiesNamedByTheirHead() {
    }

    static List<Candidate> apply(Dictionaries dict, AnnotatedText doc, List<Candidate> all) {
        // the bodies named so far, by the folded first word of their name: null once two different bodies share it
        Map<String, Candidate> byHead = new LinkedHashMap<>();
        Set<String> shared = new java.util.HashSet<>();
        List<Candidate> out = new ArrayList<>(all.size());
        for (Candidate c : all) {
            if (c.type() == EntityType.ORGANIZATION && isHeadAlone(dict, doc, c)) {
                Candidate body = byHead.get(TextFolding.fold(c.text().strip()));
                if (body != null && !shared.contains(TextFolding.fold(c.text().strip()))) {
                    c = new Candidate(EntityType.ORGANIZATION, body.entityId(), body.canonical(), body.countryCode(),
                            c.sentenceIndex(), c.firstToken(), c.endToken(), c.start(), c.end(), c.text(), c.nerLabel(),
                            c.method());
                }
            } else if (c.type() == EntityType.ORGANIZATION) {
                String[] w = c.text().strip().split("\\s+");
                if (w.length >= 2 && Character.isUpperCase(w[0].charAt(0)) && !Words.isAllCaps(w[0])) {
                    String head = TextFolding.fold(w[0]);
                    Candidate before = byHead.putIfAbsent(head, c);
                    if (before != null && !before.entityId().equals(c.entityId())) {
                        shared.add(head);
                    }
                }
            }
            out.add(c);
        }
        return out;
    }

    /** A tagger's one capitalised word (not an acronym), no dictionary name, right after a definite article. */
    private static boolean isHeadAlone(Dictionaries dict, AnnotatedText doc, Candidate c) {
        if (!c.method().equals("ner") || c.endToken() - c.firstToken() != 1 || c.firstToken() == 0) {
            return false;
        }
        String w = c.text().strip();
        if (w.isEmpty() || !Character.isUpperCase(w.charAt(0)) || Words.isAllCaps(w)
                || !dict.lookup(TextFolding.fold(w)).isEmpty()) {
            return false;
        }
        Token before = doc.sentences().get(c.sentenceIndex()).tokens().get(c.firstToken() - 1);
        return DEFINITE.contains(Words.fold(before));
    }
}
