package org.summitcoverage.extract.roles;

import org.summitcoverage.dict.Dictionaries;
import org.summitcoverage.extract.HandTokens;
import org.summitcoverage.extract.roles.RoleCueLexicon.Hit;
import org.summitcoverage.model.EntityType;
import org.summitcoverage.model.Mention;
import org.summitcoverage.model.RoleType;
import org.summitcoverage.nlp.AnnotatedText;
import org.summitcoverage.nlp.ParsedSentence;
import org.summitcoverage.nlp.Sentence;
import org.summitcoverage.nlp.Token;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * An article of one or more invented sentences with entity mentions and a dependency parse of its last
 * sentence written by hand, in UD relations as the French parser emits them: the readings' tests load no
 * model. Words name tokens of the last sentence (`signé`, or `la#2` for the second `la`); {@code ROOT} is
 * the root.
 */
final class HandParse {
    static final RoleCueLexicon CUES = RoleCueLexicon.shared();
    static final RoleWords WORDS = RoleWords.load(Dictionaries.shared());

    private final String text;
    private final List<Sentence> sentences = new ArrayList<>();
    private final List<Mention> mentions = new ArrayList<>();
    private final List<ParsedSentence.Edge> edges = new ArrayList<>();
    private final Map<Integer, String> tags = new HashMap<>();
    private int nodeLimit = Integer.MAX_VALUE;

    private HandParse(String separator, String... sentenceTexts) {
        this.text = String.join(separator, sentenceTexts);
        int start = 0;
        for (String s : sentenceTexts) {
            sentences.add(HandTokens.sentence(sentences.size(), text, start, start + s.length(), Map.of()));
            start += s.length() + separator.length();
        }
    }

    /** An article of these sentences on one line; the last is the one read. */
    static HandParse of(String... sentences) {
        return new HandParse(" ", sentences);
    }

    /** An article of one sentence a line. */
    static HandParse lines(String... sentences) {
        return new HandParse("\n", sentences);
    }

    /** Every occurrence of {@code surface} in the article is a mention of {@code entityId}. */
    HandParse entity(String surface, String entityId) {
        int start = text.indexOf(surface);
        if (start < 0) {
            throw new IllegalArgumentException("'" + surface + "' is not in: " + text);
        }
        for (; start >= 0; start = text.indexOf(surface, start + surface.length())) {
            for (Sentence s : sentences) {
                if (s.start() <= start && start < s.end()) {
                    mentions.add(new Mention(entityId, typeOf(entityId), surface, s.index(), start,
                            start + surface.length(), "", "gazetteer"));
                }
            }
        }
        return this;
    }

    /** {@code governor -relation-> dependent} in the last sentence. */
    HandParse edge(String governor, String relation, String dependent) {
        edges.add(new ParsedSentence.Edge(governor.equals("ROOT") ? 0 : node(governor), node(dependent), relation));
        return this;
    }

    /** The parser's part of speech of a word (default `X`). */
    /** Parse only up to {@code word} (inclusive), as a clause-only parse does: fewer nodes than tokens. */
    HandParse parsedUpTo(String word) {
        nodeLimit = tokenIndex(word) + 1;
        return this;
    }

    HandParse tag(String word, String pos) {
        tags.put(node(word), pos);
        return this;
    }

    /** The rows (`ROLE entity-id`) {@code reading} finds for the cue that starts at {@code cueWord}. */
    Set<String> rows(HolderReading reading, String cueWord) {
        Hit hit = hit(cueWord);
        return rows(reading.read(site(hit, hit.role())));
    }

    /** The same, with the role the cue asserts there given (a negated signature is NON_SIGNATORY). */
    Set<String> rows(HolderReading reading, String cueWord, RoleType role) {
        return rows(reading.read(site(hit(cueWord), role)));
    }

    /** The rows with whom each holder acted for: `DELEGATION_HEAD person:x for country:Y`. */
    Set<String> rowsOnBehalf(HolderReading reading, String cueWord) {
        Hit hit = hit(cueWord);
        Set<String> out = new TreeSet<>();
        reading.read(site(hit, hit.role())).forEach(f -> out.add(f.role() + " " + f.mention().entityId() + " for " + f.onBehalfOf()));
        return out;
    }

    static Set<String> rows(List<Finding> findings) {
        Set<String> out = new TreeSet<>();
        findings.forEach(f -> out.add(f.role() + " " + f.mention().entityId()));
        return out;
    }

    CueSite site(Hit hit, RoleType role) {
        SentenceGraph g = graph();
        int cue = hit.first() < 0 ? -1 : g.nodeAt(last().tokens().get(hit.first()).start());
        return new CueSite(g, hit, role, cue, new Discourse(annotated(), last(), mentions));
    }

    /** The lexicon's longest role cue that starts at {@code cueWord}. */
    Hit hit(String cueWord) {
        int k = tokenIndex(cueWord);
        Hit best = null;
        for (Hit h : CUES.find(last().tokens())) {
            if (h.first() == k && h.role() != null && (best == null || h.end() > best.end())) {
                best = h;
            }
        }
        if (best == null) {
            throw new IllegalArgumentException("no role cue starts at '" + cueWord + "'");
        }
        return best;
    }

    List<Hit> hits() {
        return CUES.find(last().tokens());
    }

    SentenceGraph graph() {
        List<ParsedSentence.Node> nodes = new ArrayList<>();
        for (Token t : last().tokens()) {
            if (t.index() + 1 > nodeLimit) {
                break;
            }
            nodes.add(new ParsedSentence.Node(t.index() + 1, t.word(), tags.getOrDefault(t.index() + 1, "X"), t.start(), t.end()));
        }
        List<Mention> inLast = mentions.stream().filter(m -> m.sentenceIndex() == last().index()).toList();
        return new SentenceGraph(new ParsedSentence(edges.isEmpty() ? List.of() : nodes, edges), last().tokens(), inLast, WORDS);
    }

    AnnotatedText annotated() {
        return new AnnotatedText(text, sentences);
    }

    List<Mention> mentions() {
        return mentions;
    }

    Sentence last() {
        return sentences.get(sentences.size() - 1);
    }

    private int node(String word) {
        return tokenIndex(word) + 1;
    }

    private int tokenIndex(String word) {
        String w = word;
        int nth = 1;
        int hash = word.lastIndexOf('#');
        if (hash > 0) {
            w = word.substring(0, hash);
            nth = Integer.parseInt(word.substring(hash + 1));
        }
        for (Token t : last().tokens()) {
            if (t.word().equals(w) && --nth == 0) {
                return t.index();
            }
        }
        throw new IllegalArgumentException("no token '" + word + "' in: " + last().text(text));
    }

    private static EntityType typeOf(String entityId) {
        for (EntityType t : EntityType.values()) {
            if (entityId.startsWith(t.idPrefix() + ":")) {
                return t;
            }
        }
        throw new IllegalArgumentException("no entity type for " + entityId);
    }
}
