package org.summitcoverage.extract.roles;

import org.summitcoverage.dict.TextFolding;
import org.summitcoverage.extract.Words;
import org.summitcoverage.model.EntityType;
import org.summitcoverage.model.Mention;
import org.summitcoverage.model.RoleType;
import org.summitcoverage.nlp.Token;

import java.util.List;

/**
 * `X, représentant du président de la République`, `X, représentant le chef de l'État`, `le représentant du
 * Ghana, X`: the person in apposition to the noun (or present participle) stood for a head of state or a state,
 * and so led its delegation (docs/annotation.md § Roles, DELEGATION_HEAD). A body's representative (`le
 * représentant de l'ONU`) is not read: the press names envoys so who attend without leading a state's delegation.
 */
final class RepresentativeReading implements HolderReading {
    /** Most words between the person and the noun in apposition (`X, Premier ministre, représentant …`). */
    private static final int APPOSITION_SPAN = 8;
    /** Most words after `de` or the article before the head of state's title or the state. */
    private static final int COMPLEMENT_SLACK = 3;

    @Override
    public List<Finding> read(CueSite site) {
        List<Token> toks = site.tokens();
        SentenceGraph g = site.graph();
        int end = site.hit().end();
        // `Son représentant, le ministre Y, …`: the possessive names whom, the title after the comma is Y's own
        boolean possessiveOpening = site.hit().first() == 1 && site.words().possessives.containsWord(toks.get(0));
        Complement c = possessiveOpening ? possessiveForThePreviousHead(site, end) : complement(site.graph(), end);
        if (c == null) {
            return List.of();
        }
        if (c.standingMandate()) {
            return List.of(); // `X, envoyé spécial du président américain pour les Grands Lacs`: a standing post
        }
        Mention person = personBefore(site);
        // (h30-misses) `En représentant le président X, le ministre Y …`: the gerund opens the sentence as the participle does
        boolean fronted = site.hit().first() == 0
                || site.hit().first() == 1 && toks.get(0).folded().equals("en");
        if (person == null && (fronted || possessiveOpening) && c.headOfState()) {
            person = personAfterFronted(site, c.end()); // `Porteur d'un message du président X, le ministre Y …`
            int titled = person == null ? -1 : titledPhraseAfterTheHeadsName(site, person, c.end());
            person = titled < 0 ? person : envoyNamedByTheTitle(site, titled);
        }
        // `le représentant du Ghana, X`; but in `le représentant du président, X`, X names the president
        if (person == null && !c.headOfState() && c.end() < toks.size() && toks.get(c.end()).word().equals(",") && c.end() + 1 < toks.size()) {
            Mention m = g.mentionAt(toks.get(c.end() + 1).start());
            person = m != null && m.type() == EntityType.PERSON ? m : null;
        }
        if (person == null && fronted && !c.headOfState() && c.state() != null) {
            // (h27-sante) `Représentant le Japon à ce sommet, M. X a déclaré`: a fronted participle over a state, a short
            // adverbial of place before its comma; the person after the comma represents the state
            person = personAfterFronted(site, commaAfterAdverbial(toks, c.end()));
        }
        if (person == null && opensAListItem(toks, site.hit().first()) && !c.headOfState() && c.state() != null
                && c.end() < toks.size() && site.words().definiteArticles.containsWord(toks.get(c.end()))) {
            // (h63-miss) `A, B, et représentant la Russie le ministre X, ont assisté`: a list item opened by the participle
            // over a state, its titled person right after the state with no comma, represents that state
            person = personAfter(site, c.end());
        }
        return person == null ? List.of() : List.of(new Finding(RoleType.DELEGATION_HEAD, person, site.cueText(),
                Confidence.NOUN_RULE, "representative", person.text() + ", " + site.cueText(), c.state()));
    }

    /** What is represented, when it is a head of state or a state; null otherwise. */
    record Complement(int end, String state, boolean headOfState, boolean standingMandate) {
        Complement(int end, String state, boolean headOfState) {
            this(end, state, headOfState, false);
        }
    }

    /** The complement of a representative's noun whose words start at {@code k} (`spécial du président de la Zambie`). */
    static Complement complement(SentenceGraph g, int k) {
        List<Token> toks = g.tokens();
        RoleWords words = g.words();
        int n = k;
        while (n < toks.size() && n < k + COMPLEMENT_SLACK && !words.definiteArticles.containsWord(toks.get(n))
                && !isDe(toks.get(n))) {
            n++; // `représentant personnel du roi`, `représentante spéciale de la présidente`
        }
        if (n >= toks.size()) {
            return null;
        }
        while (n < toks.size() && (isDe(toks.get(n)) || words.definiteArticles.containsWord(toks.get(n)))) {
            n++;
        }
        if (n >= toks.size()) {
            return null;
        }
        Mention m = g.mentionAt(toks.get(n).start());
        if (m != null && m.type() == EntityType.COUNTRY) {
            return new Complement(g.tokenIndexAt(m.start()) + 1, m.entityId(), false);
        }
        if (words.isHolderTitle(toks.get(n).word()) && words.isTitle(toks.get(n).word()) || toks.get(n).word().equalsIgnoreCase("chef")) {
            // the title's phrase runs to the next comma: `du président de la République du Niger`
            String state = null;
            boolean mandate = false;
            boolean body = false;
            int e = n + 1;
            while (e < toks.size() && !toks.get(e).word().equals(",") && !toks.get(e).word().equals(".")) {
                Mention s = g.mentionAt(toks.get(e).start());
                state = state == null && s != null && s.type() == EntityType.COUNTRY ? s.entityId() : state;
                body |= s != null && s.type() == EntityType.ORGANIZATION;
                mandate |= toks.get(e).word().equals("pour") || toks.get(e).word().equals("auprès");
                e++;
            }
            if (body && state == null) {
                return null; // `X, Représentant spécial du Secrétaire général des Nations unies`: a body's head, no state
            }
            return new Complement(e, state, true, mandate);
        }
        return null;
    }

    /**
     * `Son représentant, le ministre Y, a pris la parole` after a sentence opening on a head (`Le président gabonais X n'a
     * pas fait le déplacement.`): a possessive right before the noun that opens the sentence stands for that head, or
     * the state his demonym names; the person comes after the comma, as after a fronted `Porteur d'un message du …`.
     */
    private static Complement possessiveForThePreviousHead(CueSite site, int end) {
        List<Token> toks = site.tokens();
        int first = site.hit().first();
        if (first != 1 || !site.words().possessives.containsWord(toks.get(0)) || end >= toks.size()
                || !toks.get(end).word().equals(",")) {
            return null;
        }
        Mention head = RepresentationReading.previousTitledSubject(site.discourse(), site.words());
        if (head == null || head.type() == EntityType.PERSON && site.discourse().allMentions().stream().anyMatch(m ->
                m.sentenceIndex() == head.sentenceIndex() && m.start() < head.start() && m.type() == EntityType.ORGANIZATION)) {
            return null; // `Le secrétaire général de l'ONU, X, … Son représentant`: a body's envoy leads no state's delegation
        }
        return new Complement(end, head.type() == EntityType.COUNTRY ? head.entityId() : null, true);
    }

    /** Most words of the adverbial between a fronted cue's state and its comma (`à ce sommet`, `lors de la réunion`). */
    private static final int FRONTED_ADVERBIAL_SPAN = 6;

    /** The comma that ends a fronted cue's phrase at or after {@code k}, past a short adverbial; -1 when none is. */
    private static int commaAfterAdverbial(List<Token> toks, int k) {
        for (int n = k; n < Math.min(toks.size(), k + FRONTED_ADVERBIAL_SPAN); n++) {
            String w = toks.get(n).word();
            if (w.equals(",")) {
                return n;
            }
            if (w.equals(".") || w.equals(";") || w.equals(":")) {
                return -1;
            }
        }
        return -1;
    }

    private static boolean isDe(Token t) {
        String w = t.folded();
        return w.equals("de") || w.equals("du") || w.equals("des") || w.equals("d'");
    }

    /**
     * `Porteur d'un message du président X, le ministre Y a …`: the person named right after the comma that closes a
     * fronted cue's complement, past its title words; null when none is.
     */
    private static Mention personAfterFronted(CueSite site, int comma) {
        List<Token> toks = site.tokens();
        if (comma < 0 || comma >= toks.size() || !toks.get(comma).word().equals(",")) {
            return null;
        }
        return personAfter(site, comma + 1);
    }

    /** Whether the cue at {@code first} opens an item of a list: right after a comma or a coordinating `et`. */
    private static boolean opensAListItem(List<Token> toks, int first) {
        return first > 0 && (toks.get(first - 1).word().equals(",") || toks.get(first - 1).folded().equals("et"));
    }

    /**
     * The person named from {@code from}, past the article and title words that announce the name (`le ministre des
     * Affaires étrangères Y`); null when another word or mention comes first.
     */
    private static Mention personAfter(CueSite site, int from) {
        List<Token> toks = site.tokens();
        int comma = from - 1;
        for (int k = from; k < Math.min(toks.size(), comma + 8); k++) {
            Mention m = site.graph().mentionAt(toks.get(k).start());
            if (m != null) {
                return m.type() == EntityType.PERSON ? m : null;
            }
            String w = toks.get(k).word();
            // (h30-misses) a capitalised title word (`le Premier ministre Y`) still leads to the name, and so does the
            // comma that sets the name off after its title (`le Premier ministre, Dr Y`)
            boolean title = site.words().isTitle(w) || site.words().isTitle(w.toLowerCase(java.util.Locale.ROOT));
            boolean commaAfterTitle = w.equals(",") && k > comma + 1 && site.words().isTitle(toks.get(k - 1).word().toLowerCase(java.util.Locale.ROOT));
            if (commaAfterTitle) {
                continue;
            }
            // (h63-miss) a capitalised word of the title's complement (`le ministre des Affaires étrangères Y`) too
            boolean complement = k > comma + 2 && (isDe(toks.get(k - 1)) || site.words().definiteArticles.containsWord(toks.get(k - 1)));
            if (!Character.isLetter(w.charAt(0)) || !Character.isLowerCase(w.charAt(0)) && k > comma + 1 && !title && !complement) {
                return null;
            }
        }
        return null;
    }

    /**
     * (h23-names) `Représentant le chef de l'État burundais, X, le Vice-président de la République, Y a assisté`: the
     * name right after the complement's comma, closed by a comma of its own, is the head's name in apposition when a
     * determiner and a title open the next phrase; returns where that title starts, -1 when the phrase after the
     * head's name is no titled person (`…, X, ministre des Affaires étrangères, a pris part`: X is the envoy with his
     * own title).
     */
    private static int titledPhraseAfterTheHeadsName(CueSite site, Mention head, int comma) {
        List<Token> toks = site.tokens();
        SentenceGraph g = site.graph();
        if (comma + 1 >= toks.size() || g.mentionAt(toks.get(comma + 1).start()) != head) {
            return -1;
        }
        int k = g.tokenIndexAt(head.end() - 1) + 1;
        if (k + 2 >= toks.size() || !toks.get(k).word().equals(",")
                || !site.words().definiteArticles.containsWord(toks.get(k + 1)) || !site.words().isTitle(toks.get(k + 2).word())) {
            return -1;
        }
        return k + 2;
    }

    /**
     * The envoy the titled phrase at {@code title} names: the person right after its title words, or right after the
     * comma that closes them. Null past a second comma or any other word after that comma (`le ministre, qui a reçu
     * X, a pris la parole`: X is someone else, and the envoy is unnamed).
     */
    private static Mention envoyNamedByTheTitle(CueSite site, int title) {
        List<Token> toks = site.tokens();
        SentenceGraph g = site.graph();
        boolean pastComma = false;
        for (int j = title + 1; j < Math.min(toks.size(), title + 1 + APPOSITION_SPAN * 2); j++) {
            String w = toks.get(j).word();
            if (w.equals(".") || w.equals(";") || w.equals(":")) {
                return null;
            }
            Mention m = g.mentionAt(toks.get(j).start());
            if (m != null && m.type() == EntityType.PERSON) {
                return m;
            }
            if (pastComma) {
                return null;
            }
            pastComma = w.equals(",");
        }
        return null;
    }

    /**
     * The start of the title the cue is coordinated with by the `et` at {@code et} (`, ministre des Affaires étrangères
     * et représentant`): the title word right after a comma, within the apposition's span; -1 when there is none.
     */
    private static int titleCoordinatedWith(CueSite site, int et) {
        List<Token> toks = site.tokens();
        for (int n = et - 1; n > Math.max(0, et - APPOSITION_SPAN); n--) {
            if (toks.get(n - 1).word().equals(",")) {
                return site.words().isTitle(toks.get(n).word()) ? n : -1;
            }
            if (Words.isPunctuation(toks.get(n)) || site.graph().mentionAt(toks.get(n).start()) != null
                    && site.graph().mentionAt(toks.get(n).start()).type() == EntityType.PERSON) {
                return -1;
            }
        }
        return -1;
    }

    /** The number of tokens of a capacity phrase (`en tant que`) that ends at token {@code b}; 0 when none does. */
    private static int capacityBefore(CueSite site, int b) {
        List<Token> toks = site.tokens();
        for (List<String> phrase : site.words().capacityPhrases) {
            int first = b - phrase.size() + 1;
            boolean match = first >= 0;
            for (int i = 0; i < phrase.size() && match; i++) {
                match = toks.get(first + i).folded().equals(TextFolding.fold(phrase.get(i)));
            }
            if (match) {
                return phrase.size();
            }
        }
        return 0;
    }

    /** The person whose mention ends with token {@code n}; null when none does. */
    private static Mention personEndingAt(CueSite site, int n) {
        for (Mention m : site.graph().mentions()) {
            if (m.end() == site.tokens().get(n).end() && m.type() == EntityType.PERSON) {
                return m;
            }
        }
        return null;
    }

    /** `X, représentant du …`, `X, Premier ministre, représentant du …`: the person the noun is in apposition to. */
    private static Mention personBefore(CueSite site) {
        List<Token> toks = site.tokens();
        int first = site.hit().first();
        if (first > 0 && toks.get(first - 1).folded().equals("et")) {
            first = titleCoordinatedWith(site, first - 1); // `X, ministre des Affaires étrangères et représentant du …`
        }
        // (h52-sweep-monde) `X, en tant que représentant du président`, `X en sa qualité de représentant du chef de
        // l'État`: a capacity phrase before the noun stands in apposition like the comma; the person ends before it
        int capacity = first > 0 ? capacityBefore(site, first - 1) : 0;
        if (capacity > 0) {
            first -= capacity;
            if (first > 0 && !toks.get(first - 1).word().equals(",")) {
                Mention m = personEndingAt(site, first - 1);
                return m;
            }
        }
        if (first <= 0 || !toks.get(first - 1).word().equals(",")) {
            return null;
        }
        for (int n = first - 1; n >= Math.max(0, first - APPOSITION_SPAN); n--) {
            for (Mention m : site.graph().mentions()) {
                if (m.end() == toks.get(n).end() && m.type() == EntityType.PERSON) {
                    return m;
                }
            }
            String w = toks.get(n).word();
            if (w.equals(".") || w.equals(";") || w.equals(":") || site.words().clauseOpeners.contains(w)) {
                return null;
            }
        }
        return null;
    }
}
