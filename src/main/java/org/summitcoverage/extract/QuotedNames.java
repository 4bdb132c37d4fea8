package org.summitcoverage.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.summitcoverage.model.EntityType;
import org.summitcoverage.nlp.Sentence;
import org.summitcoverage.nlp.Token;

/**
 * `la « Royal Commonwealth Society »`: a known body's name (`Commonwealth`) inside a longer name in quotes, every
 * word capitalized, is part of that other body's name, not a mention of the known one. Without this the tagger's
 * span is cut around the dictionary match into two bodies (`Royal`, `Society`).
 */
final class QuotedNames {
    private static final Set<String> OPENING = Set.of("«", "“", "\"");
    private static final Set<String> CLOSING = Set.of("»", "”", "\"");

    private QuotedNames() {
    }

    /** The quoted names of a sentence, and the dictionary matches left once those inside them are dropped. */
    record Split(List<Candidate> names, List<Candidate> keptMatches) {
    }

    /** The quoted names that enclose a dictionary body; {@code fromDict} is left as it is. */
    static Split enclosing(String text, Sentence s, List<Candidate> fromDict, List<Candidate> fromEvents) {
        List<Candidate> names = new ArrayList<>();
        List<Candidate> kept = new ArrayList<>(fromDict);
        List<Token> toks = s.tokens();
        for (Candidate c : fromDict) {
            if (c.type() != EntityType.ORGANIZATION) {
                continue;
            }
            int first = c.firstToken();
            while (first > 0 && isNameWord(toks.get(first - 1))) {
                first--;
            }
            int end = c.endToken();
            while (end < toks.size() && isNameWord(toks.get(end))) {
                end++;
            }
            if (first == 0 || end >= toks.size() || end - first == c.endToken() - c.firstToken()
                    || !OPENING.contains(toks.get(first - 1).word()) || !CLOSING.contains(toks.get(end).word())) {
                continue;
            }
            int from = first;
            int to = end;
            if (names.stream().anyMatch(n -> n.firstToken() == from && n.endToken() == to)) {
                kept.remove(c);
                continue;
            }
            if (kept.stream().anyMatch(o -> o != c && o.firstToken() < to && from < o.endToken()
                    && o.type() != EntityType.ORGANIZATION)) {
                continue; // a country or place inside the quotes stays what it is
            }
            if (fromEvents.stream().anyMatch(e -> e.firstToken() < to && from < e.endToken())) {
                continue; // `« Sommet Commonwealth Afrique »`: the meeting reader has the quotes
            }
            kept.remove(c);
            int start = toks.get(first).start();
            int endChar = toks.get(end - 1).end();
            String surface = text.substring(start, endChar);
            names.add(new Candidate(EntityType.ORGANIZATION, null, surface, "", s.index(), first, end, start, endChar,
                    surface, "ORG", "ner"));
        }
        return new Split(List.copyOf(names), List.copyOf(kept));
    }

    private static boolean isNameWord(Token t) {
        return t.isCapitalized() && !Words.isPunctuation(t);
    }
}
