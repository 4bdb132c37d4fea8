package org.summitcoverage.extract;

import org.summitcoverage.dict.DictEntry;
import org.summitcoverage.dict.Dictionaries;
import org.summitcoverage.dict.Kind;
import org.summitcoverage.dict.TextFolding;
import org.summitcoverage.model.EntityType;
import org.summitcoverage.nlp.AnnotatedText;
import org.summitcoverage.nlp.Token;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * (h56-entites22) `l'Afrique centrale et australe`, `l'Asie du Sud et du Sud-Est`, `la Corée du Nord et du Sud`: French
 * writes the shared head of two place names once and coordinates their last words. After a dictionary place or state
 * whose name ends in a lower-case adjective or in a `de` / `du` / `de l'` complement, the adjective or complement after
 * `et` / `ou` / `,` is read with that head; when the rebuilt name (`Afrique australe`) is a dictionary name of the same
 * type, it is a mention of its own. Nothing is added when the rebuilt name is no dictionary name, so a coordination of
 * other words (`l'Afrique centrale et sa jeunesse`) stays as read.
 */
final class ElidedPlaceCoordination {
    private static final Set<String> SEPARATORS = Set.of("et", "ou", ",");
    private static final Set<String> LINKS = Set.of("de", "du", "des", "d'");
    private static final Set<String> ARTICLES = Set.of("la", "l'");

    private ElidedPlaceCoordination() {
    }

    static List<Candidate> apply(Dictionaries dict, AnnotatedText doc, List<Candidate> all) {
        List<Candidate> found = new ArrayList<>();
        for (Candidate c : all) {
            if ((c.type() != EntityType.LOCATION && c.type() != EntityType.COUNTRY) || !"gazetteer".equals(c.method())
                    || c.endToken() - c.firstToken() < 2) {
                continue;
            }
            List<Token> toks = EntityExtractor.tokens(doc, c.sentenceIndex());
            int modifier = modifierStart(toks, c);
            if (modifier < 0) {
                continue;
            }
            boolean adjective = modifier == c.endToken() - 1 && Words.isLowerWord(toks.get(modifier));
            String head = doc.text().substring(c.start(), toks.get(modifier).start()).strip();
            int k = c.endToken();
            while (k + 1 < toks.size() && SEPARATORS.contains(Words.fold(toks.get(k)))) {
                int end = adjective ? adjectiveEnd(toks, k + 1) : complementEnd(toks, k + 1);
                if (end < 0 || covered(all, c.sentenceIndex(), toks.get(k + 1).start(), toks.get(end - 1).end())) {
                    break;
                }
                String part = doc.text().substring(toks.get(k + 1).start(), toks.get(end - 1).end());
                DictEntry e = sameTypeName(dict, c.type(), head + " " + part);
                if (e == null) {
                    break;
                }
                found.add(new Candidate(e.type(), e.entityId(), e.canonicalName(), e.countryCode(), c.sentenceIndex(),
                        k + 1, end, toks.get(k + 1).start(), toks.get(end - 1).end(), part, "", "rule"));
                k = end;
            }
        }
        return Candidate.replacedBy(all, found);
    }

    /**
     * (h58-a) `les mers Noire et d'Azov`, `les îles Salomon et Marshall`: the shared head is written once, in the plural,
     * before the coordinated specifics. Each specific (a capitalised word, or a `de` complement) rebuilt with the head in
     * the singular must be a dictionary name of a place, at least two of them, and no dictionary reading may hold the span;
     * the tagger's readings of the specifics (`Noire` as a person) give way.
     */
    static List<Candidate> pluralHeads(Dictionaries dict, AnnotatedText doc, List<Candidate> all) {
        List<Candidate> found = new ArrayList<>();
        for (int si = 0; si < doc.sentences().size(); si++) {
            List<Token> toks = EntityExtractor.tokens(doc, si);
            for (int h = 0; h + 3 < toks.size(); h++) {
                String head = toks.get(h).word();
                if (!Words.isLowerWord(toks.get(h)) || head.length() < 4 || !head.endsWith("s")) {
                    continue;
                }
                String singular = head.substring(0, head.length() - 1);
                List<Candidate> parts = new ArrayList<>();
                int k = h + 1;
                while (true) {
                    int end = k < toks.size() && toks.get(k).isCapitalized() && Character.isLetter(toks.get(k).word().charAt(0))
                            ? k + 1 : complementEnd(toks, k);
                    if (end < 0) {
                        break;
                    }
                    String part = doc.text().substring(toks.get(k).start(), toks.get(end - 1).end());
                    DictEntry e = sameTypeName(dict, EntityType.LOCATION, singular + " " + part);
                    if (e == null || heldByTheDictionary(all, si, toks.get(k).start(), toks.get(end - 1).end())) {
                        break;
                    }
                    parts.add(new Candidate(e.type(), e.entityId(), e.canonicalName(), e.countryCode(), si, k, end,
                            toks.get(k).start(), toks.get(end - 1).end(), part, "", "rule"));
                    if (end + 1 >= toks.size() || !SEPARATORS.contains(Words.fold(toks.get(end)))) {
                        break;
                    }
                    k = end + 1;
                }
                if (parts.size() >= 2) {
                    found.addAll(parts);
                }
            }
        }
        return Candidate.replacedBy(all, found);
    }

    /** A gazetteer or rule reading overlaps the span: it stands as read. */
    private static boolean heldByTheDictionary(List<Candidate> all, int sentence, int start, int end) {
        return all.stream().anyMatch(o -> o.sentenceIndex() == sentence && o.start() < end && start < o.end()
                && !"ner".equals(o.method()));
    }

    /** Where the name's last adjective or its `de` complement begins; -1 when it ends in neither. */
    private static int modifierStart(List<Token> toks, Candidate c) {
        for (int k = c.firstToken() + 1; k < c.endToken(); k++) {
            if (LINKS.contains(Words.fold(toks.get(k)))) {
                return complementEnd(toks, k) == c.endToken() ? k : -1;
            }
        }
        int last = c.endToken() - 1;
        return Words.isLowerWord(toks.get(last)) ? last : -1;
    }

    /** One lower-case word at {@code k}: its end, or -1. */
    private static int adjectiveEnd(List<Token> toks, int k) {
        return k < toks.size() && Words.isLowerWord(toks.get(k)) ? k + 1 : -1;
    }

    /** `du Sud`, `de l'Ouest`, `de la Mer` at {@code k}: a link, an optional article, one capitalised word; or -1. */
    private static int complementEnd(List<Token> toks, int k) {
        if (k >= toks.size() || !LINKS.contains(Words.fold(toks.get(k)))) {
            return -1;
        }
        k++;
        if (k < toks.size() && ARTICLES.contains(Words.fold(toks.get(k)))) {
            k++;
        }
        return k < toks.size() && toks.get(k).isCapitalized() && Character.isLetter(toks.get(k).word().charAt(0))
                ? k + 1 : -1;
    }

    /**
     * Whether another reading holds the span: any candidate overlapping it, but a tagger's span inside it (`du Sud-Est`,
     * whose `Sud-Est` the tagger calls a place), which the rebuilt name replaces.
     */
    private static boolean covered(List<Candidate> all, int sentence, int start, int end) {
        return all.stream().anyMatch(o -> o.sentenceIndex() == sentence && o.start() < end && start < o.end()
                && !("ner".equals(o.method()) && start <= o.start() && o.end() <= end));
    }

    /** The dictionary's place or state of that type named so, by its name (no acronym, demonym or capital); or null. */
    private static DictEntry sameTypeName(Dictionaries dict, EntityType type, String name) {
        for (DictEntry e : dict.lookup(TextFolding.fold(name))) {
            if (e.type() == type && e.kind() == Kind.NAME) {
                return e;
            }
        }
        return null;
    }
}
