package org.summitcoverage.extract;

import org.summitcoverage.nlp.AnnotatedText;
import org.summitcoverage.nlp.Sentence;
import org.summitcoverage.nlp.Token;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** One sentence cut into tokens by hand, roughly as CoreNLP's French tokenizer would: tests load no model. */
public final class HandTokens {
    private static final Pattern TOKEN = Pattern.compile("\\p{L}+['’]|[\\p{L}\\p{N}-]+|[^\\s\\p{L}\\p{N}]");

    private HandTokens() {
    }

    /** {@code ner}: the tagger's label of some words, as the CRF would have put them. */
    public static Sentence sentence(String text, Map<String, String> ner) {
        return sentence(0, text, 0, text.length(), ner);
    }

    public static Sentence sentence(String text) {
        return sentence(text, Map.of());
    }

    /** Sentence {@code index} of a longer text: the characters [start, end) of {@code document}. */
    public static Sentence sentence(int index, String document, int start, int end, Map<String, String> ner) {
        List<Token> tokens = new ArrayList<>();
        Matcher m = TOKEN.matcher(document).region(start, end);
        while (m.find()) {
            tokens.add(new Token(tokens.size(), m.group(), m.start(), m.end(), ner.getOrDefault(m.group(), "")));
        }
        return new Sentence(index, start, end, tokens);
    }

    /** Tokens given one by one, as if written with one space between each (no tagger label). */
    public static List<Token> words(String... words) {
        List<Token> out = new ArrayList<>();
        int pos = 0;
        for (String w : words) {
            out.add(new Token(out.size(), w, pos, pos + w.length(), ""));
            pos += w.length() + 1;
        }
        return out;
    }

    /** Sentences joined by one space into a text, {@code ner.get(i)} the tagger's labels of sentence i. */
    public static AnnotatedText text(List<Map<String, String>> ner, String... sentences) {
        String text = String.join(" ", sentences);
        List<Sentence> parsed = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < sentences.length; i++) {
            parsed.add(sentence(i, text, start, start + sentences[i].length(), ner.get(i)));
            start += sentences[i].length() + 1;
        }
        return new AnnotatedText(text, parsed);
    }
}
