package org.summitcoverage.extract;

import org.summitcoverage.dict.Dictionaries;
import org.summitcoverage.model.EntityType;
import org.summitcoverage.nlp.AnnotatedText;
import org.summitcoverage.nlp.Sentence;
import org.summitcoverage.nlp.Token;
import org.summitcoverage.dict.TextFolding;

import java.util.ArrayList;
import java.util.List;

/**
 * (h64-ents) `présidées par l'Emirati Sultan al-Jaber`: the tagger leaves untagged an Arabic name whose family name is
 * written with its particle in lower case and glued by a hyphen (`al-Jaber`, `el-Sissi`, `ben-Salem`). A capitalised
 * word right before such a family name is the given name, even a word that is also a title (`Sultan`, `Cheikh`): a
 * title stands before a whole name, never before the family name alone. The given name and the glued family names
 * after it (`Nawaf al-Ahmad al-Jaber`) make a person, unless the gazetteer knows the span (`Charm el-Cheikh`) or a
 * place or site noun opens it (`la mosquée Masjid al-X`).
 */
final class NamesWithAGluedParticle {
    private NamesWithAGluedParticle() {
    }

    static List<Candidate> apply(Dictionaries dict, AnnotatedText doc, List<Candidate> all) {
        List<Candidate> added = new ArrayList<>();
        for (Sentence s : doc.sentences()) {
            List<Token> toks = s.tokens();
            boolean[] covered = Candidate.coveredTokens(all, s.index(), toks.size());
            for (int k = 1; k < toks.size(); k++) {
                int first = k - 1;
                if (covered[first] || covered[k] || !NerSpanReader.particleGluedName(toks.get(k))
                        || !toks.get(first).isCapitalized() || Words.isPunctuation(toks.get(first))
                        || first > 0 && opensASite(dict, toks.get(first - 1))) {
                    continue;
                }
                int end = k + 1;
                while (end < toks.size() && !covered[end] && NerSpanReader.particleGluedName(toks.get(end))) {
                    end++;
                }
                int start = toks.get(first).start();
                int stop = toks.get(end - 1).end();
                String text = doc.text().substring(start, stop);
                if (!dict.lookup(TextFolding.fold(text)).isEmpty() || opensASite(dict, toks.get(first))) {
                    continue;
                }
                added.add(new Candidate(EntityType.PERSON, null, text, "", s.index(), first, end, start, stop, text, "",
                        "rule"));
                k = end;
            }
        }
        return Candidate.withAdded(all, added);
    }

    private static boolean opensASite(Dictionaries dict, Token t) {
        return dict.placeNouns.containsWord(t) || dict.venueHeads.containsWord(t) || dict.siteNouns.containsWord(t);
    }
}
