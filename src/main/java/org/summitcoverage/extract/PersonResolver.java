package org.summitcoverage.extract;

import org.summitcoverage.dict.DictEntry;
import org.summitcoverage.dict.Dictionaries;
import org.summitcoverage.dict.Kind;
import org.summitcoverage.dict.TextFolding;
import org.summitcoverage.model.EntityType;
import org.summitcoverage.nlp.AnnotatedText;
import org.summitcoverage.nlp.Token;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Gives each person mention its identity within the article: a surname or any tail of a longer name
 * (`Modi`, `El Fallah Seghrouchni`) is the same person as the full name, and so is a name without its middle or last
 * names (`Félix Tshisekedi` for `Félix Antoine Tshisekedi Tshilombo`), and a person's country is read
 * from the title before the name (`le Premier ministre indien Narendra Modi` → IN).
 */
final class PersonResolver {
    // compiled once: these run for every pair of names an article compares
    private static final java.util.regex.Pattern SPACES_OR_HYPHENS = java.util.regex.Pattern.compile("[\\s\\-]+");
    private static final java.util.regex.Pattern NOT_LETTER_OR_DIGIT = java.util.regex.Pattern.compile("[^\\p{L}\\p{N}]");
    private static final java.util.regex.Pattern DOUBLED_LETTER = java.util.regex.Pattern.compile("(\\p{L})\\1+");
    private static final int TITLE_WINDOW = 8;
    /**
     * The shortest single word taken for a short name inside a longer name: (h23-names) four letters, so `Lula` in
     * `Luiz Inácio Lula da Silva`; the linking words of `dict/name_linkers.txt` (`Ould`, `Bint`, `Abou`) never are one.
     */
    private static final int MIN_INNER_NAME = 4;
    private final Dictionaries dict;

    PersonResolver(Dictionaries dict) {
        this.dict = dict;
    }

    List<Candidate> resolve(AnnotatedText doc, List<Candidate> persons, List<Candidate> all) {
        List<String[]> fullNames = new ArrayList<>();
        for (Candidate c : persons) {
            fullNames.add(nameTokens(c.text()));
        }
        Map<String, String> canonicalOf = new HashMap<>();
        for (int i = 0; i < persons.size(); i++) {
            String[] mine = fullNames.get(i);
            String[] best = mine;
            for (String[] other : fullNames) {
                if (other.length > best.length && isTail(mine, other)) {
                    best = other;
                }
            }
            if (best == mine && mine.length == 1 && (afterHonorific(doc, persons.get(i)) || surnameInCapitals(mine[0])
                    || afterTitleWord(doc, persons.get(i)))) {
                // `M. Diop` or (h22-minis) `le ministre HAYASHI` after `HAYASHI Masayoshi`: the surname that opens the name
                String sovereign = sovereignTitleBefore(doc, persons.get(i));
                best = onlyNameOpenedBy(mine[0], sovereign == null ? fullNames
                        : namesWithTheTitle(doc, persons, fullNames, sovereign), best);
            }
            if (best == mine && mine.length == 1 && beforeAnotherNameSharingItsSurname(doc, persons.get(i), persons)) {
                // (h30-misses) `Emmanuel et Brigitte Macron`: the given name shares the surname that closes the next name
                best = onlyNameOpenedBy(mine[0], fullNames, best);
            }
            if (best == mine && mine.length == 2 && dict.isTitle(mine[0])) {
                // (h36-entites4) `Sheikh Tamim` after `Tamim bin Hamad Al Thani`: an honorific kept as a given name
                // (`Cheikh`, `Sultan` open Senegalese and Gulf names) before the given name that opens the full name
                best = onlyNameOpenedBy(mine[1], fullNames, best);
            }
            if (best == mine) {
                best = onlyNameWithin(mine, fullNames, best);
            }
            if (best == mine && mine.length >= 2) {
                // (h39-entites6) `S. Royal` after `Ségolène Royal`: given names cut to their initials, the surname whole
                best = onlyNameWithTheseInitials(mine, fullNames, best);
            }
            if (best == mine && mine.length == 1) {
                // (h23-names) `Hayashi` after `HAYASHI Masayoshi`: the name written surname first, in capitals, opens on it
                best = onlyNameOpenedBy(mine[0], surnameFirstNames(fullNames), best);
            }
            if (best == mine && mine.length == 1 && givenNameAlone(doc, persons.get(i), mine[0])) {
                // (h39-entites6) `le prince Charles et son épouse Camilla` after `Camilla Parker Bowles`, `Macky` of
                // `Macky sall` (a lower-case surname the tagger left out): a given name alone, no title before it to
                // make it a regnal name, is the article's one longer name that opens with it
                best = onlyNameOpenedBy(mine[0], fullNames, best);
            }
            if (best == mine && mine.length == 1 && shortFamilyName(mine[0])) {
                // (h32-precision) `Yoon` after `Yoon Suk Yeol`, `Kim` after `Kim Min-jun`: a Korean or Chinese name is
                // written family name first, and the family name alone then opens the article's one longer name
                best = onlyNameOpenedBy(mine[0], fullNames, best);
            }
            canonicalOf.put(persons.get(i).text(), String.join(" ", best));
        }
        for (Map.Entry<String, String> e : canonicalOf.entrySet()) {
            // `Mensah` → `Kofi Mensah` → `Kofi Addo Mensah Boateng`: a name resolved to a shorter variant takes its identity
            String name = e.getValue();
            for (int hop = 0; hop < persons.size() && canonicalOf.containsKey(name) && !canonicalOf.get(name).equals(name); hop++) {
                name = canonicalOf.get(name);
            }
            e.setValue(name);
        }
        // (h23-names) `Denis Sassou N'Guesso` and `Denis Sassou Nguesso`, `Sassou-Nguesso`: one spelling of the letters,
        // the article's first written form names the person
        Map<String, String> firstSpelling = new HashMap<>();
        for (Candidate c : persons) {
            String name = canonicalOf.get(c.text());
            firstSpelling.putIfAbsent(lettersOnly(name), name);
        }
        canonicalOf.replaceAll((text, name) -> firstSpelling.get(lettersOnly(name)));
        Map<String, String> countryOf = new HashMap<>();
        for (Candidate c : persons) {
            String code = countryAfterName(doc, c, all);
            String respective = code == null ? RespectiveDemonyms.stateOf(dict, doc, c, all) : null;
            if (respective != null) {
                code = respective.equals(RespectiveDemonyms.UNPAIRED) ? null : respective;
            } else if (code == null) {
                code = countryFromTitle(doc, c, all);
            }
            if (code == null) {
                code = stateTheNameIsApposedTo(doc, c, all);
            }
            if (code == null) {
                code = countryInApposition(doc, c, all);
            }
            if (code != null) {
                countryOf.putIfAbsent(canonicalOf.get(c.text()), code);
            }
        }
        List<Candidate> out = new ArrayList<>();
        for (Candidate c : persons) {
            String name = canonicalOf.get(c.text());
            out.add(c.withIdentity("person:" + TextFolding.slug(name), name, countryOf.getOrDefault(name, "")));
        }
        return out;
    }

    /** The name's letters and digits, folded: spaces, hyphens and apostrophes are spelling, not identity. */
    private static String lettersOnly(String name) {
        StringBuilder sb = new StringBuilder();
        for (String w : SPACES_OR_HYPHENS.split(TextFolding.fold(name))) {
            // (h36-entites4) `Tamim bin Hamad` and `Tamim ben Hamad`: two transliterations of one Arabic filiation word
            sb.append(FILIATION_SPELLINGS.contains(w) ? "bin" : w);
        }
        return withoutDoubledLetters(NOT_LETTER_OR_DIGIT.matcher(sb).replaceAll(""));
    }

    /**
     * (h46-entites13) `Mohamed` and `Mohammed`, `Hasan` and `Hassan`: transliterations of one name often differ only by a
     * doubled letter, so names are compared with each run of one letter written once.
     */
    static String withoutDoubledLetters(String folded) {
        return DOUBLED_LETTER.matcher(folded).replaceAll("$1");
    }

    /** One word of two names, compared folded and without doubled letters. */
    private static boolean sameWord(String a, String b) {
        String x = TextFolding.fold(a);
        String y = TextFolding.fold(b);
        return withoutDoubledLetters(x).equals(withoutDoubledLetters(y))
                || FILIATION_SPELLINGS.contains(x) && FILIATION_SPELLINGS.contains(y);
    }

    private static final java.util.Set<String> FILIATION_SPELLINGS = java.util.Set.of("bin", "ben", "ibn");

    /** Two names that are one spelling of the same letters (`lettersOnly`). */
    private static boolean sameSpelling(String[] a, String[] b) {
        return lettersOnly(String.join(" ", a)).equals(lettersOnly(String.join(" ", b)));
    }

    private static final java.util.Set<String> HONORIFICS = java.util.Set.of("m.", "mme", "mlle", "monsieur", "madame");

    /**
     * (h23-names) `le président Azali`, `le président comorien Azali` after `Azali Assoumani`: Comorian, Lao and
     * Brazilian usage names a leader by a given name after the title. A title word of `dict/titles.txt` right before
     * the mention, or a lower-case demonym between the two.
     */
    private boolean afterTitleWord(AnnotatedText doc, Candidate c) {
        List<Token> toks = EntityExtractor.tokens(doc, c.sentenceIndex());
        int k = c.firstToken() - 1;
        if (k >= 1 && !toks.get(k).isCapitalized() && dict.isDemonym(toks.get(k).folded())) {
            k--;
        }
        return k >= 0 && dict.isTitle(toks.get(k).word());
    }

    /** A sovereign's title of `dict/sovereign_titles.txt` right before the mention (`le roi Charles`), folded, or null. */
    private String sovereignTitleBefore(AnnotatedText doc, Candidate c) {
        List<Token> toks = EntityExtractor.tokens(doc, c.sentenceIndex());
        int k = c.firstToken() - 1;
        return k >= 0 && dict.sovereignTitles.containsWord(toks.get(k)) ? toks.get(k).folded() : null;
    }

    /**
     * (h42-entites9) `le roi Charles` is not `Charles Michel`: after a sovereign's title a given name alone is only a
     * longer name the article writes with a regnal number (`Charles III`) or after the same title.
     */
    private List<String[]> namesWithTheTitle(AnnotatedText doc, List<Candidate> persons, List<String[]> fullNames,
                                             String title) {
        List<String[]> out = new ArrayList<>();
        for (int j = 0; j < persons.size(); j++) {
            String[] n = fullNames.get(j);
            if (n.length > 1 && (REGNAL_NUMBER.matcher(n[n.length - 1]).matches()
                    || title.equals(sovereignTitleBefore(doc, persons.get(j))))) {
                out.add(n);
            }
        }
        return out;
    }

    private static final java.util.regex.Pattern REGNAL_NUMBER = java.util.regex.Pattern.compile("[IVXL]+");

    /** The shortest given name read alone as a longer name's first word. */
    private static final int MIN_GIVEN_NAME = 3;

    /**
     * A one-word name in title case (not in capitals) of at least {@link #MIN_GIVEN_NAME} letters, no title word of
     * `dict/titles.txt` right before it (`le pape François`, `le roi Charles`: read by {@link #afterTitleWord}).
     */
    private boolean givenNameAlone(AnnotatedText doc, Candidate c, String word) {
        if (word.length() < MIN_GIVEN_NAME || !Character.isUpperCase(word.charAt(0)) || Words.isAllCaps(word)
                || !word.chars().allMatch(ch -> Character.isLetter(ch) || ch == '-')) {
            return false;
        }
        return !afterTitleWord(doc, c);
    }

    /** The longest family name read as one opening a longer name (`Kim`, `Yoon`, `Park`, `Xi`, `Li`). */
    private static final int SHORT_FAMILY_NAME = 4;

    /** A capitalised one-word name of at most {@link #SHORT_FAMILY_NAME} letters, not in capitals. */
    private static boolean shortFamilyName(String word) {
        return word.length() <= SHORT_FAMILY_NAME && word.chars().allMatch(Character::isLetter)
                && Character.isUpperCase(word.charAt(0)) && !Words.isAllCaps(word);
    }

    /** The names whose first word is in capitals and the next not: written surname first (`HAYASHI Masayoshi`). */
    private static List<String[]> surnameFirstNames(List<String[]> fullNames) {
        List<String[]> out = new ArrayList<>();
        for (String[] n : fullNames) {
            if (n.length > 1 && surnameInCapitals(n[0]) && !Words.isAllCaps(n[1])) {
                out.add(n);
            }
        }
        return out;
    }

    /** `M. Thongloun`: a civil honorific right before the mention. */
    private static boolean afterHonorific(AnnotatedText doc, Candidate c) {
        List<Token> toks = EntityExtractor.tokens(doc, c.sentenceIndex());
        int k = c.firstToken() - 1;
        if (k >= 1 && toks.get(k).word().equals(".") && toks.get(k - 1).word().equals("M")) {
            return true;
        }
        return k >= 0 && toks.get(k).isCapitalized() && HONORIFICS.contains(toks.get(k).folded());
    }

    /**
     * `M. Thongloun` after `Thongloun Sisoulith`: Lao, Thai and other names the press shortens to the given name after
     * the honorific. The one longer name of the article that opens with this word, or {@code fallback} when there is
     * none or more than one.
     */
    private static String[] onlyNameOpenedBy(String word, List<String[]> fullNames, String[] fallback) {
        String folded = TextFolding.fold(word);
        String[] found = null;
        for (String[] other : fullNames) {
            if (other.length > 1 && TextFolding.fold(other[0]).equals(folded)) {
                if (found != null && !sameSpelling(found, other)) {
                    return fallback;
                }
                found = other;
            }
        }
        return found != null ? found : fallback;
    }

    /**
     * (h30-misses) `Emmanuel et Brigitte Macron`, `Joe et Jill Biden`: a one-word name right before `et` and a person's
     * name of two words or more gives its given name to a couple that share the surname; the article's one longer name
     * opened by that word (`Emmanuel Macron`) is then the person.
     */
    private static boolean beforeAnotherNameSharingItsSurname(AnnotatedText doc, Candidate c, List<Candidate> persons) {
        List<Token> toks = EntityExtractor.tokens(doc, c.sentenceIndex());
        int et = c.endToken();
        if (et + 1 >= toks.size() || !toks.get(et).word().equals("et")) {
            return false;
        }
        for (Candidate o : persons) {
            if (o.sentenceIndex() == c.sentenceIndex() && o.firstToken() == et + 1 && o.endToken() - o.firstToken() >= 2) {
                return true;
            }
        }
        return false;
    }

    /** A one-word name in capitals (`HAYASHI`): a surname, which a surname-first name (`HAYASHI Masayoshi`) opens. */
    private static boolean surnameInCapitals(String word) {
        return word.length() >= 2 && Words.isAllCaps(word) && word.chars().allMatch(ch -> Character.isLetter(ch) || ch == '-');
    }

    /** The name as tokens, typographic apostrophes made plain so `N’Diaye` and `N'Diaye` agree. */
    private static String[] nameTokens(String text) {
        return text.replace('’', '\'').strip().split("\\s+");
    }

    /**
     * `Félix Tshisekedi` or `Tshisekedi` after `Félix Antoine Tshisekedi Tshilombo`: a name without the middle names or
     * the last one (a post-name the press often drops) is the same person. The one longer name of the article that
     * holds this name's words in order, opening on the same first word (or, for one word, holding it between its
     * first and last: a family name, not a given name); {@code fallback} when there is none or more than one.
     */
    private String[] onlyNameWithin(String[] mine, List<String[]> names, String[] fallback) {
        String[] found = null;
        for (String[] other : names) {
            if (other.length > mine.length && holdsInOrder(mine, other)) {
                if (found != null && !sameSpelling(found, other)) {
                    return fallback;
                }
                found = other;
            }
        }
        return found == null ? fallback : found;
    }

    /**
     * `S. Royal`, `J.-P. Martin`: every word before the surname is an initial (a capital with its dot, hyphens joining
     * two). The one longer name of the article with that surname whose given names open on these letters, in order;
     * {@code fallback} when there is none or more than one.
     */
    private static String[] onlyNameWithTheseInitials(String[] mine, List<String[]> names, String[] fallback) {
        for (int i = 0; i < mine.length - 1; i++) {
            if (!INITIALS.matcher(mine[i]).matches()) {
                return fallback;
            }
        }
        String surname = TextFolding.fold(mine[mine.length - 1]);
        String[] found = null;
        for (String[] other : names) {
            if (other.length < mine.length || other == mine
                    || !TextFolding.fold(other[other.length - 1]).equals(surname) || !initialsOpen(mine, other)) {
                continue;
            }
            if (found != null && !sameSpelling(found, other)) {
                return fallback;
            }
            found = other;
        }
        return found == null ? fallback : found;
    }

    private static final java.util.regex.Pattern INITIALS = java.util.regex.Pattern.compile("\\p{Lu}\\.(-\\p{Lu}\\.)*");

    /** The letters of {@code mine}'s initials open {@code other}'s given names in order (`J.-P.` → `Jean-Pierre`). */
    private static boolean initialsOpen(String[] mine, String[] other) {
        StringBuilder letters = new StringBuilder();
        for (int i = 0; i < mine.length - 1; i++) {
            letters.append(mine[i].replaceAll("[^\\p{L}]", ""));
        }
        StringBuilder opens = new StringBuilder();
        for (int i = 0; i < other.length - 1; i++) {
            for (String part : other[i].split("-")) {
                if (!part.isEmpty()) {
                    opens.append(part.charAt(0));
                }
            }
        }
        String want = TextFolding.fold(letters.toString());
        String have = TextFolding.fold(opens.toString());
        return !want.isEmpty() && have.startsWith(want);
    }

    /** The words of {@code mine} stand in {@code other} in order: the first on its first word, or one word inside it. */
    private boolean holdsInOrder(String[] mine, String[] other) {
        if (mine.length == 1) {
            String w = TextFolding.fold(mine[0]);
            if (w.length() < MIN_INNER_NAME || dict.nameLinkers.contains(w)) {
                return false;
            }
            for (int j = 1; j < other.length - 1; j++) {
                if (sameWord(other[j], w)) {
                    return true;
                }
            }
            return false;
        }
        if (!sameWord(mine[0], other[0])) {
            return false;
        }
        int j = 1;
        for (int i = 1; i < mine.length; i++) {
            String w = TextFolding.fold(mine[i]);
            while (j < other.length && !sameWord(other[j], w)) {
                j++;
            }
            if (j == other.length) {
                return false;
            }
            j++;
        }
        return true;
    }

    private boolean isTail(String[] shorter, String[] longer) {
        if (shorter.length >= longer.length) {
            return false;
        }
        String[] tail = Arrays.copyOfRange(longer, longer.length - shorter.length, longer.length);
        for (int i = 0; i < tail.length; i++) {
            String mine = TextFolding.fold(shorter[i]);
            String theirs = TextFolding.fold(tail[i]);
            if (!theirs.equals(mine) && !(i == 0 && withoutParticle(theirs).equals(mine))) {
                return false;
            }
        }
        return true;
    }

    /** `al-Sissi` (folded `al sissi`) → `sissi`: the family name without its hyphenated article (`dict/name_particles.txt`). */
    private String withoutParticle(String folded) {
        return withoutParticle(dict, folded);
    }

    static String withoutParticle(org.summitcoverage.dict.Dictionaries dict, String folded) {
        int space = folded.indexOf(' ');
        if (space > 0 && space + 1 < folded.length() && dict.nameParticles.contains(folded.substring(0, space))) {
            return folded.substring(space + 1);
        }
        return folded;
    }

    private static final java.util.Set<String> STATE_LINKS = Words.STATE_LINKS;

    /**
     * (h45-entites12) The state named right after the name (`Macky Sall du Sénégal`, `B des Comores`, `C de la
     * République centrafricaine`, in brackets: `Alpha X (Guinée)`): in a list pairing each person with a state, the state
     * after a name is that name's.
     */
    private String countryAfterName(AnnotatedText doc, Candidate c, List<Candidate> all) {
        Candidate state = countryLinkedAfter(doc, c, all);
        return state == null ? null : state.countryCode();
    }

    /** The country candidate that follows {@code p} through a state link, or null. */
    private static Candidate countryLinkedAfter(AnnotatedText doc, Candidate p, List<Candidate> all) {
        List<Token> toks = EntityExtractor.tokens(doc, p.sentenceIndex());
        int k = p.endToken();
        if (k + 2 < toks.size() && toks.get(k).word().equals("(")) {
            // (h46-entites13) `Alpha X (Guinée), Denis Y (Congo)`: a list's state in brackets right after the name
            for (Candidate o : all) {
                if (o.type() == EntityType.COUNTRY && o.sentenceIndex() == p.sentenceIndex() && o.firstToken() == k + 1
                        && o.endToken() < toks.size() && toks.get(o.endToken()).word().equals(")")) {
                    return o;
                }
            }
            return null;
        }
        if (k >= toks.size() || !STATE_LINKS.contains(toks.get(k).folded())) {
            return null;
        }
        k++;
        if (k < toks.size() && toks.get(k - 1).folded().equals("de")
                && java.util.Set.of("la", "l'").contains(toks.get(k).folded())) {
            k++;
        }
        for (Candidate o : all) {
            if (o.type() == EntityType.COUNTRY && o.sentenceIndex() == p.sentenceIndex() && o.firstToken() == k) {
                return o;
            }
        }
        return null;
    }

    /** Whether token {@code k} lies in a person candidate other than {@code c}. */
    private static boolean inAnotherPerson(Candidate c, int k, List<Candidate> all) {
        for (Candidate o : all) {
            if (o.type() == EntityType.PERSON && o != c && o.sentenceIndex() == c.sentenceIndex()
                    && o.firstToken() <= k && k < o.endToken()) {
                return true;
            }
        }
        return false;
    }

    /**
     * A demonym or a country in the title just before the name, with no clause boundary between. Past another person's
     * name the scan only looks for the title: a state or demonym before or after that name is that person's
     * (`les présidents A des Seychelles et B …`: SC is A's, not B's).
     */
    private String countryFromTitle(AnnotatedText doc, Candidate c, List<Candidate> all) {
        List<Token> toks = EntityExtractor.tokens(doc, c.sentenceIndex());
        int from = Math.max(0, c.firstToken() - TITLE_WINDOW);
        boolean sawTitle = false;
        String code = null;
        boolean pastAnotherPerson = false;
        int honorifics = firstOfTitleWordsBefore(toks, c.firstToken());
        for (int k = c.firstToken() - 1; k >= from; k--) {
            Token t = toks.get(k);
            String w = t.word();
            if (inAnotherPerson(c, k, all)) {
                if (!pastAnotherPerson) {
                    final int at = k;
                    Candidate other = all.stream().filter(o -> o.type() == EntityType.PERSON && o != c
                            && o.sentenceIndex() == c.sentenceIndex() && o.firstToken() <= at
                            && at < o.endToken()).findFirst().orElse(null);
                    Candidate itsState = other == null ? null : countryLinkedAfter(doc, other, all);
                    if (itsState != null && itsState.countryCode().equals(code)) {
                        code = null;
                    }
                }
                pastAnotherPerson = true;
            }
            if (w.equals(".") || w.equals(";") || w.equals(":") || w.equals("(") || w.equals(")")) {
                break;
            }
            if (w.equals(",") && k != c.firstToken() - 1) {
                if (k != honorifics - 1 || honorifics == c.firstToken()) {
                    break;
                }
                // (h56-entites22) `le président kényan, Dr Samuel X`, `…, S.E.M. Paul Y`: the honorifics after the comma
                // are not the title; the title must stand before the comma, as for `le président kényan, Samuel X`
                sawTitle = false;
            }
            if ((w.equals("et") || w.equals("ou")) && k + 1 < c.firstToken()
                    && java.util.Set.of("le", "la", "l'", "les").contains(toks.get(k + 1).folded())) {
                break; // `le capitaine X du Burkina Faso et le général Y`: the state before `et le` is X's, not Y's
            }
            if (dict.titles.contains(w) || dict.stateNouns.contains(w) || isDemonymNoun(toks, k, c.firstToken())) {
                sawTitle = true;
            }
            if (code == null && !pastAnotherPerson) {
                for (DictEntry e : dict.lookup(TextFolding.fold(w))) {
                    if (e.type() == EntityType.COUNTRY && e.kind() == Kind.DEMONYM) {
                        code = e.countryCode();
                    }
                }
                for (Candidate o : all) {
                    if (o.type() == EntityType.COUNTRY && o.sentenceIndex() == c.sentenceIndex()
                            && o.firstToken() <= k && k < o.endToken()) {
                        code = o.countryCode();
                    }
                }
            }
        }
        return sawTitle ? code : null;
    }

    /** The first of the title words (honorifics included: `Dr`, `M.`, `S.E.M.`) right before token {@code first}. */
    private int firstOfTitleWordsBefore(List<Token> toks, int first) {
        int j = first;
        while (j > 0 && dict.titles.containsWord(toks.get(j - 1))) {
            j--;
        }
        return j;
    }


    /**
     * (h56-entites22) A demonym used as a noun, after a determiner and right before the name (`du Béninois Paul X`, `la
     * Malienne Awa Y`, in lower case in some lists: `le guinéen Alpha Z`): the person is named by nationality as by a
     * title (`l'Italienne Giorgia X` → IT in the guide), so the state is the person's.
     */
    private boolean isDemonymNoun(List<Token> toks, int k, int first) {
        if (k != first - 1) {
            return false;
        }
        String w = toks.get(k).folded().replace('’', '\'');
        boolean elided = w.startsWith("l'"); // `l'Ivoirienne` in one token
        String demonym = elided ? toks.get(k).word().substring(2) : toks.get(k).word();
        if (demonym.isEmpty() || !Character.isLetter(demonym.codePointAt(0)) || !elided && (k == 0
                || !GazetteerMatcher.NATIONALITY_ARTICLES.contains(toks.get(k - 1).folded()))) {
            return false;
        }
        for (DictEntry e : dict.lookup(TextFolding.fold(demonym))) {
            if (e.type() == EntityType.COUNTRY && e.kind() == Kind.DEMONYM) {
                return true;
            }
        }
        return false;
    }

    /**
     * (h54-entites20) The state the name is apposed to (`les présidents de A, de B et du Kenya, William X, le président du
     * Conseil des ministres du Togo, …`): a state linked by `de` / `du` / `des` / `d'` (`de la`, `de l'`) and closed by
     * the comma right before the name is the person's, before a title after the name, which in a list is the next item's;
     * not when a name ends right before the state's link (`A de la Côte d'Ivoire, B du Bénin`: the state is A's) nor when
     * another name follows in the list (`de la RDC et du Rwanda, C et D`: the states pair with the names in turn).
     */
    private static String stateTheNameIsApposedTo(AnnotatedText doc, Candidate c, List<Candidate> all) {
        List<Token> toks = EntityExtractor.tokens(doc, c.sentenceIndex());
        int comma = c.firstToken() - 1;
        if (comma < 2 || !toks.get(comma).word().equals(",")) {
            return null;
        }
        int after = c.endToken();
        if (after + 1 < toks.size() && java.util.Set.of(",", "et").contains(toks.get(after).word())
                && opensAPerson(c, after + 1, all)) {
            return null; // `de la RDC et du Rwanda, Thérèse X et Olivier Y`: the states pair with the names in turn
        }
        for (Candidate o : all) {
            if (o.type() == EntityType.COUNTRY && o.sentenceIndex() == c.sentenceIndex() && o.endToken() == comma
                    && "gazetteer".equals(o.method()) && Words.stateLinkStart(toks, o.firstToken()) >= 0) {
                // a dictionary's state only: a tagger's place read as a state may be a portfolio (`ministre de l'Eau, X`)
                int link = Words.stateLinkStart(toks, o.firstToken());
                for (Candidate p : all) {
                    if (p.type() == EntityType.PERSON && p != c && p.sentenceIndex() == c.sentenceIndex()
                            && p.endToken() == link) {
                        return null; // `Alassane X de la Côte d'Ivoire, Patrice Y du Bénin`: the state is X's
                    }
                }
                return o.countryCode();
            }
        }
        return null;
    }

    /** Ends of an apposition. */
    private static final java.util.Set<String> APPOSITION_ENDS = java.util.Set.of(",", ".", ";", ":", "(", ")", "«", "»");

    /**
     * (h46-entites13) The state in a title in apposition after the name (`Ahmed X, vice-président seychellois, a …`,
     * `Jean Y, ministre comorien des Affaires étrangères`, `Paul Z, président de la République du Bénin`): a demonym right
     * after the title's words, or the first state of the apposition linked by `de` / `du` / `des` / `d'` (`de la`, `de
     * l'`), is the person's; a state after `au` / `en` / `pour` (`représentante de l'ONU au Mali`) is where the person
     * serves, and a demonym further on qualifies something else (`médiateur dans la crise malienne`).
     */
    private String countryInApposition(AnnotatedText doc, Candidate c, List<Candidate> all) {
        List<Token> toks = EntityExtractor.tokens(doc, c.sentenceIndex());
        int k = c.endToken();
        if (k >= toks.size() || !toks.get(k).word().equals(",")) {
            return null;
        }
        k++;
        if (k < toks.size() && java.util.Set.of("le", "la", "l'").contains(toks.get(k).folded())) {
            k++;
        }
        int titleEnd = k;
        while (titleEnd < toks.size() && titleEnd - k < 3 && (dict.titles.containsWord(toks.get(titleEnd))
                || titleEnd > k && java.util.Set.of("d'état", "délégué", "déléguée").contains(
                        toks.get(titleEnd).word().toLowerCase(java.util.Locale.ROOT)))) {
            titleEnd++;
        }
        if (titleEnd == k) {
            return null;
        }
        int close = titleEnd;
        while (close < toks.size() && !APPOSITION_ENDS.contains(toks.get(close).word())) {
            close++;
        }
        if (close < toks.size() && toks.get(close).word().equals("(")) {
            // (h49-entites16) `António X, le président sénégalais et président de l'Union africaine (UA), Macky Y`: an
            // acronym in brackets does not close the title, which may still be the next name's
            int shut = close;
            while (shut < toks.size() && !toks.get(shut).word().equals(")")) {
                shut++;
            }
            close = shut + 1;
            while (close < toks.size() && !APPOSITION_ENDS.contains(toks.get(close).word())) {
                close++;
            }
        }
        if (close + 1 < toks.size() && toks.get(close).word().equals(",") && opensAPerson(c, close + 1, all)) {
            return null; // `… et Abdullah II, l'émir du Qatar, Tamim X`: in a list, the title is the next name's
        }
        for (int j = titleEnd; j < toks.size() && j < titleEnd + 12; j++) {
            String w = toks.get(j).word();
            if (APPOSITION_ENDS.contains(w) || inAnotherPerson(c, j, all)) {
                return null;
            }
            for (Candidate o : all) {
                if (o.type() == EntityType.COUNTRY && o.sentenceIndex() == c.sentenceIndex() && o.firstToken() == j) {
                    if (opensAPerson(c, o.endToken(), all)) {
                        return null; // (h49-entites16) `le général Ahmed X, le président tunisien Kaïs Y`: Kaïs Y's state
                    }
                    boolean demonymAfterTitle = j == titleEnd && Words.isLowerWord(toks.get(j));
                    return demonymAfterTitle || linkedByDe(toks, j) ? o.countryCode() : null;
                }
            }
        }
        return null;
    }

    /** Whether a person candidate other than {@code c} starts at token {@code k} of {@code c}'s sentence. */
    private static boolean opensAPerson(Candidate c, int k, List<Candidate> all) {
        for (Candidate o : all) {
            if (o.type() == EntityType.PERSON && o != c && o.sentenceIndex() == c.sentenceIndex() && o.firstToken() == k) {
                return true;
            }
        }
        return false;
    }

    /** `de` / `du` / `des` / `d'` right before {@code k}, or `de la` / `de l'`. */
    private static boolean linkedByDe(List<Token> toks, int k) {
        return Words.stateLinkStart(toks, k) >= 0;
    }
}
