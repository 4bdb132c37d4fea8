package org.summitcoverage.extract;

import org.summitcoverage.dict.TextFolding;
import org.summitcoverage.model.EntityType;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A span proposed as an entity mention before merging. Person and event candidates have no final id
 * yet ({@code key} groups them); dictionary candidates carry their id already.
 */
record Candidate(EntityType type, String entityId, String canonical, String countryCode, int sentenceIndex,
                 int firstToken, int endToken, int start, int end, String text, String nerLabel, String method) {

    /** The same span as a body under its own stripped text (an outlet or a party the tagger took for a person or place). */
    /** The tokens of sentence {@code sentence} (of {@code size} tokens) that some candidate already covers. */
    static boolean[] coveredTokens(List<Candidate> all, int sentence, int size) {
        boolean[] covered = new boolean[size];
        for (Candidate c : all) {
            if (c.sentenceIndex() == sentence) {
                for (int k = c.firstToken(); k < c.endToken(); k++) {
                    covered[k] = true;
                }
            }
        }
        return covered;
    }

    /** {@code all} with {@code added} in text order, or {@code all} itself when nothing was added. */
    static List<Candidate> withAdded(List<Candidate> all, List<Candidate> added) {
        if (added.isEmpty()) {
            return all;
        }
        List<Candidate> out = new ArrayList<>(all);
        out.addAll(added);
        out.sort(Comparator.comparingInt(Candidate::sentenceIndex).thenComparingInt(Candidate::start));
        return out;
    }

    Candidate asOrganization() {
        String name = text.strip();
        return new Candidate(EntityType.ORGANIZATION, "org:" + TextFolding.slug(name), name, "",
                sentenceIndex, firstToken, endToken, start, end, text, "ORG", method);
    }

    boolean overlaps(Candidate o) {
        return sentenceIndex == o.sentenceIndex && start < o.end && o.start < end;
    }

    /**
     * {@code all} with every candidate a {@code found} one overlaps replaced by the found ones, in text order: how a
     * reading that rebuilds a span (`Air Algérie`, `Seychelles News Agency`, a titled name) puts it in place of the
     * pieces the tagger or the dictionaries had made of it.
     */
    static List<Candidate> replacedBy(List<Candidate> all, List<Candidate> found) {
        if (found.isEmpty()) {
            return all;
        }
        List<Candidate> out = new ArrayList<>(all.size());
        for (Candidate c : all) {
            if (found.stream().noneMatch(f -> f.overlaps(c))) {
                out.add(c);
            }
        }
        out.addAll(found);
        out.sort(Comparator.comparingInt(Candidate::sentenceIndex).thenComparingInt(Candidate::start));
        return out;
    }

    Candidate withIdentity(String newId, String newCanonical, String newCountry) {
        return new Candidate(type, newId, newCanonical, newCountry, sentenceIndex, firstToken, endToken, start, end,
                text, nerLabel, method);
    }
}
