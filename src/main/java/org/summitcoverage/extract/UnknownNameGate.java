package org.summitcoverage.extract;

import org.summitcoverage.dict.Dictionaries;
import org.summitcoverage.dict.DictEntry;
import org.summitcoverage.dict.TextFolding;
import org.summitcoverage.nlp.NameTaggingGate;
import org.summitcoverage.nlp.Token;

import java.util.BitSet;
import java.util.List;
import java.util.Set;

/**
 * Sends a sentence to the CRF name tagger only when it holds a capitalised word that no dictionary form
 * accounts for: a person's name, an unlisted organisation, an acronym, a capital inside a form that needs
 * context (`Victoria`, `Georgia`). A sentence whose capitals all fall inside unambiguous dictionary matches,
 * titles, or a common word opening the sentence gains nothing from the tagger (dictionary matches win over its
 * spans), and in news text that is about half of the tokens. A word counts only inside a whole match, so the
 * `Mohammed VI` of `Université Mohammed VI` still goes to the tagger when it names the king, and a
 * capitalised common word inside a sentence goes too: it may open an unlisted name.
 */
public final class UnknownNameGate implements NameTaggingGate {
    /** After these a capital opens a quotation, a list item or a headline part, as at a sentence start. */
    private static final Set<String> OPENERS = Set.of("«", "\"", "“", "(", ":", "—", "–", "-", "…", "'");

    private final Dictionaries dict;

    public UnknownNameGate(Dictionaries dict) {
        this.dict = dict;
    }

    @Override
    public BitSet wordsToTag(List<Token> toks) {
        BitSet unknown = new BitSet(toks.size());
        boolean[] known = coveredByUnambiguousForms(toks);
        for (int i = 0; i < toks.size(); i++) {
            Token t = toks.get(i);
            if (!t.isCapitalized() || known[i] || dict.titles.containsWord(t) || dict.stateNouns.containsWord(t)) {
                continue;
            }
            boolean opening = i == 0 || OPENERS.contains(toks.get(i - 1).word());
            if (opening && dict.commonWords.containsWord(t)) {
                continue;
            }
            unknown.set(i);
        }
        return unknown;
    }

    /** Tokens inside a longest dictionary match whose entries need no context to be read. */
    private boolean[] coveredByUnambiguousForms(List<Token> toks) {
        boolean[] covered = new boolean[toks.size()];
        String[] folded = new String[toks.size()];
        for (int k = 0; k < toks.size(); k++) {
            folded[k] = toks.get(k).folded();
        }
        int maxLen = Math.min(dict.longestFormTokens() + 1, 16);
        int i = 0;
        while (i < toks.size()) {
            String head = GazetteerMatcher.afterElision(folded[i]);
            int matched = 0;
            if (dict.startsSomeForm(Dictionaries.firstWord(folded[i])) || head != null
                    && dict.startsSomeForm(Dictionaries.firstWord(head))) {
                // Longest first; lengths whose key can be no form are not tried (FormKeys).
                String[] keys = FormKeys.reachable(dict, toks, folded, i, maxLen, null);
                String[] headKeys = head != null ? FormKeys.reachable(dict, toks, folded, i, maxLen, head) : keys;
                for (int len = Math.max(keys.length, headKeys.length); len >= 1 && matched == 0; len--) {
                    if (len <= keys.length && unambiguous(keys[len - 1])
                            || head != null && len <= headKeys.length && unambiguous(headKeys[len - 1])) {
                        matched = len;
                    }
                }
            }
            for (int k = i; k < i + matched; k++) {
                covered[k] = true;
            }
            i += Math.max(matched, 1);
        }
        return covered;
    }

    private boolean unambiguous(String key) {
        List<DictEntry> entries = dict.lookup(key);
        if (entries.isEmpty()) {
            return false;
        }
        for (DictEntry e : entries) {
            if (e.ambiguous()) {
                return false;
            }
        }
        return true;
    }
}
