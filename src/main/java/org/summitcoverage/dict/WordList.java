package org.summitcoverage.dict;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;

/** A one-word-per-line resource ('#' comments), folded for lookup. */
public final class WordList {
    private final Set<String> folded;
    /** The first word of every entry: most positions in a text start none, and need no longer lookup. */
    private final Set<String> firstWords;

    private WordList(Set<String> folded) {
        this.folded = Set.copyOf(folded);
        Set<String> first = new HashSet<>();
        for (String e : folded) {
            int space = e.indexOf(' ');
            first.add(space < 0 ? e : e.substring(0, space));
        }
        this.firstWords = Set.copyOf(first);
    }

    public static WordList load(String resource) {
        try (InputStream in = WordList.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("word list not found on the classpath: " + resource);
            }
            Set<String> words = new HashSet<>();
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = r.readLine()) != null) {
                String s = line.strip();
                if (!s.isEmpty() && !s.startsWith("#")) {
                    words.add(TextFolding.fold(s));
                }
            }
            return new WordList(words);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }

    /** A list given in code or read from a TSV field, folded like a loaded one. */
    public static WordList of(java.util.Collection<String> words) {
        Set<String> folded = new HashSet<>();
        for (String w : words) {
            folded.add(TextFolding.fold(w));
        }
        return new WordList(folded);
    }

    /** The folded entries; a multi-word entry keeps its words separated by single spaces. */
    public Set<String> entries() {
        return folded;
    }

    public boolean contains(String word) {
        return folded.contains(TextFolding.fold(word));
    }

    /** {@link #contains} of a token's word, with the fold the token keeps: the rules ask this of every token they read. */
    public boolean containsWord(org.summitcoverage.nlp.Token token) {
        return folded.contains(token.folded());
    }

    /** Whether some entry begins with this folded word (one word: no space in it). */
    public boolean startsWithWord(String foldedWord) {
        return firstWords.contains(foldedWord);
    }

    public int size() {
        return folded.size();
    }
}
