package org.summitcoverage.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * A corpus of any size made by perturbing a few articles, for the deduplication benchmark: each story is a new
 * draw of sentences from the source articles with one word in seven replaced, so that stories share no more than
 * news on the same summits do; some stories are then reprinted up to three times, as syndication does, under
 * another headline, with a line of site furniture, a trimmed ending or a few words changed. Texts are rebuilt from
 * their seed when asked for, so that a corpus of 100,000 articles is never held in memory; {@link #storyOf} gives
 * the truth the grouping is checked against.
 */
public final class PerturbedCorpus {
    private final List<String> sentences = new ArrayList<>();
    private final List<String> words = new ArrayList<>();
    private final long seed;
    /** Per article: story × 4 + copy number (0: the original). */
    private final int[] plan;

    public PerturbedCorpus(List<String> sources, int articles, long seed) {
        this.seed = seed;
        for (String s : sources) {
            for (String sentence : s.split("(?<=[.!?])\\s+|\\n+")) {
                if (sentence.split("\\s+").length >= 6) {
                    sentences.add(sentence.strip());
                }
            }
            for (String w : s.split("[\\s\\p{Punct}«»’]+")) {
                if (w.length() > 2) {
                    words.add(w);
                }
            }
        }
        Random r = new Random(seed);
        List<Integer> entries = new ArrayList<>(articles);
        for (int story = 0; entries.size() < articles; story++) {
            double x = r.nextDouble();
            int copies = x < 0.6 ? 0 : x < 0.8 ? 1 : x < 0.92 ? 2 : 3;
            for (int c = 0; c <= copies && entries.size() < articles; c++) {
                entries.add(story * 4 + c);
            }
        }
        Collections.shuffle(entries, r);
        plan = entries.stream().mapToInt(Integer::intValue).toArray();
    }

    public int size() {
        return plan.length;
    }

    public int storyOf(int article) {
        return plan[article] / 4;
    }

    public boolean isCopy(int article) {
        return plan[article] % 4 != 0;
    }

    public String published(int article) {
        // originals first, copies a day or more later
        return String.format(java.util.Locale.ROOT, "2025-%02d-%02d", 1 + storyOf(article) % 12,
                1 + Math.min(27, storyOf(article) / 12 % 20 + plan[article] % 4));
    }

    public String text(int article) {
        int story = storyOf(article);
        int copy = plan[article] % 4;
        Random r = new Random(seed * 31 + story);
        List<String> body = new ArrayList<>();
        int n = 8 + r.nextInt(7);
        for (int i = 0; i < n; i++) {
            StringBuilder s = new StringBuilder();
            for (String w : sentences.get(r.nextInt(sentences.size())).split(" ")) {
                s.append(s.length() == 0 ? "" : " ").append(r.nextInt(7) == 0 ? words.get(r.nextInt(words.size())) : w);
            }
            body.add(s.toString());
        }
        if (copy == 0) {
            return String.join(" ", body);
        }
        Random c = new Random(seed * 131 + story * 4L + copy);
        StringBuilder out = new StringBuilder();
        out.append(randomWords(c, 6)).append('\n');
        if (c.nextBoolean()) {
            out.append("Accueil > Monde > ").append(randomWords(c, 2)).append('\n');
        }
        int keep = c.nextBoolean() ? body.size() - 1 - c.nextInt(3) : body.size();
        List<String> kept = new ArrayList<>(body.subList(0, keep));
        for (int e = 0; e < 3; e++) {
            int i = c.nextInt(kept.size());
            String[] w = kept.get(i).split(" ");
            w[c.nextInt(w.length)] = words.get(c.nextInt(words.size()));
            kept.set(i, String.join(" ", w));
        }
        out.append(String.join(" ", kept));
        if (c.nextBoolean()) {
            out.append("\nLire aussi : ").append(randomWords(c, 8));
        }
        return out.toString();
    }

    private String randomWords(Random r, int n) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < n; i++) {
            b.append(i == 0 ? "" : " ").append(words.get(r.nextInt(words.size())));
        }
        return b.toString();
    }
}
