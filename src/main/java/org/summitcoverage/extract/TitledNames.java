package org.summitcoverage.extract;

import org.summitcoverage.dict.Dictionaries;
import org.summitcoverage.dict.TextFolding;
import org.summitcoverage.model.EntityType;
import org.summitcoverage.nlp.AnnotatedText;
import org.summitcoverage.nlp.Token;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A name right after a person's title is a person, whatever the tagger called it: the WikiNER model
 * often takes an unfamiliar foreign name for a place (`le chef de l'État ghanéen Kwabena Asante-Mensah`),
 * and a first name that is also a city splits the name in two (`l'ambassadeur équatorien Santiago Cordero`).
 * The title is a title word just before the name, or a demonym qualifying a title or a state noun
 * (`le président angolais`, `le chef de l'État ghanéen`).
 */
final class TitledNames {
    private static final int TITLE_WINDOW = 5;
    private static final Set<String> BOUNDARIES = Set.of(",", ".", ";", ":", "(", ")", "«", "»", "\"");

    private final Dictionaries dict;

    TitledNames(Dictionaries dict) {
        this.dict = dict;
    }

    List<Candidate> apply(AnnotatedText doc, List<Candidate> all) {
        List<Candidate> out = retype(doc, namesInCapitals(doc, all));
        out.addAll(untagged(doc, out));
        out.sort(java.util.Comparator.comparingInt(Candidate::sentenceIndex).thenComparingInt(Candidate::start));
        return out;
    }

    /**
     * `S.E.M. TEODORO X Y, Président de la République …`: a name written wholly in capitals, as communiqués and lists of
     * delegations write it, right after a title or an honorific or right before a title in apposition. Two to five
     * words in capitals that no dictionary or word list knows (no acronym of a body) are a person, whatever the tagger
     * made of them (it usually reads them as a body).
     */
    private List<Candidate> namesInCapitals(AnnotatedText doc, List<Candidate> all) {
        List<Candidate> found = new ArrayList<>();
        for (org.summitcoverage.nlp.Sentence s : doc.sentences()) {
            List<Token> toks = s.tokens();
            for (int i = 0; i < toks.size(); i++) {
                int end = i;
                while (end < toks.size() && end - i < 5 && isNameInCapitals(toks.get(end))) {
                    end++;
                }
                // `Mariam SANOGO KONÉ`, `le Président Armel KOUMBA-NDONG`: the first names before the surname in capitals
                int start = i;
                while (start > 0 && i - start < 3 && isUnknownNameWord(toks.get(start - 1))
                        && toks.get(start - 1).word().length() > 1) { // not `M` of `S.E. M Idrissa SOW`
                    start--;
                }
                int surnameFirst = start == i && end - i == 1 ? surnameFirstEnd(toks, all, s.index(), i) : -1;
                if (surnameFirst > 0) {
                    found.add(person(doc, s.index(), i, surnameFirst, toks.get(i).start(), toks.get(surnameFirst - 1).end(), "", "rule"));
                    i = surnameFirst - 1;
                    continue;
                }
                if (end == i || end - i < 2 && start == i || end < toks.size() && Words.isAllCaps(toks.get(end).word())
                        && toks.get(end).word().chars().allMatch(Character::isLetter) || i > 0 && isNameInCapitals(toks.get(i - 1))) {
                    i = Math.max(i, end - 1);
                    continue;
                }
                boolean titled = start > 0 && (isTitle(toks.get(start - 1)) || afterHonorific(toks, start)
                        || start < i && afterTitlePhrase(toks, start))
                        || end + 1 < toks.size() && toks.get(end).word().equals(",") && (isTitle(toks.get(end + 1))
                        || end + 2 < toks.size() && Set.of("le", "la", "l'").contains(Words.fold(toks.get(end + 1)))
                        && isTitle(toks.get(end + 2)))
                        || start < i && listItemWithItsState(toks, all, s.index(), start, end)
                        || start == i && end - i >= 2 && (afterTitleWithItsComplement(toks, start)
                        || afterAPersonAndEt(toks, all, s.index(), start));
                boolean held = false;
                for (Candidate c : all) {
                    held |= c.sentenceIndex() == s.index() && c.firstToken() < end && start < c.endToken()
                            && (!c.method().equals("ner") || c.firstToken() < start || c.endToken() > end);
                }
                if ((titled || start < i && end - i >= 2) && !held) {
                    found.add(person(doc, s.index(), start, end, toks.get(start).start(), toks.get(end - 1).end(), "", "rule"));
                }
                i = end - 1;
            }
        }
        return Candidate.replacedBy(all, found);
    }

    /**
     * (h22-minis) The surname in capitals first, as Japanese and many African communiqués write a name: `le ministre des
     * Affaires étrangères HAYASHI Masayoshi`, `la ministre KAMIKAWA`, `le secrétaire d'État américain BLINKEN`. One word
     * in capitals right after a title (or its portfolio or demonym), with at most two unknown capitalised given names
     * after it and no further capitalised word: the end of the name, else -1. What the tagger made of these words (a
     * body, a lone given name) gives way; a name another reading typed otherwise does not.
     */
    private int surnameFirstEnd(List<Token> toks, List<Candidate> all, int sentence, int i) {
        // not a complement of the title (`ministre des Affaires étrangères de la FDRE`: an unknown acronym of a state or body)
        // nor an acronym after a possessive the title list keeps for `Son Excellence` (`de son PIB`)
        if (i == 0 || PORTFOLIO_LINKERS.contains(Words.fold(toks.get(i - 1))) || NO_TITLE_BEFORE_SURNAME
                .contains(Words.fold(toks.get(i - 1))) || !afterTitle(toks, i) || !titleWordBefore(toks, i)) {
            return -1;
        }
        int end = i + 1;
        while (end < toks.size() && end - i <= 2 && isUnknownNameWord(toks.get(end)) && toks.get(end).word().length() > 1) {
            end++;
        }
        if (end < toks.size() && toks.get(end).isCapitalized() && !Words.isPunctuation(toks.get(end))) {
            return -1;
        }
        final int stop = end;
        boolean held = all.stream().anyMatch(c -> c.sentenceIndex() == sentence && c.firstToken() < stop && i < c.endToken()
                && !c.method().equals("ner") && c.type() != EntityType.PERSON);
        return held ? -1 : end;
    }

    /**
     * The word before the surname closes a title, not a name: a title, a demonym, a known portfolio word (`Défense`), or
     * a lower-case adjective after one (`Affaires étrangères`); not a particle inside a name (`SOUSA da SILVA`).
     */
    private boolean titleWordBefore(List<Token> toks, int i) {
        Token prev = toks.get(i - 1);
        if (isTitle(prev) || dict.isDemonym(prev.folded())) {
            return true;
        }
        if (prev.isCapitalized()) {
            return !isUnknownNameWord(prev) && !isNameInCapitals(prev);
        }
        return i >= 2 && toks.get(i - 2).isCapitalized() && !isUnknownNameWord(toks.get(i - 2)) && !isNameInCapitals(toks.get(i - 2));
    }

    private static final Set<String> COMPLEMENT_LINKS = Set.of("de", "du", "des", "d'", "la", "l'", "le", "les");

    /**
     * (h48-entites15) `la présidente de la République fédérale d'Éthiopie ABEBA-TSEHAY WOLDE a accueilli …`: the name in
     * capitals right after its title and the title's complement, with no comma between. Walking back over the
     * complement (capitalised words and the linkers `de`, `la`, …, no punctuation) reaches a title opened by an article
     * or a possessive.
     */
    private boolean afterTitleWithItsComplement(List<Token> toks, int first) {
        int j = first - 1;
        boolean linked = false;
        while (j > 0 && first - j <= 8) {
            Token t = toks.get(j);
            if (Words.isPunctuation(t)) {
                return false;
            }
            if (isTitle(t)) {
                return linked && opensATitle(toks, j - 1);
            }
            boolean link = COMPLEMENT_LINKS.contains(Words.fold(t));
            if (!link && !t.isCapitalized()) {
                return false;
            }
            linked |= link;
            j--;
        }
        return false;
    }

    /**
     * (h48-entites15) `les présidents Félix Mbeki et ABEBA-TSEHAY WOLDE`: a name in capitals coordinated with a person
     * (`et` right after a person the other readings found) is a person too.
     */
    private static boolean afterAPersonAndEt(List<Token> toks, List<Candidate> all, int sentence, int first) {
        if (first < 2 || !Words.fold(toks.get(first - 1)).equals("et")) {
            return false;
        }
        return all.stream().anyMatch(c -> c.sentenceIndex() == sentence && c.endToken() == first - 1
                && c.type() == EntityType.PERSON);
    }

    private static final Set<String> NO_TITLE_BEFORE_SURNAME = Set.of("le", "les", "au", "aux", "a", "en", "son", "sa", "ses",
            "leur", "leurs", "notre", "nos", "mon", "ma", "mes", "votre", "vos", "un", "une");

    /** A word in capitals (letters and hyphens, two or more) that no dictionary or word list knows. */
    private boolean isNameInCapitals(Token t) {
        String w = t.word();
        return w.length() >= 2 && Words.isAllCaps(w) && w.chars().allMatch(ch -> Character.isLetter(ch) || ch == '-')
                && dict.lookup(TextFolding.fold(w)).isEmpty() && !dict.commonWords.contains(w) && !dict.isTitle(w)
                && !dict.stateNouns.contains(w);
    }

    /**
     * Names the tagger missed altogether: two to four capitalised words, none of them a known word, right
     * after a title (`la Première ministre thaïlandaise Pimchanok Sirisombat`).
     */
    private List<Candidate> untagged(AnnotatedText doc, List<Candidate> all) {
        List<Candidate> out = new ArrayList<>();
        for (org.summitcoverage.nlp.Sentence s : doc.sentences()) {
            List<Token> toks = s.tokens();
            boolean[] covered = new boolean[toks.size()];
            boolean[] state = new boolean[toks.size()];
            for (Candidate c : all) {
                if (c.sentenceIndex() == s.index()) {
                    for (int k = c.firstToken(); k < c.endToken(); k++) {
                        covered[k] = true;
                        state[k] |= c.type() == EntityType.COUNTRY;
                    }
                }
            }
            for (int i = 0; i < toks.size(); i++) {
                int end = i;
                while (end < toks.size() && end - i < 4 && !covered[end] && (isUnknownNameWord(toks.get(end))
                        || end > i && isUnknownSurnameInCapitals(toks.get(end)))) {
                    end++;
                }
                boolean surnameAfterPortfolio = end - i == 1 && i > 1 && toks.get(i).word().length() >= 4
                        && !Set.of("de", "des", "du", "d'", "l'", "la", "le", "les", "et", "aux", "au")
                        .contains(Words.fold(toks.get(i - 1))) && afterPortfolio(toks, i - 1)
                        && (end == toks.size() || !toks.get(end).isCapitalized());
                if (surnameAfterPortfolio) {
                    // `le ministre des Affaires étrangères Iwaya`: a surname alone after a title and its portfolio
                    out.add(person(doc, s.index(), i, end, toks.get(i).start(), toks.get(i).end(), "", "rule"));
                    i = end;
                    continue;
                }
                if (end - i >= 2 && (end == toks.size() || !toks.get(end).isCapitalized())
                        && !Words.isAllCaps(toks.get(i).word())
                        && (i > 0 && afterTitle(toks, i) || listedWithState(toks, state, i, end) || end + 1 < toks.size() && toks.get(end).word().equals(",")
                        && isTitle(toks.get(end + 1)) && Words.isAllCaps(toks.get(end - 1).word()))) {
                    if (end - i >= 3 && opensPortfolio(toks, i)) {
                        i++; // `le ministre de la Communication Awa X`: the portfolio's noun is not the first name
                    }
                    int start = toks.get(i).start();
                    int stop = toks.get(end - 1).end();
                    out.add(person(doc, s.index(), i, end, start, stop, "", "rule"));
                    i = end;
                }
            }
        }
        return out;
    }

    /**
     * The word at {@code i} is a title's portfolio (`de la Communication`, `des Sports` in `de la Jeunesse et des
     * Sports`): it follows a linker that closes a portfolio walked back to its title.
     */
    private boolean opensPortfolio(List<Token> toks, int i) {
        return i > 1 && Set.of("de", "des", "du", "d'", "la", "l'").contains(Words.fold(toks.get(i - 1)))
                && Words.isLowerWord(toks.get(i - 1)) && afterPortfolio(toks, i - 1);
    }

    private boolean isUnknownNameWord(Token t) {
        String w = t.word();
        return t.isCapitalized() && w.chars().allMatch(ch -> Character.isLetter(ch) || ch == '-')
                && !(Words.isAllCaps(w) && w.length() > 1) && (!dict.commonWords.contains(w) || dict.firstNameWords.contains(w)) && !dict.titles.contains(w)
                && !dict.stateNouns.contains(w) && dict.lookup(TextFolding.fold(w)).isEmpty();
    }

    /**
     * A list item `Xi Wen (Chine)`: a name between a list separator and its state in brackets, as lists of leaders
     * write them (`dont Joe X (USA), Li Y (Chine), …`).
     */
    /**
     * `…, Idriss DEBY du Tchad, Paul X de l'Angola`: first names and one surname in capitals, as an item of a list (after
     * a comma or `et`) with its state as the complement right after it.
     */
    private static boolean listItemWithItsState(List<Token> toks, List<Candidate> all, int sentence, int start, int end) {
        if (start == 0 || !Set.of(",", "et").contains(Words.fold(toks.get(start - 1)))) {
            return false;
        }
        int k = end;
        if (k < toks.size() && Set.of("de", "du", "des", "d'").contains(Words.fold(toks.get(k)))) {
            k++;
            while (k < toks.size() && Set.of("la", "l'", "le", "les").contains(Words.fold(toks.get(k)))) {
                k++;
            }
            final int at = k;
            return all.stream().anyMatch(c -> c.sentenceIndex() == sentence && c.firstToken() == at
                    && c.type() == EntityType.COUNTRY);
        }
        return false;
    }

    private static boolean listedWithState(List<Token> toks, boolean[] state, int i, int end) {
        boolean opens = i == 0 || Set.of(",", ";", ":", "et", "dont").contains(Words.fold(toks.get(i - 1)));
        return opens && end + 2 < toks.size() && toks.get(end).word().equals("(") && state[end + 1];
    }

    /** `SOARES` in `Rui SOARES, Ministre …`: a word in capitals that no dictionary knows (not an acronym we list). */
    private boolean isUnknownSurnameInCapitals(Token t) {
        String w = t.word();
        return w.length() > 2 && Words.isAllCaps(w) && w.chars().allMatch(ch -> Character.isLetter(ch) || ch == '-')
                && dict.lookup(TextFolding.fold(w)).isEmpty() && !dict.commonWords.contains(w);
    }

    private List<Candidate> retype(AnnotatedText doc, List<Candidate> all) {
        List<Candidate> out = new ArrayList<>(all.size());
        for (int i = 0; i < all.size(); i++) {
            Candidate c = all.get(i);
            Candidate next = i + 1 < all.size() ? all.get(i + 1) : null;
            String[] words = Words.spaceSplit(c.text());
            if (dict.bodySuffixes.contains(words[words.length - 1])) {
                out.add(c); // `présidente de la Signal Foundation`: a body after the title, not a name
                continue;
            }
            // the tagger's span opens on the end of a title; the name after it is the person: the portfolio's last
            // words (`le ministre burkinabè de l'Économie et des Finances Ousmane X`) or, (h32-suites), the title's
            // `État` (`la conseillère d'État Aung San Suu Kyi`)
            int nameStart = portfolioEnd(doc, c);
            if (nameStart <= c.firstToken()) {
                nameStart = stateTitleEnd(doc, c);
            }
            if (nameStart > c.firstToken()) {
                List<Token> toks = EntityExtractor.tokens(doc, c.sentenceIndex());
                out.add(person(doc, c.sentenceIndex(), nameStart, c.endToken(), toks.get(nameStart).start(), c.end(),
                        c.nerLabel(), c.method()));
                continue;
            }
            if ((c.type() == EntityType.COUNTRY || c.type() == EntityType.LOCATION) && c.endToken() - c.firstToken() == 1
                    && (afterHonorific(doc, c) || afterKinNoun(doc, c)) && !nextIsCapitalized(doc, c) && (next == null || next.sentenceIndex() != c.sentenceIndex()
                    || next.firstToken() != c.endToken())) {
                // `M. Salvador`, `Mme Maurice`: after `M.` or `Mme` a word the dictionaries know as a state or a town is
                // the surname of a person; (h44-faux11) after `son épouse`, its given name
                out.add(person(doc, c.sentenceIndex(), c.firstToken(), c.endToken(), c.start(), c.end(), c.nerLabel(), "rule"));
                continue;
            }
            if (isPlaceOrBody(c) && (afterTitle(doc, c)
                    || (beforeAppositiveTitle(doc, c) || afterTitlePhrase(doc, c) || bracketedAfterTitleDemonym(doc, c))
                    && isName(doc, c))) {
                if (c.method().equals("gazetteer") && next != null && isName(doc, next)
                        && !NerSpanReader.regionalOffice(dict, EntityExtractor.tokens(doc, c.sentenceIndex()), c.firstToken())
                        && next.sentenceIndex() == c.sentenceIndex() && next.firstToken() == c.endToken()) {
                    // a first name that is also a city, and the rest of the name
                    out.add(person(doc, c.sentenceIndex(), c.firstToken(), next.endToken(), c.start(), next.end(),
                            next.nerLabel(), next.method()));
                    i++;
                    continue;
                }
                if (c.method().equals("ner") && isName(doc, c)) {
                    List<Token> toks = EntityExtractor.tokens(doc, c.sentenceIndex());
                    int first = c.firstToken();
                    if (c.endToken() - first >= 3 && NerSpanReader.regionalOffice(dict, toks, first)) {
                        first++; // `le directeur de l'OMS Afrique Marc X`: the office's region is not the first name
                    } else if (c.endToken() - first >= 2 && isTitleComplementNoun(toks, first)) {
                        first++; // `le président de la République Kofi X`: the noun the title governs, then the name
                    }
                    out.add(person(doc, c.sentenceIndex(), first, c.endToken(), toks.get(first).start(), c.end(),
                            c.nerLabel(), c.method()));
                    continue;
                }
            }
            out.add(c);
        }
        return out;
    }

    /**
     * Where the name starts in a tagger's span that opens on a portfolio's word (`Finances Ousmane X`, `Affaires
     * étrangères Adjoua Y` after `la ministre … des`): the span follows a linker of a title's portfolio, its first word
     * and the lower-case words after it are the portfolio's, and two or more capitalised unknown words are left.
     * Returns the span's first token when it is not so.
     */
    private int portfolioEnd(AnnotatedText doc, Candidate c) {
        if (!c.method().equals("ner") || c.type() == EntityType.COUNTRY || c.type() == EntityType.EVENT
                || c.firstToken() == 0) {
            return c.firstToken();
        }
        List<Token> toks = EntityExtractor.tokens(doc, c.sentenceIndex());
        int first = c.firstToken();
        if (!Set.of("de", "des", "du", "d'", "l'", "la").contains(Words.fold(toks.get(first - 1)))) {
            return first;
        }
        int k = first + 1;
        while (k < c.endToken() && Words.isLowerWord(toks.get(k))) {
            k++;
        }
        if (c.endToken() - k < 2 || !afterPortfolio(toks, k - 1)) {
            return first;
        }
        for (int j = k; j < c.endToken(); j++) {
            if (!isUnknownNameWord(toks.get(j)) && !(j > k && isUnknownSurnameInCapitals(toks.get(j)))) {
                return first;
            }
        }
        return k;
    }

    /**
     * A capitalised common noun right after the `de` of a title (`de la République`, `de la Transition`, `du Conseil`)
     * at the head of a span the tagger took for a place: the body or office the title is of, not a first name.
     */
    private boolean isTitleComplementNoun(List<Token> toks, int k) {
        Token t = toks.get(k);
        return k > 0 && t.isCapitalized() && dict.commonWords.containsWord(t) && !dict.firstNameWords.containsWord(t)
                && Set.of("de", "la", "du", "l'").contains(Words.fold(toks.get(k - 1)));
    }

    /**
     * The token after `État` when a tagger's place or body span opens on the `État` of a title (`conseiller d'État`,
     * `ministre d'État`, `secrétaire d'État`) and goes on with two or more capitalised words; else the span's first token.
     */
    private int stateTitleEnd(AnnotatedText doc, Candidate c) {
        int first = c.firstToken();
        if (!isPlaceOrBody(c) || !c.method().equals("ner") || first < 2 || c.endToken() - first < 3) {
            return first;
        }
        List<Token> toks = EntityExtractor.tokens(doc, c.sentenceIndex());
        if (!Words.fold(toks.get(first)).equals("etat") || !Words.fold(toks.get(first - 1)).equals("d'") || !isTitle(toks.get(first - 2))) {
            return first;
        }
        for (int k = first + 1; k < c.endToken(); k++) {
            if (!toks.get(k).isCapitalized()) {
                return first;
            }
        }
        return first + 1;
    }

    private static boolean isPlaceOrBody(Candidate c) {
        return c.type() == EntityType.LOCATION || c.type() == EntityType.ORGANIZATION && c.method().equals("ner");
    }

    /**
     * A span the tagger found whose words are all capitalised names (no lower-case word, no digit), but for the
     * particles of a family name between two of them (`Ursula von der Leyen`, `António Luis SANTOS da COSTA`:
     * `dict/name_infixes.txt`).
     */
    private boolean isName(AnnotatedText doc, Candidate c) {
        if (!c.method().equals("ner")) {
            return false;
        }
        List<Token> span = EntityExtractor.tokens(doc, c.sentenceIndex()).subList(c.firstToken(), c.endToken());
        for (int k = 0; k < span.size(); k++) {
            String w = span.get(k).word();
            if (k > 0 && k + 1 < span.size() && dict.nameInfixes.contains(w) && span.get(k + 1).word().length() > 1
                    && (span.get(k + 1).isCapitalized() || dict.nameInfixes.containsWord(span.get(k + 1)))) {
                continue; // `von der` in `Ursula von der Leyen`: a particle, then a capitalised word or another particle
            }
            if (k == 0 && span.size() == 2 && w.matches("(?:\\p{Lu}\\.-?){1,3}")) {
                continue; // `P.J. Patterson`: initials with their dots before the surname (not `U.S. Air Force`)
            }
            if (w.isEmpty() || !Character.isUpperCase(w.codePointAt(0)) || w.chars().anyMatch(Character::isDigit)
                    || Words.isAllCaps(w) && w.length() > 1 && !surnameInCapitals(span, k)) {
                return false;
            }
        }
        return true;
    }

    /** `Alassane OUATTARA`: the surname in capitals, as communiqués write it, after a first name in lower case. */
    private static boolean surnameInCapitals(List<Token> span, int k) {
        if (k == 0) {
            return span.size() > 2 && span.get(0).word().length() <= 2; // initials: `KP Sharma Oli`
        }
        return !Words.isAllCaps(span.get(0).word()) && span.get(k).word().length() > 2;
    }

    /**
     * A name after its title phrase and a comma: `le Secrétaire général des Nations unies, Ban X ;`, `le
     * Président de la Commission, José Y`. The phrase is a title after an article, then its complement.
     */
    private boolean afterTitlePhrase(AnnotatedText doc, Candidate c) {
        return afterTitlePhrase(EntityExtractor.tokens(doc, c.sentenceIndex()), c.firstToken());
    }

    private boolean afterTitlePhrase(List<Token> toks, int first) {
        int k = first - 1;
        if (k < 2 || !toks.get(k).word().equals(",")) {
            return false;
        }
        for (int j = k - 1; j >= Math.max(1, k - 9); j--) {
            Token t = toks.get(j);
            if (Words.isPunctuation(t)) {
                return false;
            }
            if (isTitle(t) && opensATitle(toks, j - 1)) {
                return j < k - 1;
            }
        }
        return false;
    }

    private static final Set<String> TITLE_DETERMINERS = Set.of("le", "la", "l'", "son", "sa", "leur");
    private static final java.util.regex.Pattern ORDINAL_PIECE = java.util.regex.Pattern.compile("\\d+|e|eme|er|ere|re");
    private static final java.util.regex.Pattern ORDINAL =
            java.util.regex.Pattern.compile("\\d+(e|eme|er|ere|re)|premier|premiere|deuxieme|second|seconde|troisieme");

    /**
     * The words right before a title phrase's title: an article, or (h23-names) a possessive, as a communiqué names an
     * envoy (`représenté par son Vice-Président de la République, Gabriel NOM`), with a rank between (`son 2ème
     * Vice-Président`, `son premier Vice-Président`).
     */
    private static boolean opensATitle(List<Token> toks, int d) {
        String w = Words.fold(toks.get(d));
        if (TITLE_DETERMINERS.contains(w)) {
            return true;
        }
        // the rank, one token or cut by the tokenizer into its number and its suffix (`2` `ème`)
        int e = d;
        while (e >= 0 && d - e < 2 && (ORDINAL.matcher(Words.fold(toks.get(e))).matches()
                || ORDINAL_PIECE.matcher(Words.fold(toks.get(e))).matches())) {
            e--;
        }
        return e < d && e >= 0 && TITLE_DETERMINERS.contains(Words.fold(toks.get(e)));
    }

    /**
     * A name followed by its title in apposition, as in a communiqué's list: `Paul DUPONT, Président de la
     * République du Bénin`, `Awa Diallo, ministre des Affaires étrangères`.
     */
    private boolean beforeAppositiveTitle(AnnotatedText doc, Candidate c) {
        List<Token> toks = EntityExtractor.tokens(doc, c.sentenceIndex());
        int k = c.endToken();
        if (k + 1 >= toks.size() || !toks.get(k).word().equals(",")) {
            return false;
        }
        Token t = toks.get(k + 1);
        if (Set.of("le", "la", "l'").contains(Words.fold(t)) && k + 2 < toks.size()) {
            t = toks.get(k + 2);
        }
        return isTitle(t) && !Set.of("haut", "haute", "general", "generale", "special", "speciale").contains(Words.fold(t));
    }

    private boolean afterTitle(AnnotatedText doc, Candidate c) {
        return afterTitle(EntityExtractor.tokens(doc, c.sentenceIndex()), c.firstToken());
    }

    private boolean afterTitle(List<Token> toks, int first) {
        int k = first - 1;
        if (k < 0) {
            return false;
        }
        Token before = toks.get(k);
        if (isTitle(before)) {
            return true;
        }
        if (k >= 3 && before.word().equals(")") && toks.get(k - 2).word().equals("(")
                && Words.isAllCaps(toks.get(k - 1).word()) && toks.get(k - 1).word().length() >= 2) {
            // (h59-ent) `le directeur général du Fonds monétaire international (FMI) Christine X`: the body's acronym in
            // brackets ends the title's complement; the title stands before the bracket
            return afterTitle(toks, k - 2);
        }
        // `l'ambassadeur russe aux États-Unis Sergey X`: the post's place between the title and the name
        int post = k;
        while (post > 0 && toks.get(post).isCapitalized() && !Words.isPunctuation(toks.get(post)) && k - post < 3) {
            post--;
        }
        if (post < k && post >= 1 && Set.of("au", "aux", "a", "en").contains(Words.fold(toks.get(post)))
                && afterTitle(toks, post)) {
            return true;
        }
        if (afterPortfolio(toks, k)) {
            return true;
        }
        if ((before.isCapitalized() || Words.isLowerWord(before)) && dict.isDemonym(before.folded()) && k > 0
                && Set.of("le", "la", "l'", "un", "une").contains(toks.get(k - 1).folded())) {
            // a nationality noun as the title: `le Suisse Reto Baumgartner`, `le Djiboutien X`; (h28-afrique) also in
            // lower case, as many African papers write it (`son représentant, le gabonais X`): right after an
            // article the demonym is a noun, never an adjective of another title
            return true;
        }
        if (!Words.isLowerWord(before) || !dict.isDemonym(before.folded())) {
            return false;
        }
        for (int j = k - 1; j >= Math.max(0, k - TITLE_WINDOW); j--) {
            Token t = toks.get(j);
            if (BOUNDARIES.contains(t.word())) {
                return false;
            }
            if (isTitle(t) || dict.stateNouns.containsWord(t)) {
                return true;
            }
        }
        return false;
    }

    /**
     * (h44-presences11) `les présidents nigérien (A), équato-guinéen (B) et tchadien (C)`: a name alone in brackets
     * right after a lower-case demonym that follows a plural title or the previous item's closing bracket is the
     * holder of that title, whatever the tagger called it.
     */
    private boolean bracketedAfterTitleDemonym(AnnotatedText doc, Candidate c) {
        List<Token> toks = EntityExtractor.tokens(doc, c.sentenceIndex());
        int open = c.firstToken() - 1;
        if (open < 2 || c.endToken() >= toks.size() || !toks.get(open).word().equals("(") || !toks.get(c.endToken()).word().equals(")")) {
            return false;
        }
        Token demonym = toks.get(open - 1);
        if (!Words.isLowerWord(demonym) || !dict.isDemonym(demonym.folded())) {
            return false;
        }
        Token before = toks.get(open - 2);
        return isTitle(before) || (before.word().equals(",") || before.word().equals("et")) && open >= 3
                && toks.get(open - 3).word().equals(")");
    }

    private static final Set<String> PORTFOLIO_LINKERS = Set.of("de", "des", "du", "d'", "la", "l'", "et");

    /**
     * A title and its portfolio end right before the name: `la ministre des Affaires étrangères Chipo Mwansa`,
     * `le sous-secrétaire d'État Michael Brandt`, `le ministre nigérian des Finances Chidi X`. Walking back from
     * {@code k} over the portfolio's words, a title (and at most its demonym) must come right before its `de`.
     */
    private boolean afterPortfolio(List<Token> toks, int k) {
        if (!toks.get(k).isCapitalized() && !Words.isLowerWord(toks.get(k))) {
            return false;
        }
        for (int j = k; j >= Math.max(1, k - 6); j--) {
            Token t = toks.get(j);
            if (BOUNDARIES.contains(t.word()) || Words.isPunctuation(t)) {
                return false;
            }
            String w = Words.fold(t);
            if (w.equals("de") || w.equals("des") || w.equals("du") || w.equals("d'")) {
                if (isTitle(toks.get(j - 1)) || j >= 2 && isTitle(toks.get(j - 2)) && Words.isLowerWord(toks.get(j - 1))
                        && dict.isDemonym(toks.get(j - 1).folded())) {
                    return j < k; // `la ministre des Finances X`, `la ministre ghanéenne de la Santé X`
                }
                continue;
            }
            if (!PORTFOLIO_LINKERS.contains(w) && !t.isCapitalized() && !Words.isLowerWord(t)) {
                return false;
            }
        }
        return false;
    }

    private static final Set<String> HONORIFICS = Set.of("m.", "mm.", "mme", "mmes", "mlle", "monsieur", "madame");

    /** `M. Salvador`: the word right before the candidate is a civil honorific (`M.`, `Mme`, `Monsieur`). */
    private static boolean afterHonorific(AnnotatedText doc, Candidate c) {
        return afterHonorific(EntityExtractor.tokens(doc, c.sentenceIndex()), c.firstToken());
    }

    private static boolean afterHonorific(List<Token> toks, int first) {
        int k = first - 1;
        if (k >= 1 && toks.get(k).word().equals(".") && toks.get(k - 1).word().equals("M")) {
            return true; // `M` `.` cut apart by the tokenizer
        }
        return k >= 0 && toks.get(k).isCapitalized() && HONORIFICS.contains(Words.fold(toks.get(k)));
    }

    /** Nouns of kin that, after a possessive, name a person by the given name that follows (`son épouse Dominique`). */
    private static final Set<String> KIN_NOUNS = Set.of("epouse", "epoux", "femme", "mari", "fils", "fille", "conjoint", "conjointe");
    private static final Set<String> POSSESSIVES = Set.of("son", "sa", "ses", "leur", "leurs");

    /**
     * (h44-faux11) `X et son épouse Dominique`: a word the dictionaries know as a state (`la Dominique` takes its article)
     * right after a possessive and a noun of kin is a given name, the person's.
     */
    private static boolean afterKinNoun(AnnotatedText doc, Candidate c) {
        List<Token> toks = EntityExtractor.tokens(doc, c.sentenceIndex());
        int k = c.firstToken() - 1;
        return k >= 1 && !toks.get(k).isCapitalized() && KIN_NOUNS.contains(Words.fold(toks.get(k)))
                && POSSESSIVES.contains(Words.fold(toks.get(k - 1)));
    }

    private static boolean nextIsCapitalized(AnnotatedText doc, Candidate c) {
        List<Token> toks = EntityExtractor.tokens(doc, c.sentenceIndex());
        return c.endToken() < toks.size() && toks.get(c.endToken()).isCapitalized()
                && !Words.isPunctuation(toks.get(c.endToken()));
    }

    private boolean isTitle(Token t) {
        return dict.isTitle(t.word());
    }

    private static Candidate person(AnnotatedText doc, int sentence, int first, int end, int start, int stop,
                                    String ner, String method) {
        String text = doc.text().substring(start, stop);
        return new Candidate(EntityType.PERSON, null, text, "", sentence, first, end, start, stop, text, ner, method);
    }
}
