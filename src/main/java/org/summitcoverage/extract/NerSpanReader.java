package org.summitcoverage.extract;

import org.summitcoverage.dict.Dictionaries;
import org.summitcoverage.dict.TextFolding;
import org.summitcoverage.model.EntityType;
import org.summitcoverage.nlp.Sentence;
import org.summitcoverage.nlp.Token;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Turns the WikiNER tagger's PER/ORG/LOC spans into candidates, after trimming articles and titles and
 * dropping the tagger's usual false names: capitalised common words at the start of a sentence or a line,
 * site words, lone titles.
 */
final class NerSpanReader {
    private static final Set<String> LEADING_JUNK = Set.of("le", "la", "les", "l'", "d'", "de", "du", "des", "un",
            "une", "au", "aux", "à", "et");
    private final Dictionaries dict;

    NerSpanReader(Dictionaries dict) {
        this.dict = dict;
    }

    List<Candidate> read(String text, Sentence s, LowercaseVocabulary lowercaseWords) {
        List<Token> toks = s.tokens();
        List<Candidate> out = new ArrayList<>();
        int i = 0;
        while (i < toks.size()) {
            String label = base(toks.get(i).ner());
            if (label.isEmpty()) {
                i++;
                continue;
            }
            int end = i + 1;
            while (end < toks.size() && base(toks.get(end).ner()).equals(label)) {
                end++;
            }
            Candidate c = toCandidate(text, s, i, end, label, lowercaseWords);
            if (c != null) {
                out.add(c);
            }
            i = end;
        }
        return out;
    }

    private Candidate toCandidate(String text, Sentence s, int first, int end, String label,
                                  LowercaseVocabulary lowercaseWords) {
        List<Token> toks = s.tokens();
        EntityType type = switch (label) {
            case "PER" -> EntityType.PERSON;
            case "ORG" -> EntityType.ORGANIZATION;
            case "LOC" -> EntityType.LOCATION;
            default -> null;
        };
        if (type == null) {
            return null; // MISC: meetings are read by the event rules; other MISC (laws, works) is not our type
        }
        while (first < end && (LEADING_JUNK.contains(Words.fold(toks.get(first))) || Words.isPunctuation(toks.get(first))
                || type == EntityType.PERSON && isTitleWord(toks.get(first)))) {
            first++;
        }
        while (end > first && (Words.isPunctuation(toks.get(end - 1)) || Words.isLowerWord(toks.get(end - 1))
                && type == EntityType.PERSON)) {
            end--;
        }
        if (first >= end) {
            return null;
        }
        Token head = toks.get(first);
        if (!head.isCapitalized()) {
            return null;
        }
        int start = head.start();
        int endChar = toks.get(end - 1).end();
        String surface = text.substring(start, endChar);
        if (surface.length() < 2 || surface.chars().noneMatch(Character::isLetter)) {
            return null;
        }
        if (end - first == 1) {
            boolean sentenceInitial = first == 0 || first == 1 && Words.isPunctuation(toks.get(0));
            if (dict.commonWords.contains(surface) || dict.titles.contains(surface) && type == EntityType.PERSON) {
                return null;
            }
            if (sentenceInitial && lowercaseWords.contains(TextFolding.fold(surface))) {
                return null;
            }
        } else if (allCommon(toks, first, end)) {
            return null;
        }
        String canonical = surface;
        return new Candidate(type, null, canonical, "", s.index(), first, end, start, endChar, surface, label, "ner");
    }

    private boolean allCommon(List<Token> toks, int first, int end) {
        for (int k = first; k < end; k++) {
            Token t = toks.get(k);
            if (!Words.isPunctuation(t) && !dict.commonWords.contains(t.word()) && !Words.FUNCTION.contains(Words.fold(t))) {
                return false;
            }
        }
        return true;
    }

    private boolean isTitleWord(Token t) {
        return dict.titles.contains(t.word());
    }

    static String base(String ner) {
        if (ner == null || ner.isEmpty() || ner.equals("O")) {
            return "";
        }
        return ner.startsWith("I-") || ner.startsWith("B-") ? ner.substring(2) : ner;
    }
}
