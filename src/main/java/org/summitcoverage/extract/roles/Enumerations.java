package org.summitcoverage.extract.roles;

import org.summitcoverage.dict.TextFolding;
import org.summitcoverage.extract.Words;
import org.summitcoverage.model.EntityType;
import org.summitcoverage.model.Mention;
import org.summitcoverage.nlp.Token;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Lists of mentions in a sentence: the enumerations French uses for signatories and participants
 * (`l'Allemagne, l'Argentine, …, et le Viet Nam`), found on the tokens so that they survive the parser's
 * mistakes on long sentences.
 */
final class Enumerations {
    private Enumerations() {
    }

    /** The longest apposition skipped inside an enumeration: `l'Azerbaïdjan, pays hôte, ainsi que le Canada`. */
    static final int MAX_APPOSITION_TOKENS = 3;

    static final int MAX_RELATIVE_TOKENS = 18;

    /** The longest name of an institution the dictionary lacks, inside an enumeration. */
    static final int MAX_INSTITUTION_TOKENS = 8;

    /** The longest apposition to a person in a list of people: `X, la co-fondatrice de la Fondation Bill et Melinda Gates, Y`. */
    static final int MAX_TITLED_APPOSITION_TOKENS = 14;

    /** The mentions coordinated with {@code m} by commas, `et`, `ainsi que`, articles: long enumerations survive parse errors. */
    static List<Mention> coordination(SentenceGraph g, Mention m) {
        return new ArrayList<>(g.<List<Mention>>remembered("coordination", m, () -> coordinationOnce(g, m)));
    }

    private static List<Mention> coordinationOnce(SentenceGraph g, Mention m) {
        List<Mention> out = sameTypeCoordination(g, m);
        if (m.type() == EntityType.PERSON) {
            return representedAfterPeople(g, unnamedHeadsAmongPeople(g, statesAfterBracketedPeople(g, out)));
        }
        if (m.type() != EntityType.COUNTRY && m.type() != EntityType.ORGANIZATION) {
            return out;
        }
        // A list of states goes on with bodies, and the other way round, across an explicit connector:
        // `par l'Afrique du Sud, …, la Turquie, ainsi que par l'Union européenne et l'Union africaine`.
        Mention first = out.get(0);
        Mention last = out.get(0);
        for (Mention x : out) {
            first = x.start() < first.start() ? x : first;
            last = x.start() > last.start() ? x : last;
        }
        // In a long enumeration a comma is enough: `…, la Corée du Sud, l'Union européenne (UE), le FMI`.
        boolean longList = out.size() >= 3;
        Mention after = nextMention(g, last, true);
        if (after != null && isStateOrBody(after) && after.type() != m.type()) {
            List<Mention> rest = sameTypeCoordination(g, after);
            // three items or more with a comma: `notamment l'Union européenne, la Chine et l'Inde`, the list closed by `et`
            boolean closedList = out.size() + rest.size() >= 3 && closedByConjunction(g, rest);
            if (explicitlyCoordinated(g, last, after, longList || rest.size() >= 3 || closedList)) {
                out.addAll(rest); // `dont les pays de l'UE, les États-Unis, le Japon et le Chili`: a long list goes on
            }
        }
        Mention before = nextMention(g, first, false);
        if (before != null && isStateOrBody(before) && before.type() != m.type()
                && explicitlyCoordinated(g, before, first, longList)) {
            out.addAll(sameTypeCoordination(g, before));
        }
        if (out.size() >= 3) {
            out.addAll(pastATitledPersonItem(g, lastOf(out)));
        }
        if (m.type() == EntityType.COUNTRY) {
            // (h53-listes2) `les présidents de A, de B et de C, X, le Premier ministre de D`: the person named after the
            // closing state of a plural title's states is that state's head, an item too (the list goes on past him)
            for (Mention x : List.copyOf(out)) {
                Mention holder = holderApposedToAClosedItem(g, x);
                if (holder != null && !out.contains(holder) && out.stream().anyMatch(y -> y.start() > holder.end())) {
                    out.add(holder);
                }
            }
        }
        for (int pass = 0; pass < MAX_PLACE_ITEMS && m.type() == EntityType.COUNTRY && out.size() >= 2; pass++) {
            List<Mention> rest = pastAPlaceItem(g, lastOf(out));
            if (rest.isEmpty() || out.containsAll(rest)) {
                break;
            }
            out.addAll(rest);
        }
        // (h46-presences13) `le Sénégal, le Niger et le président ghanéen A`: an item of a list of states that is a title's
        // demonym with its holder named right after it is that person (the guide: the role goes to the person named)
        List<Mention> items = new ArrayList<>();
        for (Mention x : out) {
            Mention holder = x == m ? null : holderAfterTitleDemonym(g, x);
            items.add(holder != null ? holder : x);
        }
        return List.copyOf(new java.util.LinkedHashSet<>(items));
    }

    /** The person named right after a title's demonym (`le président ghanéen A`: A), or null. */
    private static Mention holderAfterTitleDemonym(SentenceGraph g, Mention x) {
        if (!TitleAppositions.isTitleDemonym(x)) {
            return null;
        }
        int last = g.tokenIndexAt(x.end() - 1);
        int first = g.tokenIndexAt(x.start());
        if (last < 0 || first < 1 || last + 1 >= g.tokens().size() || !g.words().isHolderTitle(
                g.tokens().get(first - 1).folded()) || !isPersonAt(g, last + 1)) {
            return null;
        }
        return g.mentionAt(g.tokens().get(last + 1).start());
    }

    /** How many places typed by the entity stage a list of states may pass over. */
    private static final int MAX_PLACE_ITEMS = 3;

    /**
     * (h45-presences12) `à savoir l'Australie, la Nouvelle-Zélande, les îles Cook et les îles Marshall, Nauru, …`: an item
     * the entity stage makes a place (an article before it) stands between states of a list coordinated by commas or
     * `et`; the list goes on past it with the states after it. The place itself is no state and takes no row.
     */
    private static List<Mention> pastAPlaceItem(SentenceGraph g, Mention last) {
        Mention place = nextMention(g, last, true);
        if (place == null || place.type() != EntityType.LOCATION || !explicitlyCoordinated(g, last, place, true)
                || !articleRightBefore(g, place)) {
            return List.of();
        }
        Mention next = nextMention(g, place, true);
        if (next == null || next.type() != last.type() || !(explicitlyCoordinated(g, place, next, true)
                || sharedPlaceNounBetween(g, place, next))) {
            return List.of();
        }
        return sameTypeCoordination(g, next).stream().filter(x -> x.start() >= next.start()).toList();
    }

    /**
     * `les îles Cook et les îles Marshall`: between the place and the next state only commas, `et`, articles and the
     * place's own lower-case first word, which the state's name shares though the entity stage leaves it out.
     */
    private static boolean sharedPlaceNounBetween(SentenceGraph g, Mention place, Mention next) {
        String noun = TextFolding.fold(place.text().split(" ")[0]);
        if (noun.isEmpty() || !Character.isLowerCase(place.text().charAt(0))) {
            return false;
        }
        List<String> words = new ArrayList<>();
        for (Token t : g.tokens()) {
            if (t.start() >= place.end() && t.end() <= next.start()) {
                words.add(t.folded());
            }
        }
        words.removeIf(w -> w.equals(",") || w.equals("et") || g.words().definiteArticles.contains(w));
        return words.equals(List.of(noun));
    }

    /** A definite article is the token right before the mention (`les îles Cook`, not `Genève`). */
    private static boolean articleRightBefore(SentenceGraph g, Mention m) {
        int k = g.tokenIndexAt(m.start());
        return k > 0 && g.words().definiteArticles.contains(g.tokens().get(k - 1).folded());
    }

    /** The farthest a titled item's person may stand from its article (`le président de l'Autorité palestinienne X`). */
    private static final int MAX_TITLED_ITEM_TOKENS = 10;

    /**
     * (h25-paix) A long list of states may hold a person behind a title of its own as one of its items, and go on after
     * it: `dont la Jordanie, le Qatar, Bahreïn, le président de l'Autorité palestinienne X, l'Allemagne et la France`. After
     * the last state of a list of three or more, a comma, an article and a title opening an item whose person closes it
     * before a comma, then states closed by `et`: the person and those states are items too.
     */
    private static List<Mention> pastATitledPersonItem(SentenceGraph g, Mention last) {
        List<Token> toks = g.tokens();
        int k = 0;
        while (k < toks.size() && toks.get(k).start() < last.end()) {
            k++;
        }
        if (k + 2 >= toks.size() || !toks.get(k).word().equals(",") || !g.words().definiteArticles.containsWord(toks.get(k + 1))
                || !(g.words().isTitle(toks.get(k + 2).word()) || g.words().isHolderTitle(toks.get(k + 2).word()))) {
            return List.of();
        }
        Mention person = null;
        int j = k + 3;
        for (; j < Math.min(toks.size(), k + 1 + MAX_TITLED_ITEM_TOKENS); j++) {
            if (Words.isPunctuation(toks.get(j)) && !toks.get(j).word().equals("'")) {
                break;
            }
            Mention x = g.mentionAt(toks.get(j).start());
            if (x != null && x.type() == EntityType.PERSON) {
                person = x;
                break;
            }
        }
        if (person == null) {
            return List.of();
        }
        while (j < toks.size() && toks.get(j).start() < person.end()) {
            j++;
        }
        if (j + 1 >= toks.size() || !toks.get(j).word().equals(",")) {
            return List.of();
        }
        Mention next = nextMention(g, person, true);
        if (next == null || next.type() != last.type() || !explicitlyCoordinated(g, person, next, true)) {
            return List.of();
        }
        List<Mention> rest = sameTypeCoordination(g, next).stream().filter(x -> x.start() >= next.start()).toList();
        if (!closedByConjunction(g, rest)) {
            return List.of();
        }
        List<Mention> out = new ArrayList<>();
        out.add(person);
        out.addAll(rest);
        return out;
    }

    /** The most tokens between an unnamed head's title and the state of its `de` complement (`chef de l'État du`). */
    private static final int MAX_UNNAMED_TITLE_TOKENS = 6;

    /**
     * (h36-listes4) `le président sénégalais X, le dirigeant du Brésil, le chef de l'État du Kenya et Y`, `A (Djibouti),
     * B (Sao Tomé) et l'émir du Koweït`: an unnamed head among the named people of a list, or closing it after `et`,
     * stands for the state of his title's `de` complement, an item too. Not a head named in apposition after it
     * (`…, le président du Ghana, Y`): that state is Y's.
     */
    private static List<Mention> unnamedHeadsAmongPeople(SentenceGraph g, List<Mention> people) {
        if (people.size() < 2) {
            return people;
        }
        Mention first = people.get(0);
        for (Mention x : people) {
            first = x.start() < first.start() ? x : first;
        }
        Mention last = lastOf(people);
        List<Token> toks = g.tokens();
        List<Mention> out = new ArrayList<>(people);
        Mention tailEnd = last; // the item the next one in the tail must follow
        for (Mention c : g.mentions()) {
            if (c.type() != EntityType.COUNTRY || c.start() < first.end() || isDemonymMention(g, c)) {
                continue;
            }
            int article = unnamedTitleArticle(g, toks, g.tokenIndexAt(c.start()));
            if (article < 1 || !closesAnUnnamedItem(g, toks, c)) {
                continue;
            }
            if (c.end() <= last.start()) {
                out.add(c); // between two people the list already joins
                continue;
            }
            // after the last person: right after it (or the state in brackets after it), opened by `et`
            if (!toks.get(article - 1).folded().equals("et")
                    || !onlyBracketedStateBetween(g, tailEnd, toks.get(article - 1).start())) {
                break;
            }
            out.add(c);
            tailEnd = c;
        }
        return out.size() == people.size() ? people : List.copyOf(new java.util.LinkedHashSet<>(out));
    }

    /**
     * The index of the article opening an unnamed head's title whose `de` complement ends on the state at {@code c}
     * (`, le chef de l'État du Kenya`), after a comma or `et`; or -1.
     */
    private static int unnamedTitleArticle(SentenceGraph g, List<Token> toks, int c) {
        int k = c - 1;
        if (k >= 0 && g.words().definiteArticles.containsWord(toks.get(k))) {
            k--;
        }
        if (k < 0 || !isDeForm(toks.get(k))) {
            return -1;
        }
        for (int j = k - 1; j >= Math.max(1, k - MAX_UNNAMED_TITLE_TOKENS); j--) {
            Token t = toks.get(j);
            if (Words.isPunctuation(t) && !t.word().equals("'") || insideA(EntityType.PERSON, g, t)
                    || insideA(EntityType.COUNTRY, g, t) || insideA(EntityType.ORGANIZATION, g, t)) {
                return -1;
            }
            int title = ordinalTitle(g, toks, j);
            // a singular head: a plural noun (`et les délégations du Botswana, de la Namibie`) opens the states'
            // own list, read by representedAfterPeople
            if (j >= 2 && g.words().definiteArticles.containsWord(toks.get(j - 1))
                    && !toks.get(j - 1).folded().equals("les") && isCommaOrEt(toks.get(j - 2))
                    && Words.isLowerWord(toks.get(j)) && g.words().isHolderTitle(toks.get(title).folded())) {
                return j - 1;
            }
        }
        return -1;
    }

    /** After the state: the item ends (`,` or `et` not before a person in apposition, or the sentence's end). */
    private static boolean closesAnUnnamedItem(SentenceGraph g, List<Token> toks, Mention c) {
        int k = 0;
        while (k < toks.size() && toks.get(k).start() < c.end()) {
            k++;
        }
        if (k >= toks.size()) {
            return true;
        }
        String w = toks.get(k).folded();
        if (w.equals(".") || w.equals(";") || w.equals(")")) {
            return true;
        }
        if (!w.equals(",") && !w.equals("et")) {
            return Words.isLowerWord(toks.get(k)) && !isPersonAt(g, k); // `… et l'émir du Koweït ont pris part`
        }
        return !(w.equals(",") && personInAppositionAt(g, toks, k + 1));
    }

    /** The longest lower-case title before a person in apposition (`, le cheikh X`, `, son altesse X`). */
    private static final int MAX_APPOSED_TITLE_TOKENS = 4;

    /**
     * A person at {@code k}, or past a short lower-case title opened by an article and naming no state (`l'émir du
     * Qatar, le cheikh X`): the unnamed head has its name right after it, so the item is that person's, not the state's.
     */
    private static boolean personInAppositionAt(SentenceGraph g, List<Token> toks, int k) {
        if (k >= toks.size()) {
            return false;
        }
        if (isPersonAt(g, k)) {
            return true;
        }
        if (!g.words().definiteArticles.containsWord(toks.get(k))) {
            return false;
        }
        for (int j = k + 1; j < toks.size() && j <= k + MAX_APPOSED_TITLE_TOKENS; j++) {
            if (isPersonAt(g, j)) {
                return true;
            }
            if (!Words.isLowerWord(toks.get(j)) || insideA(EntityType.COUNTRY, g, toks.get(j))) {
                return false; // `le dirigeant du Brésil, le président français X`: a title with its own state opens the next item
            }
        }
        return false;
    }

    /** Between {@code item} and {@code end}: nothing, or one state in brackets (`B (Sao Tomé-et-Principe)`). */
    private static boolean onlyBracketedStateBetween(SentenceGraph g, Mention item, int end) {
        for (Token t : g.tokens()) {
            if (t.start() >= item.end() && t.end() <= end && !t.word().equals("(") && !t.word().equals(")")
                    && !insideA(EntityType.COUNTRY, g, t)) {
                return false;
            }
        }
        return true;
    }

    /** The item of {@code items} that starts last. */
    private static Mention lastOf(List<Mention> items) {
        Mention last = items.get(0);
        for (Mention x : items) {
            last = x.start() > last.start() ? x : last;
        }
        return last;
    }

    /** The folded words of the tokens between two offsets (a mutable list). */
    private static List<String> foldedWordsBetween(SentenceGraph g, int from, int to) {
        List<String> out = new ArrayList<>();
        for (Token t : g.tokens()) {
            if (t.start() >= from && t.end() <= to) {
                out.add(t.folded());
            }
        }
        return out;
    }

    /**
     * `les présidents A (Ghana), B (Togo), le Bénin et le Sénégal`: a list of people each with a state in brackets goes
     * on with states named as such when the last person's bracket is followed by them, the list closed by `et` (or an
     * explicit coordinator right after the bracket).
     */
    private static List<Mention> statesAfterBracketedPeople(SentenceGraph g, List<Mention> people) {
        Mention last = lastOf(people);
        Mention bracketed = nextMention(g, last, true);
        if (bracketed == null || bracketed.type() != EntityType.COUNTRY || !bracketAround(g, bracketed, last)) {
            return people;
        }
        Mention after = nextMention(g, bracketed, true);
        if (after == null || after.type() != EntityType.COUNTRY || isDemonymMention(g, after)) {
            return people;
        }
        List<Mention> rest = sameTypeCoordination(g, after).stream().filter(x -> x.start() >= after.start()).toList();
        boolean closedList = people.size() + rest.size() >= 3 && closedByConjunction(g, rest);
        List<String> between = foldedWordsBetween(g, bracketed.end(), after.start());
        between.removeIf(w -> w.equals(")") || w.equals(",") || g.words().definiteArticles.contains(w));
        boolean coordinated = between.isEmpty() ? closedList : g.words().explicitCoordinators.contains(String.join(" ", between));
        if (!coordinated || !onlyBracketEndBetween(g, bracketed, after)) {
            return people;
        }
        List<Mention> out = new ArrayList<>(people);
        out.addAll(rest);
        return List.copyOf(new java.util.LinkedHashSet<>(out));
    }

    /**
     * `le président A, le président B et les délégations du Bénin, du Togo et du Niger`: a list of people goes on with the
     * states or bodies unnamed representatives stand for, after an explicit coordinator, an article and a plural or
     * singular noun of representatives (`representing_nouns`) with its `de` (`ainsi que des représentants de l'UA`).
     * (h62-lists) A demonstrative standing for the list's noun does the same with no article (`Étaient présents les
     * présidents A et B, et ceux du Ghana et du Kenya`): the states whose unnamed leaders are meant; leaders named
     * after their state (`et celui de la Commission, X`, `et ceux du Ghana, X, et du Kenya, Y`) are the items instead.
     */
    private static List<Mention> representedAfterPeople(SentenceGraph g, List<Mention> people) {
        Mention last = lastOf(people);
        Mention after = nextMention(g, last, true);
        if (after == null || !isStateOrBody(after) || isDemonymMention(g, after)) {
            return people;
        }
        List<String> between = foldedWordsBetween(g, last.end(), after.start());
        int noun = -1;
        for (int k = 0; k < between.size(); k++) {
            if (g.words().representingNouns.contains(between.get(k)) || SET_DEMONSTRATIVES.contains(between.get(k))) {
                noun = k;
                break;
            }
        }
        if (noun < 1) {
            return people;
        }
        boolean demonstrative = SET_DEMONSTRATIVES.contains(between.get(noun));
        List<String> before = new ArrayList<>(between.subList(0, noun));
        before.removeIf(w -> w.equals(",") || g.words().definiteArticles.contains(w));
        List<String> rest = between.subList(noun + 1, between.size());
        boolean complement = !rest.isEmpty() && g.words().complementMarkers.contains(rest.get(0))
                && rest.stream().allMatch(w -> g.words().complementMarkers.contains(w) || g.words().definiteArticles.contains(w));
        boolean article = demonstrative || g.words().definiteArticles.contains(between.get(noun - 1))
                || between.get(noun - 1).equals("des");
        if (!complement || !article || !g.words().explicitCoordinators.contains(String.join(" ", before))) {
            return people;
        }
        Mention leader = demonstrative ? personAfterItsTitle(g, after) : after;
        if (leader != after) {
            // `et celui de la Commission de l'UEMOA, X`, `et ceux du Ghana, X, et du Kenya, Y`: the people named hold
            // it, not the bodies or states that only say whose they are
            List<Mention> out = new ArrayList<>(people);
            out.addAll(sameTypeCoordination(g, leader).stream().filter(x -> x.start() >= leader.start()).toList());
            return List.copyOf(new java.util.LinkedHashSet<>(out));
        }
        final Mention first = after;
        List<Mention> out = new ArrayList<>(people);
        out.addAll(sameTypeCoordination(g, after).stream().filter(x -> x.start() >= first.start()).toList());
        return List.copyOf(new java.util.LinkedHashSet<>(out));
    }

    /** From {@code k} to the end of {@code toks}, only a `de` form and articles (`de la`, `du`, `de l'`), at least one. */
    private static boolean onlyComplementAfter(SentenceGraph g, List<Token> toks, int k) {
        if (k >= toks.size() || !isDeForm(toks.get(k))) {
            return false;
        }
        for (int j = k + 1; j < toks.size(); j++) {
            if (!g.words().definiteArticles.containsWord(toks.get(j))) {
                return false;
            }
        }
        return true;
    }

    /** The most tokens of a title's capitalised portfolio before its state: `des Affaires étrangères et de la Coopération`. */
    private static final int MAX_PORTFOLIO_TOKENS = 8;

    /**
     * (h47-presences14) The title's capitalised portfolio, then the `de` complement that ends on the state (`du ministre
     * des Affaires étrangères de la Guinée-Bissau`): the state the unnamed minister stands for, as for a bare title.
     */
    private static boolean complementPastAPortfolio(SentenceGraph g, List<Token> toks, int k) {
        String title = k > 0 ? toks.get(k - 1).folded() : "";
        if (!portfolioAfter(g, toks, k)) {
            return false;
        }
        // (h53-listes2) a plural title with its portfolio too, `ainsi que les ministres des Affaires étrangères de A et
        // de B`: the states the unnamed ministers stand for (`les chefs d'État du`: the title's own compound, below)
        for (int j = k + 1; j < toks.size() && j <= k + 2; j++) {
            if (g.words().isStateNoun(toks.get(j).word().toLowerCase(java.util.Locale.ROOT))) {
                return false; // `chef d'État du`, `chef du gouvernement du`: the title's own compound, no portfolio
            }
        }
        for (int j = k + 2; j < toks.size() && j <= k + MAX_PORTFOLIO_TOKENS; j++) {
            Token t = toks.get(j);
            if (Words.isPunctuation(t) && !t.word().equals("'") || insideA(EntityType.PERSON, g, t)
                    || insideA(EntityType.COUNTRY, g, t) || insideA(EntityType.ORGANIZATION, g, t)) {
                return false;
            }
            if (onlyComplementAfter(g, toks, j)) {
                return true;
            }
        }
        return false;
    }

    /** {@code m} stands alone in brackets right after {@code before}: `A (Ghana)`. */
    private static boolean bracketAround(SentenceGraph g, Mention m, Mention before) {
        List<Token> toks = g.tokens();
        int open = -1;
        int close = -1;
        for (int k = 0; k < toks.size(); k++) {
            Token t = toks.get(k);
            if (t.end() <= m.start() && t.start() >= before.end()) {
                open = t.word().equals("(") && open < 0 ? k : open;
                if (!t.word().equals("(")) {
                    return false;
                }
            }
            if (t.start() >= m.end() && close < 0) {
                close = t.word().equals(")") ? k : -2;
            }
        }
        return open >= 0 && close >= 0;
    }

    /** Between the bracketed state and the next item: the closing bracket first, then connectors only. */
    private static boolean onlyBracketEndBetween(SentenceGraph g, Mention bracketed, Mention after) {
        for (Token t : g.tokens()) {
            if (t.start() >= bracketed.end() && t.end() <= after.start()) {
                return t.word().equals(")");
            }
        }
        return false;
    }

    /**
     * `X, représentant le président de la République, M. Y`, `X, au nom du chef de l'État, Y`: the person after is the
     * one X stands for, named in apposition to his title, not the next item (`X, représentant du Mali, Y` still lists:
     * the noun of a state's representative, not the verb over a person's title).
     */
    private static boolean namesTheOneRepresented(SentenceGraph g, List<Token> between) {
        for (int i = 0; i < between.size(); i++) {
            if (g.words().representingVerbs.containsWord(between.get(i)) && i + 1 < between.size()
                    && (g.words().definiteArticles.containsWord(between.get(i + 1))
                    || g.words().possessives.containsWord(between.get(i + 1)))) {
                return true;
            }
            if (g.words().standInMarkerEnd(between, i) > 0) {
                return true;
            }
        }
        return false;
    }

    /** The last two items of {@code items} are joined by `et` (or another explicit coordinator): the list ends there. */
    private static boolean closedByConjunction(SentenceGraph g, List<Mention> items) {
        if (items.size() < 2) {
            return false;
        }
        List<Mention> sorted = new ArrayList<>(items);
        sorted.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return explicitlyCoordinated(g, sorted.get(sorted.size() - 2), sorted.get(sorted.size() - 1), false);
    }

    private static boolean isStateOrBody(Mention m) {
        return m.type() == EntityType.COUNTRY || m.type() == EntityType.ORGANIZATION;
    }

    /** The mention right after (or before) {@code m} in the sentence, whatever its type. */
    private static Mention nextMention(SentenceGraph g, Mention m, boolean forward) {
        Mention best = null;
        for (Mention x : g.mentions()) {
            if (forward ? x.start() >= m.end() && (best == null || x.start() < best.start())
                    : x.end() <= m.start() && (best == null || x.start() > best.start())) {
                best = x;
            }
        }
        return best;
    }

    /**
     * Only `et`, `ainsi que`, `ainsi que par`, `de même que` and articles between two mentions, or, inside a long
     * enumeration, only commas and articles.
     */
    private static boolean explicitlyCoordinated(SentenceGraph g, Mention a, Mention b, boolean longList) {
        List<String> words = new ArrayList<>();
        for (Token t : g.tokens()) {
            if (t.start() >= a.end() && t.end() <= b.start()) {
                words.add(t.folded());
            }
        }
        words.removeIf(w -> w.equals(",") || g.words().definiteArticles.contains(w));
        if (unnamedHeadBetween(g, a, b, words)) {
            return true;
        }
        return words.isEmpty() ? longList : g.words().explicitCoordinators.contains(String.join(" ", words));
    }

    /**
     * `du président du Niger, du gouverneur de la BCEAO`: items of a `de` list, the next one named through its unnamed
     * head's title (a `de` form, the title, a `de` form), the one before also after a `de` form; not a body whose head
     * is named after it.
     */
    private static boolean unnamedHeadBetween(SentenceGraph g, Mention a, Mention b, List<String> words) {
        List<String> w = new ArrayList<>(words);
        if (!w.isEmpty() && w.get(0).equals("et")) {
            w.remove(0);
        }
        if (w.size() != 3 || !isDeWord(w.get(0)) || !g.words().isHolderTitle(w.get(1)) || !isDeWord(w.get(2))
                || TitleAppositions.titledPerson(g, b) != null) {
            return false;
        }
        List<Token> toks = g.tokens();
        int k = g.tokenIndexAt(a.start()) - 1;
        while (k >= 0 && g.words().definiteArticles.containsWord(toks.get(k))) {
            k--;
        }
        return k >= 0 && isDeForm(toks.get(k));
    }

    private static boolean isDeWord(String folded) {
        return folded.equals("de") || folded.equals("du") || folded.equals("d'") || folded.equals("des");
    }

    /**
     * Only mentions of the same type chain: a body named inside an apposition or a relative clause
     * (`la Norvège, qui pilote la Coalition…, ainsi que le Pérou`) does not break a list of countries.
     */
    private static List<Mention> sameTypeCoordination(SentenceGraph g, Mention m) {
        List<Mention> sorted = new ArrayList<>();
        for (Mention x : g.mentions()) {
            if (x.type() == m.type()) {
                sorted.add(x);
            }
        }
        sorted.sort((a, b) -> Integer.compare(a.start(), b.start()));
        int i = sorted.indexOf(m);
        if (i < 0) {
            return List.of(m);
        }
        List<Mention> out = new ArrayList<>();
        out.add(m);
        for (int j = i + 1; j < sorted.size(); j++) {
            Mention prev = out.get(out.size() - 1);
            int close = dashInsertEnd(g, prev);
            if (close >= 0) {
                // `le Brésil, l'Inde et l'Afrique du Sud – qui, avec la Russie, forment les BRICS –, ainsi que le
                // Mexique`: the names inside the insert are not items; the list goes on after it
                while (j < sorted.size() && sorted.get(j).start() < close) {
                    j++;
                }
                if (j >= sorted.size()) {
                    break;
                }
            }
            if (!onlyConnectorsBetween(g, prev, sorted.get(j)) || AbsoluteClauses.opens(g, sorted.get(j))) {
                break;
            }
            out.add(sorted.get(j));
        }
        for (int j = i - 1; j >= 0 && onlyConnectorsBetween(g, sorted.get(j), sorted.get(j + 1))
                && !(civilityBefore(g, sorted.get(j + 1)) && !civilityBefore(g, sorted.get(j)))
                && !inSourcePhrase(g, sorted.get(j)); j--) {
            out.add(sorted.get(j));
        }
        return out;
    }

    /**
     * `M.` or `Mme` right before a person's name. A name so introduced after one that is not opens its own phrase
     * (`…, l'un des alliés du régime de X, M. Y a salué`): lists title their items alike (`M. A, M. B et Mme C`).
     */
    private static boolean civilityBefore(SentenceGraph g, Mention m) {
        if (m.type() != EntityType.PERSON) {
            return false;
        }
        List<Token> toks = g.tokens();
        for (int k = 1; k < toks.size(); k++) {
            if (toks.get(k).start() == m.start()) {
                return CIVILITIES.contains(toks.get(k - 1).folded());
            }
        }
        return false;
    }

    /** `Selon les autorités sud-africaines, l'Argentine …`: the source of a report is no item of the list after it. */
    private static boolean inSourcePhrase(SentenceGraph g, Mention m) {
        List<Token> toks = g.tokens();
        int k = 0;
        while (k < toks.size() && toks.get(k).start() < m.start()) {
            k++;
        }
        for (int j = k - 1; j >= 0 && j >= k - 5; j--) {
            String w = toks.get(j).folded().replace('’', '\'');
            if (Words.isPunctuation(toks.get(j))) {
                return false;
            }
            if (w.equals("selon") || w.equals("d'apres")
                    || w.equals("apres") && j > 0 && toks.get(j - 1).folded().replace('’', '\'').equals("d'")) {
                return true;
            }
        }
        return false;
    }

    private static final java.util.Set<String> CIVILITIES = java.util.Set.of("m.", "mme", "mlle", "mm.");

    /** The longest bracket skipped right after an item of an enumeration. */
    static final int MAX_BRACKET_TOKENS = 16; // (h35-listes3) `(qui va également présider le sommet de l'UEMOA à Lomé)`

    /** The index after the `)` closing a bracket opened at {@code i}, or -1 (none within {@link #MAX_BRACKET_TOKENS}). */
    private static int bracketEnd(List<Token> toks, int i) {
        if (!toks.get(i).word().equals("(")) {
            return -1;
        }
        for (int j = i + 1; j < Math.min(toks.size(), i + MAX_BRACKET_TOKENS); j++) {
            String w = toks.get(j).word();
            if (w.equals(")")) {
                return j + 1;
            }
            if (w.equals("(") || w.equals(".") || w.equals(";")) {
                return -1;
            }
        }
        return -1;
    }

    /** The dashes that enclose an insert (`A et B – qui … –, ainsi que C`), also a spaced hyphen standing for one. */
    static boolean isDash(Token t) {
        String w = t.word();
        return w.equals("–") || w.equals("—") || w.equals("-");
    }

    /** The longest insert between dashes skipped inside an enumeration. */
    static final int MAX_DASH_INSERT_TOKENS = 30;

    /**
     * The end offset of the closing dash of an insert that opens right after {@code m} (`A – qui … –, B`), or -1:
     * no dash right after it, or none closing it in the sentence within {@link #MAX_DASH_INSERT_TOKENS}.
     */
    static int dashInsertEnd(SentenceGraph g, Mention m) {
        List<Token> toks = g.tokens();
        int k = 0;
        while (k < toks.size() && toks.get(k).start() < m.end()) {
            k++;
        }
        if (k < toks.size() && toks.get(k).word().equals("(") && bracketEnd(toks, k) > k) {
            k = bracketEnd(toks, k); // (h32-suites) `A (Mali) – qui effectue sa première visite –, B`: past the item's bracket
        }
        if (k >= toks.size() || !isDash(toks.get(k))) {
            return -1;
        }
        for (int j = k + 1; j < Math.min(toks.size(), k + MAX_DASH_INSERT_TOKENS); j++) {
            String w = toks.get(j).word();
            if (isDash(toks.get(j))) {
                return toks.get(j).end();
            }
            if (w.equals(".") || w.equals(";") || w.equals("?") || w.equals("!")) {
                return -1;
            }
        }
        return -1;
    }

    /** How far back from an item its list's closing `et` may stand (`et le président sénégalais X`). */
    private static final int MAX_CLOSING_ET_DISTANCE = 6;

    /**
     * `Arrivé à l'invitation de A et B, C a pris part`: a list closed by `et` ends at its last item; a name after
     * a mere comma that a verb follows is the subject of the main clause, no further item of that list.
     */
    private static boolean subjectAfterAClosedList(SentenceGraph g, Mention a, Mention b, List<Token> between) {
        if (between.isEmpty() || between.stream().anyMatch(t -> !t.word().equals(","))) {
            return false;
        }
        List<Token> toks = g.tokens();
        int first = g.tokenIndexAt(a.start());
        boolean closed = false;
        for (int k = first - 1; k >= 0 && k >= first - MAX_CLOSING_ET_DISTANCE; k--) {
            String w = toks.get(k).folded();
            if (w.equals(",") || w.equals(";") || w.equals(":") || w.equals("(") || w.equals(")")) {
                break;
            }
            if (w.equals("et")) {
                closed = true;
                break;
            }
        }
        if (!closed) {
            return false;
        }
        return verbFollows(g, b);
    }

    /** A verb (an auxiliary, or a verb by the parse) right after {@code m}, past preverbal clitics: `C n'a pas`, `C y a`. */
    static boolean verbFollows(SentenceGraph g, Mention m) {
        List<Token> toks = g.tokens();
        int k = g.tokenIndexAt(m.start());
        while (k >= 0 && k < toks.size() && toks.get(k).start() < m.end()) {
            k++;
        }
        if (k < 0) {
            return false;
        }
        while (k < toks.size() && g.words().preverbalClitics.contains(toks.get(k).folded())) {
            k++;
        }
        if (k >= toks.size()) {
            return false;
        }
        if (g.words().auxiliaries.contains(toks.get(k).word().toLowerCase(java.util.Locale.ROOT))) {
            return true;
        }
        int node = g.nodeAt(toks.get(k).start());
        String pos = node > 0 ? g.pos(node) : null;
        return pos != null && (pos.equals("VERB") || pos.equals("AUX"));
    }

    /**
     * `à Lomé (Togo), le Soudan et le Tchad ont signé`: a state in brackets right after a place says where the place is;
     * it is no item of a list before or after it.
     */
    private static boolean bracketedAfterAPlace(SentenceGraph g, Mention m) {
        List<Token> toks = g.tokens();
        int first = g.tokenIndexAt(m.start());
        int last = first;
        while (last + 1 < toks.size() && toks.get(last + 1).start() < m.end()) {
            last++;
        }
        if (first < 2 || last + 1 >= toks.size() || !toks.get(first - 1).word().equals("(") || !toks.get(last + 1).word().equals(")")) {
            return false;
        }
        Mention before = g.mentionAt(toks.get(first - 2).start());
        return before != null && before.type() == EntityType.LOCATION;
    }

    static boolean onlyConnectorsBetween(SentenceGraph g, Mention a, Mention b) {
        if (b.start() < a.end()) {
            return true;
        }
        // an insert between dashes says something of the items before it: what counts stands after its closing dash
        int insertEnd = dashInsertEnd(g, a);
        int from = insertEnd >= 0 && insertEnd <= b.start() ? insertEnd : a.end();
        List<Token> between = new ArrayList<>();
        for (Token t : g.tokens()) {
            if (t.start() >= from && t.end() <= b.start()) {
                between.add(t);
            }
        }
        if (b.type() == EntityType.PERSON && namesTheOneRepresented(g, between)) {
            return false;
        }
        if (subjectAfterAClosedList(g, a, b, between) || bracketedAfterAPlace(g, a) || bracketedAfterAPlace(g, b)) {
            return false;
        }
        int i = 0;
        if (a.type() == EntityType.COUNTRY && b.type() == EntityType.COUNTRY) {
            Mention holder = holderApposedToAClosedItem(g, a);
            if (holder != null) {
                // (h53-listes2) `…, et du Kenya, X, le président du Conseil des ministres du Togo`: past the apposed head
                while (i < between.size() && between.get(i).start() < holder.end()) {
                    i++;
                }
            }
        }
        boolean onlyBrackets = true;
        while (i < between.size()) {
            String w = between.get(i).folded();
            int bracket = onlyBrackets ? bracketEnd(between, i) : -1;
            if (bracket > i) {
                // `le Cameroun (ministre des Relations extérieures), le Gabon et le Congo`: a bracket right after an item
                // says something of it; the list goes on after it, (h35-listes3) also after a second one,
                // `B (qui présidera la séance) (notre photo), C`
                i = bracket;
                continue;
            }
            onlyBrackets = false;
            if (i == 0 && a.type() == EntityType.PERSON && b.type() == EntityType.PERSON) {
                int past = pastAnItemModifier(g, between);
                if (past > 0) {
                    i = past; // (h51-listes1) `dont le président américain A au crépuscule de son mandat, son homologue B`
                    continue;
                }
            }
            if (b.type() == EntityType.PERSON && i > 0 && isCommaOrEt(between.get(i - 1))) {
                int end = titlePhraseEnd(g, between, i);
                if (end > i) {
                    // `X, président en exercice de l'UA et le Tchadien Y`, `…, et la chef de la diplomatie de l'UE Z`:
                    // the title of the item before, or the next item's own
                    i = end;
                    continue;
                }
            }
            if (b.type() == EntityType.ORGANIZATION && a.type() == EntityType.ORGANIZATION && i > 0
                    && isCommaOrEt(between.get(i - 1))) {
                if (describesTheNextBody(g, between, i)) {
                    return true; // `…, la filiale française de Rolls-Royce`, `et côté chinois China Mobile`
                }
                int item = unnamedBodyItem(g, between, i);
                if (item > i) {
                    i = item; // `…, le bioparc Genopole, …`: an item the entities did not type does not break the list
                    continue;
                }
            }
            if (b.type() == EntityType.PERSON && i > 0 && (between.get(i - 1).word().equals(",")
                    || between.get(i - 1).folded().equals("et"))) {
                int closing = titledApposition(g, between, i);
                if (closing > 0) {
                    i = closing; // `X, la co-fondatrice de la Fondation Z, Y`: an apposition to the item before
                    continue;
                }
            }
            if (b.type() == EntityType.PERSON && a.type() == EntityType.PERSON) {
                int past = pastAStateItemPart(g, between, i);
                if (past > i) {
                    i = past; // (h39-listes6) `A du Malawi, B de la République de Tanzanie, C`, `…, Y du Ghana, X Z de la Guinée, C`
                    continue;
                }
            }
            if (b.type() != EntityType.PERSON && i > 0 && (between.get(i - 1).word().equals(",")
                    || between.get(i - 1).folded().equals("et"))) {
                int closing = unknownInstitution(g, between, i);
                if (closing > 0) {
                    i = closing; // `…, l'OMC, l'Organisation mondiale du Travail, l'ONU`: an item the dictionary lacks
                    continue;
                }
            }
            if (g.words().enumerationConnectors.contains(w)) {
                i++;
                continue;
            }
            if (a.type() == EntityType.COUNTRY && b.type() == EntityType.COUNTRY && i == between.size() - 1 && i > 0
                    && g.words().definiteArticles.containsWord(between.get(i - 1)) && g.words().stateNameHeads.contains(w)) {
                i++; // (h45) `les Samoa et les îles Salomon`: the island noun is part of the next state's name
                continue;
            }
            if ((i == 0 || between.get(i - 1).word().equals(",")) && i + 1 < between.size()
                    && g.words().explicitCoordinators.contains(w + " " + between.get(i + 1).folded())) {
                // `Étaient présents le Nigérian A, le Béninois B, mais aussi le Togolais C`: a two-word coordinator
                // (`mais aussi`, `mais également`) after the comma goes on with the list, as `et` does; (h56-sweepa) so
                // it does right after the item, with no comma (`seront présents A et B mais aussi l'ONU et l'UA`)
                i += 2;
                continue;
            }
            int title = ordinalTitle(g, between, i);
            if (b.type() != EntityType.PERSON && (a.type() != EntityType.PERSON || unnamedHeadAfterEt(g, between, i))
                    && itemOpener(g, between, i) >= 0
                    && g.words().isHolderTitle(between.get(title).folded()) && Words.isLowerWord(between.get(title))
                    && (onlyComplementAfter(g, between, title + 1) || complementPastAPortfolio(g, between, title + 1))
                    && TitleAppositions.titledPerson(g, b) == null) {
                // `en présence du président du Niger, du gouverneur de la BCEAO, du président de la BOAD`, `…, ainsi que le
                // Premier ministre du Canada`: the state or body an unnamed head stands for goes on the list (not one
                // whose head is named after it); past a portfolio, only the state's complement is left
                i = onlyComplementAfter(g, between, title + 1) ? title + 1 : between.size();
                continue;
            }
            if (b.type() != EntityType.PERSON && i > 0 && g.words().representingNouns.contains(w)
                    && i + 1 < between.size() && g.words().complementMarkers.contains(between.get(i + 1).folded())) {
                // `les présidents malien et nigérien, ainsi que les représentants de l'Égypte et du Qatar`: the states
                // unnamed representatives stand for go on the list
                i++;
                continue;
            }
            int examples = i > 0 ? examplesOfASet(g, between, i) : -1;
            if (examples > i) {
                i = examples; // `Israël, les États-Unis et leurs alliés comme le Paraguay`: the set's examples go on
                continue;
            }
            if (Words.isLowerWord(between.get(i)) && g.words().isDemonym(w)) {
                i++; // `le français Mistral AI, le canadien Cohere`
                continue;
            }
            if (b.type() == EntityType.COUNTRY && isDemonymMention(g, b) && (g.words().isTitle(w) || g.words().isStateNoun(w))) {
                // `les présidents égyptien et tunisien, ainsi que les chefs de gouvernement algérien et marocain`:
                // the title of the next demonym
                i++;
                continue;
            }
            if (b.type() == EntityType.PERSON && i > 0 && g.words().gappedDelegationPronouns.contains(w)
                    && isDeForm(between.get(i - 1))) {
                // (h32-suites) `du tchadien A, de celui de la Guinée équatoriale, B`: the pronoun stands for the shared
                // title; the state after it is the next person's
                i++;
                continue;
            }
            if (b.type() == EntityType.PERSON && g.words().titlePremodifiers.contains(w) && i + 1 < between.size()
                    && g.words().isTitle(between.get(i + 1).folded())) {
                // (h62-lists) `A, président en exercice de l'UA ; l'ancienne présidente du Brésil B`: an adjective of the
                // next item's title (`title_premodifiers`) opens that item as the title does
                i++;
                continue;
            }
            if (b.type() == EntityType.PERSON && (g.words().isTitle(w) || g.words().isDemonym(w) || g.words().sharedDemonyms.contains(w))) {
                // `Emmanuel Macron, le premier ministre canadien Justin Trudeau`, `X, le Burundais Y`: the next item's title
                i++;
                continue;
            }
            if (b.type() == EntityType.PERSON && (insideA(EntityType.COUNTRY, g, between.get(i))
                    || insideA(EntityType.ORGANIZATION, g, between.get(i)) || g.words().isHolderTitle(w)
                    || w.equals("pour") && i + 1 < between.size() && countryAfterArticles(g, between, i + 1))) {
                // `Les présidents du Mali X, du Soudan Y`, `X (Chine), Y pour la Russie`, `le président de la Commission
                // européenne, Y`: the country, body or title of each person
                i++;
                continue;
            }
            // a short lower-case apposition or a relative clause between commas does not break the list
            if (i > 0 && between.get(i - 1).word().equals(",")) {
                boolean relativeClause = w.equals("qui") || w.equals("dont");
                int max = relativeClause ? MAX_RELATIVE_TOKENS : MAX_APPOSITION_TOKENS;
                int j = i;
                while (j < between.size() && j - i < max && (relativeClause || Words.isLowerWord(between.get(j)))
                        && !between.get(j).word().equals(",")) {
                    j++;
                }
                if (j > i && j < between.size() && between.get(j).word().equals(",")) {
                    i = j;
                    continue;
                }
            }
            // `le Turc X dont le pays est membre de l'Otan ainsi que le Premier ministre indien, Y`: a relative clause
            // right after a person, closed by `ainsi que`, does not break a list of people either
            if (i == 0 && b.type() == EntityType.PERSON && (w.equals("qui") || w.equals("dont"))) {
                int j = i;
                while (j + 1 < between.size() && j - i < MAX_RELATIVE_TOKENS && !between.get(j).word().equals(",")
                        && !(between.get(j).folded().equals("ainsi")
                        && between.get(j + 1).folded().equals("que"))) {
                    j++;
                }
                if (j + 1 < between.size() && between.get(j).folded().equals("ainsi")) {
                    i = j;
                    continue;
                }
                // (h29-ue) `Étaient présents : X dont le pays préside le Conseil, Y, présidente de la Commission, et Z`:
                // a relative clause right after a person item, closed by a comma, between two people of a list
                if (a.type() == EntityType.PERSON && j > i && j < between.size() && between.get(j).word().equals(",")
                        && !verbFollows(g, b)) {
                    // not `X qui présidait la séance, Y a déclaré`: a person the next clause's verb follows opens it
                    i = j;
                    continue;
                }
            }
            return false;
        }
        return true;
    }

    /**
     * After `et` and a determiner, a set's noun in lower case (one or two words) and what opens its examples
     * (`leurs alliés comme`, `d'autres pays tels que`): the index after the opener, or -1.
     */
    private static int examplesOfASet(SentenceGraph g, List<Token> toks, int i) {
        if (!Words.isLowerWord(toks.get(i)) || g.words().clauseOpeners.contains(toks.get(i).folded())
                && !toks.get(i).folded().equals("et")) {
            return -1;
        }
        for (int k = i + 1; k <= Math.min(toks.size() - 1, i + 2); k++) {
            for (List<String> opener : g.words().exampleOpeners) {
                int end = RoleWords.phraseEnd(toks, k, opener);
                if (end > 0) {
                    return end;
                }
            }
            if (!Words.isLowerWord(toks.get(k))) {
                return -1;
            }
        }
        return -1;
    }

    /** How many lower-case words may describe a body before its name in a list (`le producteur d'aciers rapides`). */
    private static final int MAX_DESCRIPTION_TOKENS = 6;

    /**
     * From {@code i} to the end of {@code toks}, a description of the next body: an article and lower-case words
     * opened by a company noun (`la filiale française de`, `l'équipementier télécoms`), or a side marker ending on a
     * demonym (`côté chinois`).
     */
    private static boolean describesTheNextBody(SentenceGraph g, List<Token> toks, int i) {
        int k = i;
        boolean article = k < toks.size() && (g.words().definiteArticles.containsWord(toks.get(k))
                || g.words().possessives.containsWord(toks.get(k)));
        if (article) {
            k++;
        }
        int n = toks.size() - k;
        if (n <= 0 || n > MAX_DESCRIPTION_TOKENS) {
            return false;
        }
        for (int j = k; j < toks.size(); j++) {
            if (!Words.isLowerWord(toks.get(j)) || g.words().clauseOpeners.contains(toks.get(j).folded())) {
                return false;
            }
        }
        return article ? g.words().isCompanyNoun(toks.get(k).word())
                : n <= 2 && g.words().isDemonym(toks.get(toks.size() - 1).folded());
    }

    /**
     * An item of a list of bodies the entities did not type: an article, a few lower-case words and a capitalised
     * name that is no entity, up to the next comma (`le bioparc Genopole,`). The index of that comma, or -1.
     */
    private static int unnamedBodyItem(SentenceGraph g, List<Token> toks, int i) {
        if (!g.words().definiteArticles.containsWord(toks.get(i))) {
            return -1;
        }
        int k = i + 1;
        int lower = 0;
        while (k < toks.size() && Words.isLowerWord(toks.get(k)) && !g.words().clauseOpeners.contains(toks.get(k).folded())) {
            k++;
            lower++;
        }
        int names = 0;
        while (k < toks.size() && toks.get(k).isCapitalized() && !Words.isPunctuation(toks.get(k))
                && g.holderAtToken(g.tokenIndexAt(toks.get(k).start())) == null) {
            k++;
            names++;
        }
        boolean closed = k < toks.size() && toks.get(k).word().equals(",");
        return lower >= 1 && lower <= 3 && names >= 1 && names <= 3 && closed ? k : -1;
    }

    private static boolean isCommaOrEt(Token t) {
        return t.word().equals(",") || t.folded().equals("et");
    }

    /** A comma, `et`, or the `que` of `ainsi que` / `de même que`: what may open a list's next item. */
    /**
     * (h47-presences14) After a person, an unnamed head's item opens on `et` (`…, le Premier ministre A et du ministre des
     * Affaires étrangères de la Guinée-Bissau`): `et` makes it an item of its own, where a comma would make the title an
     * apposition to the person before it.
     */
    private static boolean unnamedHeadAfterEt(SentenceGraph g, List<Token> between, int i) {
        int opener = itemOpener(g, between, i);
        return opener >= 0 && between.get(opener).folded().equals("et");
    }

    /**
     * The comma, `et` or `que` that opens the item whose head word is at {@code i}, past its article and `de` form (`, le`,
     * `et du`, `et de le` as the tokenizer splits `du`); or -1.
     */
    private static int itemOpener(SentenceGraph g, List<Token> between, int i) {
        for (int k = i - 1; k >= 0 && k >= i - 3; k--) {
            if (opensAnItem(between.get(k))) {
                return k;
            }
            if (!isDeForm(between.get(k)) && !g.words().definiteArticles.containsWord(between.get(k))) {
                return -1;
            }
        }
        return -1;
    }

    private static boolean opensAnItem(Token t) {
        String w = t.folded();
        return isCommaOrEt(t) || w.equals("que") || w.equals("qu'");
    }

    /** `Premier ministre`, `vice-président` written apart: the index of the title an ordinal opens, or {@code i}. */
    private static int ordinalTitle(SentenceGraph g, List<Token> toks, int i) {
        String w = toks.get(i).folded();
        boolean ordinal = w.equals("premier") || w.equals("premiere") || w.equals("vice");
        return ordinal && i + 1 < toks.size() && g.words().isHolderTitle(toks.get(i + 1).folded()) ? i + 1 : i;
    }

    /**
     * The end (the closing comma or `et`, or the end of {@code toks}) of a title phrase opening at {@code i} on a
     * title, after `de` and an article or a possessive if any (`le président du Conseil européen`, `président en exercice de
     * l'UA`, `la chef de la politique étrangère de l'UE`), or -1: no title there, a clause, or a person inside.
     */
    /** The most words of a prepositional modifier after a person's name inside a list. */
    private static final int MAX_ITEM_MODIFIER_TOKENS = 8;

    /**
     * (h51-listes1) `dont le président américain A au crépuscule de son mandat, son homologue français B, …`: a
     * prepositional phrase right after a listed person (`item_modifier_prepositions`), of lower-case words only with no
     * entity and no clause opener in it, closed by a comma after which the next item opens with its own title, says
     * something of that item; the list goes on past it. The index of the token after its comma, or -1.
     */
    private static int pastAnItemModifier(SentenceGraph g, List<Token> between) {
        if (between.isEmpty() || !g.words().itemModifierPrepositions.contains(between.get(0).folded())) {
            return -1;
        }
        for (int k = 1; k < between.size() && k <= MAX_ITEM_MODIFIER_TOKENS; k++) {
            Token t = between.get(k);
            String w = t.folded();
            if (w.equals(",")) {
                return k > 1 && k + 1 < between.size() && titlePhraseEnd(g, between, k + 1) > k + 1 ? k + 1 : -1;
            }
            if (!Words.isLowerWord(t) && !w.equals("'") || g.words().clauseOpeners.contains(w)
                    || g.mentionAt(t.start()) != null) {
                return -1;
            }
        }
        return -1;
    }

    private static int titlePhraseEnd(SentenceGraph g, List<Token> toks, int i) {
        int k = i;
        if (k + 1 < toks.size() && isDeForm(toks.get(k))) {
            k++; // `…, du président de la commission de la CEDEAO, Y`: each item of a `la présence de` list opens on `de`
        }
        String opener = toks.get(k).word();
        if (g.words().definiteArticles.contains(opener) || g.words().possessives.contains(opener)) {
            k++;
        }
        if (k + 1 < toks.size() && g.words().titlePremodifiers.containsWord(toks.get(k))) {
            k++; // `et l'ancien président chilien X`
        }
        if (k >= toks.size()) {
            return -1;
        }
        // a capitalised title too, as communiqués write them (`X, Président du Conseil Présidentiel de la Libye ;`)
        String title = Words.isLowerWord(toks.get(k)) ? toks.get(k).word() : toks.get(k).word().toLowerCase(java.util.Locale.ROOT);
        if (!(g.words().isTitle(title) || g.words().isHolderTitle(title)) || insideA(EntityType.PERSON, g, toks.get(k))) {
            return -1;
        }
        int j = k + 1;
        for (; j < toks.size(); j++) {
            Token t = toks.get(j);
            String w = t.folded();
            if (w.equals("et") && portfolioAfter(g, toks, j + 1)) {
                continue; // `le ministre français de l'Europe et des Affaires étrangères, Y`: the title's own `et`
            }
            if (w.equals(",") || w.equals(";") || w.equals("et")) {
                break; // `de X, commissaire européenne ; et de Y`: a `;` closes the title like a comma
            }
            if (opensAnotherRole(g, toks, j)) {
                // (h22-minis) `présidée par X, Ministre … du Chili en présence de Y, Z`: the title ends there and the
                // people after it are the presence's, not further items of the list
                return -1;
            }
            if (j - i > MAX_TITLED_APPOSITION_TOKENS || Words.isPunctuation(t) && !w.equals("'")
                    || g.words().clauseOpeners.contains(w) || insideA(EntityType.PERSON, g, t)) {
                return -1;
            }
        }
        return j;
    }

    /** A phrase of `title_phrase_breaks` (`en présence`, `aux côtés`) starts at {@code j}. */
    static boolean opensAnotherRole(SentenceGraph g, List<Token> toks, int j) {
        for (List<String> phrase : g.words().titlePhraseBreaks) {
            boolean match = j + phrase.size() <= toks.size();
            for (int n = 0; match && n < phrase.size(); n++) {
                match = toks.get(j + n).folded().equals(TextFolding.fold(phrase.get(n)));
            }
            if (match) {
                return true;
            }
        }
        return false;
    }

    /** A capitalised portfolio opened by `de` at {@code k}, past an article: `des Affaires étrangères`, `de l'Europe`. */
    private static boolean portfolioAfter(SentenceGraph g, List<Token> toks, int k) {
        if (k >= toks.size() || !isDeForm(toks.get(k))) {
            return false;
        }
        k++;
        if (k < toks.size() && g.words().definiteArticles.containsWord(toks.get(k))) {
            k++;
        }
        return k < toks.size() && !Words.isLowerWord(toks.get(k)) && !insideA(EntityType.PERSON, g, toks.get(k))
                && !Words.isPunctuation(toks.get(k));
    }

    /** A country stands at {@code k} after articles: `pour la Russie`. */
    private static boolean countryAfterArticles(SentenceGraph g, List<Token> toks, int k) {
        while (k < toks.size() && g.words().definiteArticles.containsWord(toks.get(k))) {
            k++;
        }
        return k < toks.size() && insideA(EntityType.COUNTRY, g, toks.get(k));
    }

    /**
     * The closing comma of an apposition that opens at {@code i} on an article or a possessive and a lower-case word
     * (`la co-fondatrice de la Fondation Z,`, `le président du Brésil,`, `et son successeur,`), or -1.
     */
    private static int titledApposition(SentenceGraph g, List<Token> between, int i) {
        if (i + 1 < between.size() && between.get(i).folded().equals("et")) {
            i++; // `…, A, et son successeur, B`
        }
        String opener = between.get(i).word();
        if (!g.words().definiteArticles.contains(opener) && !g.words().possessives.contains(opener) || i + 1 >= between.size()
                || !Words.isLowerWord(between.get(i + 1))) {
            return -1;
        }
        for (int j = i + 1; j < between.size() && j - i <= MAX_TITLED_APPOSITION_TOKENS; j++) {
            String w = between.get(j).word();
            if (w.equals(",")) {
                return j;
            }
            if (w.equals(";") || w.equals(".") || g.words().clauseOpeners.contains(w) && !w.equals("et")) {
                return -1;
            }
        }
        return -1;
    }

    /** A country named by a lower-case demonym (`malien`), which qualifies the title before it. */
    private static boolean isDemonymMention(SentenceGraph g, Mention m) {
        int k = g.tokenIndexAt(m.start());
        return k >= 0 && Words.isLowerWord(g.tokens().get(k)) && g.words().isDemonym(g.tokens().get(k).folded());
    }

    /**
     * The closing comma of an item between commas that names an institution no dictionary knows (an article, an
     * institution noun, capitalised words and their complements: `l'Organisation mondiale du Travail,`), or -1.
     */
    private static int unknownInstitution(SentenceGraph g, List<Token> between, int i) {
        int j = i;
        while (j < between.size() && g.words().definiteArticles.containsWord(between.get(j))) {
            j++;
        }
        if (j >= between.size() || !between.get(j).isCapitalized() || !g.words().institutionHeads.containsWord(between.get(j))) {
            return -1;
        }
        for (int k = j + 1; k < between.size() && k - j <= MAX_INSTITUTION_TOKENS; k++) {
            Token t = between.get(k);
            String w = t.word();
            if (w.equals(",") || w.equals("(") && k == between.size() - 1) {
                return k; // `, l'Organisation mondiale du Travail,`, `et le Conseil de stabilité financière (CSF)`
            }
            if (!t.isCapitalized() && !g.words().complementMarkers.contains(w) && !g.words().definiteArticles.contains(w)
                    && !(Words.isLowerWord(t) && !g.words().clauseOpeners.contains(w) && !g.words().auxiliaries.contains(w))) {
                return -1;
            }
        }
        return -1;
    }

    private static boolean insideA(EntityType type, SentenceGraph g, Token t) {
        Mention m = g.mentionAt(t.start());
        return m != null && m.type() == type;
    }

    /**
     * For a country mention: the index of the token before it past its articles (-1 at the sentence start) and of its
     * own last token; null for another type or a mention off the tokens.
     */
    private static int[] countrySpan(SentenceGraph g, Mention m) {
        if (m.type() != EntityType.COUNTRY) {
            return null;
        }
        List<Token> toks = g.tokens();
        int first = g.tokenIndexAt(m.start());
        int last = g.tokenIndexAt(m.end() - 1);
        if (first < 0 || last < 0) {
            return null;
        }
        int before = first - 1;
        while (before >= 0 && g.words().definiteArticles.containsWord(toks.get(before))) {
            before--;
        }
        return new int[] {before, last};
    }

    /**
     * A country that only says whose a person is: `Naoto Kan (Japon)`, `Xi Jinping de la Chine`, `les présidents de
     * l'Azerbaïdjan Ilham Aliev`. In a list of people it is no item of its own.
     */
    static boolean qualifiesAPerson(SentenceGraph g, Mention m) {
        int[] span = countrySpan(g, m);
        if (span == null) {
            return false;
        }
        List<Token> toks = g.tokens();
        int before = span[0];
        int last = span[1];
        boolean opened = before >= 0 && (toks.get(before).word().equals("(") || isDeForm(toks.get(before)));
        if ((opened || before >= 0 && toks.get(before).folded().equals("pour")) && before > 0 && isPersonAt(g, before - 1)) {
            return true; // `Naoto Kan (Japon)`, `Xi Jinping de la Chine`, (h38-listes5) `B pour la Centrafrique`
        }
        if (opened && before > 0 && isDeForm(toks.get(before)) && g.words().isTitle(toks.get(before - 1).word())) {
            return last + 1 < toks.size() && isPersonAt(g, last + 1); // `les présidents de l'Azerbaïdjan Ilham Aliev`
        }
        // `des présidents du Congo X, de la Guinée équatoriale Y et de la Centrafrique Z`: a plural title shared by
        // the items, each a `de` + state right before its person
        return opened && before > 0 && isDeForm(toks.get(before)) && isCommaOrEt(toks.get(before - 1))
                && last + 1 < toks.size() && isPersonAt(g, last + 1);
    }

    /**
     * A gapped title list with commas, `les Premiers ministres de la Norvège, A, et de l'Islande, B`: a `de` + state
     * after `,` or `et`, with its person right after the next comma, only says whose that person is. (h46-presences13)
     * So does one after the demonstrative that stands for the set's noun or after the semicolon that parts the items
     * (`figurent ceux du Chili, A ; du Ghana, B`): the leaders are named, the role is theirs (the guide).
     */
    static boolean qualifiesTheNextPerson(SentenceGraph g, Mention m) {
        int[] span = countrySpan(g, m);
        if (span == null) {
            return false;
        }
        List<Token> toks = g.tokens();
        int before = span[0];
        int last = span[1];
        return before > 0 && isDeForm(toks.get(before)) && opensAGappedItem(toks.get(before - 1))
                && last + 2 < toks.size() && toks.get(last + 1).word().equals(",") && isPersonAt(g, last + 2);
    }

    /** The demonstratives that stand for a plural set's noun before its `de` items (`ceux du Chili, A`). */
    private static final java.util.Set<String> SET_DEMONSTRATIVES = java.util.Set.of("ceux", "celles", "celui", "celle");

    /** (h58-cand) Whether the word is a demonstrative that stands for a set's noun (`et ceux du Ghana et du Kenya`). */
    static boolean standsForTheSetNoun(String word) {
        return SET_DEMONSTRATIVES.contains(TextFolding.fold(word));
    }

    /** What may stand before a gapped `de` + state item: `,`, `et`, `;`, or a demonstrative for the set's noun. */
    private static boolean opensAGappedItem(Token t) {
        String w = t.folded();
        return isCommaOrEt(t) || w.equals(";") || SET_DEMONSTRATIVES.contains(w);
    }

    /**
     * A state's demonym used as a noun with its article, right before a person's name: `le Tanzanien A, l'Ougandais B`.
     * It only says whose the person is, as the first item's does (`personAfterItsTitle`), so it is no item of its own.
     */
    static boolean demonymNounBeforePerson(SentenceGraph g, Mention m) {
        int[] span = countrySpan(g, m);
        if (span == null) {
            return false;
        }
        int first = g.tokenIndexAt(m.start());
        return span[0] < first - 1 && span[1] + 1 < g.tokens().size() && isPersonAt(g, span[1] + 1);
    }

    /** The most capitalised words of a name the entities did not type, in a list of people with their states. */
    private static final int MAX_UNTYPED_NAME_TOKENS = 4;

    /**
     * (h39-listes6) In a list of people each followed by the state they head (`Il s'agit des présidents A du Ghana, B de
     * la Guinée, C du Niger`), two parts that do not break it: a noun of the state's form before its name (`de la
     * République de Tanzanie`: {@code state_form_nouns}), and an item whose name the entities did not type (`…, X Y de
     * la Guinée, …`: capitalised words after a comma, then `de` and a state, then a comma or `et`): that item is
     * skipped, the list goes on. The index past the part at {@code i}, or -1.
     */
    private static int pastAStateItemPart(SentenceGraph g, List<Token> toks, int i) {
        String w = toks.get(i).folded();
        if (g.words().stateFormNouns.contains(w) && i > 0 && g.words().definiteArticles.containsWord(toks.get(i - 1))
                && stateAfterDe(g, toks, i + 1) > 0) {
            return i + 1;
        }
        if (i == 0 || !toks.get(i - 1).word().equals(",")) {
            return -1;
        }
        int j = i;
        while (j < toks.size() && j - i < MAX_UNTYPED_NAME_TOKENS && !Words.isLowerWord(toks.get(j))
                && !Words.isPunctuation(toks.get(j)) && g.mentionAt(toks.get(j).start()) == null) {
            j++;
        }
        if (j - i < 2) {
            return -1;
        }
        int end = stateAfterDe(g, toks, j);
        if (end < 0 || end >= toks.size() || !(toks.get(end).word().equals(",") || toks.get(end).folded().equals("et"))) {
            return -1;
        }
        return j;
    }

    /** From {@code k}: `de`/`du`/`d'`, an optional article and a state's name; the index past the state, or -1. */
    private static int stateAfterDe(SentenceGraph g, List<Token> toks, int k) {
        if (k >= toks.size() || !isDeForm(toks.get(k))) {
            return -1;
        }
        k++;
        if (k < toks.size() && g.words().definiteArticles.containsWord(toks.get(k))) {
            k++;
        }
        if (k >= toks.size() || !insideA(EntityType.COUNTRY, g, toks.get(k))) {
            return -1;
        }
        Mention c = g.mentionAt(toks.get(k).start());
        while (k < toks.size() && toks.get(k).start() < c.end()) {
            k++;
        }
        return k;
    }

    /**
     * (h53-listes2) `les présidents de l'Angola, du Burundi et du Kenya, X, le …`: the person between commas right after
     * a state that a `de` form introduces and that closes, after `et`, a `de` list of states: that state's head, named in
     * apposition. Null when the shape differs.
     */
    static Mention holderApposedToAClosedItem(SentenceGraph g, Mention state) {
        if (state.type() != EntityType.COUNTRY) {
            return null;
        }
        List<Token> toks = g.tokens();
        int first = g.tokenIndexAt(state.start());
        int last = g.tokenIndexAt(state.end() - 1);
        if (first < 2 || last < 0 || last + 3 >= toks.size() || !toks.get(last + 1).word().equals(",")) {
            return null;
        }
        Mention person = g.mentionAt(toks.get(last + 2).start());
        if (person == null || person.type() != EntityType.PERSON || person.start() != toks.get(last + 2).start()) {
            return null;
        }
        int after = g.tokenIndexAt(person.end() - 1) + 1;
        if (after <= last + 2 || after >= toks.size() || !toks.get(after).word().equals(",")) {
            return null;
        }
        // before the state: a `de` form (past articles), then `et`, then the state before it
        int k = first - 1;
        while (k >= 0 && g.words().definiteArticles.containsWord(toks.get(k))) {
            k--;
        }
        if (k < 1 || !isDeForm(toks.get(k)) || !toks.get(k - 1).folded().equals("et")) {
            return null;
        }
        if (k < 2 || !insideA(EntityType.COUNTRY, g, toks.get(k - 2))) {
            return null;
        }
        return person;
    }

    /** `de`, `du`, `d'`, `des`: the link before a state or a title's complement. */
    static boolean isDeForm(Token t) {
        String w = t.folded();
        return w.equals("de") || w.equals("du") || w.equals("d'") || w.equals("des");
    }

    private static boolean isPersonAt(SentenceGraph g, int k) {
        Mention m = g.mentionAt(g.tokens().get(k).start());
        return m != null && m.type() == EntityType.PERSON;
    }

    /** The enumeration that starts within {@code slack} tokens after token {@code from}. */
    static List<Mention> listAfter(SentenceGraph g, int from, int slack) {
        List<Token> toks = g.tokens();
        int limit = from + slack;
        for (int k = from; k < Math.min(toks.size(), limit); k++) {
            if (toks.get(k).word().equals(",") || toks.get(k).folded().equals("notamment")) {
                limit++; // `Ont voté pour, notamment, le Rwanda`
            }
            List<Mention> bracketed = namesBracketedAfterDemonyms(g, k);
            if (!bracketed.isEmpty()) {
                return bracketed;
            }
            Mention m = personAfterItsTitle(g, g.mentionAt(toks.get(k).start()));
            if (m != null && SentenceGraph.canHoldRole(m)) {
                List<Mention> list = new ArrayList<>();
                for (Mention x : coordination(g, m)) {
                    if (x.start() >= m.start() && (x == m || !qualifiesAPerson(g, x))) {
                        list.add(x);
                    }
                }
                return UnnamedTitleItems.withDemonymTitles(g, list);
            }
            if (toks.get(k).word().equals("(") && representativesBefore(g, from, k)) {
                continue; // `en présence d'ambassadeurs et de ministres (Tanzanie, Rwanda)`: the states they stand for
            }
            if (Words.isPunctuation(toks.get(k)) && !toks.get(k).word().equals("'") && !toks.get(k).word().equals(",")) {
                break;
            }
        }
        return List.of();
    }

    /** Most words of a demonym before its bracketed name (`équato-guinéen`, `sud-africain`). */
    private static final int MAX_DEMONYM_TOKENS = 3;

    /**
     * (h43-presences10) `les présidents nigérien (A), burkinabè (B) et malien (C)`: a plural title's demonyms, each with
     * its holder's name in brackets, from token {@code k}; the people named, empty when the list is not of that shape.
     * The people hold the role, as the names of a list do (the demonyms only qualify their titles).
     */
    private static List<Mention> namesBracketedAfterDemonyms(SentenceGraph g, int k) {
        List<Token> toks = g.tokens();
        List<Mention> people = new ArrayList<>();
        int j = k;
        while (j < toks.size()) {
            int open = j;
            while (open < toks.size() && open - j < MAX_DEMONYM_TOKENS && !toks.get(open).word().equals("(")
                    && !toks.get(open).word().isEmpty() && (Character.isLowerCase(toks.get(open).word().charAt(0))
                    || open == j && isDemonymWord(g, toks.get(open).folded()))
                    && !isPersonAt(g, open)) {
                open++;
            }
            if (open == j || open + 2 >= toks.size() || !toks.get(open).word().equals("(")) {
                break;
            }
            Mention p = g.mentionAt(toks.get(open + 1 + statePlaceBeforeName(g, open + 1)).start());
            if (p == null || p.type() != EntityType.PERSON) {
                int shut = closingBracketOfAName(toks, open + 1);
                if (shut < 0) {
                    break;
                }
                j = shut + 1; // a name the tagger missed does not cut the list: the items after it are read on
                while (j < toks.size() && (toks.get(j).word().equals(",") || toks.get(j).word().equals("et"))) {
                    j++;
                }
                continue;
            }
            int close = open + 1;
            while (close < toks.size() && toks.get(close).start() < p.end()) {
                close++;
            }
            if (close >= toks.size() || !toks.get(close).word().equals(")")) {
                break;
            }
            people.add(p);
            j = close + 1;
            while (j < toks.size() && (toks.get(j).word().equals(",") || toks.get(j).word().equals("et"))) {
                j++;
            }
        }
        return people.size() >= 2 ? people : List.of();
    }

    /** Most tokens of a bracketed name (and its state) the list passes over when no person is found in it. */
    private static final int MAX_BRACKETED_NAME_TOKENS = 8;

    /** The `)` that closes a bracket of capitalised words and commas opened before token {@code k}, or -1. */
    private static int closingBracketOfAName(List<Token> toks, int k) {
        for (int j = k; j < toks.size() && j - k <= MAX_BRACKETED_NAME_TOKENS; j++) {
            String w = toks.get(j).word();
            if (w.equals(")")) {
                return j > k ? j : -1;
            }
            if (!w.equals(",") && !toks.get(j).isCapitalized()) {
                return -1;
            }
        }
        return -1;
    }

    /** A demonym form, also one two states share (`Congolais`, capitalised as some lists write it). */
    private static boolean isDemonymWord(SentenceGraph g, String folded) {
        return g.words().isDemonym(folded) || g.words().sharedDemonyms.contains(folded);
    }

    /**
     * (h44-presences11) The tokens a bracket spends on the state or place of its holder before the name, a comma
     * closing them (`Congolais (RDC, X)`: the demonym two states share, made precise), or 0.
     */
    private static int statePlaceBeforeName(SentenceGraph g, int k) {
        List<Token> toks = g.tokens();
        Mention m = g.mentionAt(toks.get(k).start());
        boolean place = m != null && (m.type() == EntityType.COUNTRY || m.type() == EntityType.LOCATION);
        boolean code = toks.get(k).word().length() >= 2 && toks.get(k).word().chars().allMatch(Character::isUpperCase);
        if (!place && !code) {
            return 0;
        }
        int j = k;
        while (j < toks.size() && (place ? toks.get(j).start() < m.end() : j == k)) {
            j++;
        }
        return j + 1 < toks.size() && toks.get(j).word().equals(",") ? j + 1 - k : 0;
    }

    /** A plural noun of unnamed representatives (`ministres`, `représentants`) stands between {@code from} and {@code k}. */
    private static boolean representativesBefore(SentenceGraph g, int from, int k) {
        for (int j = from; j < k; j++) {
            String w = g.tokens().get(j).word();
            if (w.endsWith("s") && (g.words().memberNouns.contains(w) || g.words().representingNouns.contains(w))) {
                return true;
            }
        }
        return false;
    }

    /**
     * In `le président français Emmanuel Macron` (or `le président égyptien, Abdelfattah Mansour`) the item
     * is the person: a demonym (or a country) that only qualifies the title of the person named right after
     * it hands the item over to that person.
     */
    static Mention personAfterItsTitle(SentenceGraph g, Mention m) {
        if (m != null && m.type() == EntityType.PERSON) {
            Mention envoy = EnvoyOfAPrincipal.envoyNamedAfter(g, m);
            return envoy != null ? envoy : m;
        }
        if (m == null) {
            return m;
        }
        Mention titled = TitleAppositions.titledPerson(g, m);
        if (titled != null) {
            return titled;
        }
        List<Token> toks = g.tokens();
        boolean first = true;
        for (Token t : toks) {
            if (t.start() < m.end()) {
                continue;
            }
            Mention next = g.mentionAt(t.start());
            if (next != null && next != m) {
                return next.type() == EntityType.PERSON ? next : m;
            }
            boolean apposition = first && t.word().equals(","); // `le président égyptien, Abdelfattah Mansour`
            if (!apposition && (t.word().equals(",") || !g.words().isTitle(t.word()))) {
                return m;
            }
            first = false;
        }
        return m;
    }

    static List<Mention> listAfterWord(SentenceGraph g, int from, String word) {
        List<Token> toks = g.tokens();
        for (int k = from; k < Math.min(toks.size(), from + 6); k++) {
            if (toks.get(k).folded().equals(word)) {
                return listAfter(g, k + 1, 4);
            }
        }
        return List.of();
    }
}
