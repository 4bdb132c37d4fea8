package org.summitcoverage.extract.roles;

import org.summitcoverage.dict.TextFolding;
import org.summitcoverage.dict.TsvResource;
import org.summitcoverage.model.RoleType;
import org.summitcoverage.nlp.Token;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The cue words of {@code dict/role_cues.tsv}, inflected and indexed by their first folded word, so a
 * sentence is scanned once. French has no lemmatizer in CoreNLP, so regular -er verbs are expanded to
 * their forms here and irregular ones are listed in the file.
 */
public final class RoleCueLexicon {
    static final String RESOURCE = "/dict/role_cues.tsv";
    private static final String INSERT_KIND = "insert";
    private static final String NOT_A_FORM_KIND = "not-a-form";
    private static final String[] ER_ENDINGS = {"e", "es", "ent", "ons", "ez", "é", "ée", "és", "ées", "ait", "aient",
            "a", "èrent", "era", "eront", "erait", "eraient", "ant", "er", "ai", "ions", "iez", "erai", "eras"};

    public enum CueKind { VERB, REFLEXIVE, AGENT, NOUN, VENUE, SPEECH, LISTED, EXCEPTION, NEGATION, MODAL, GATHERING, GUEST, DISPATCH, REPRESENTATIVE,
        PASSIVE, ATTENDANCE, STATUS, OPENING, ARRIVAL, SIDELINES,
        OBLIGATION, THANKS }

    /** One cue form: its role (null for modifiers), kind, folded words, and the next words that cancel it. */
    public record Cue(RoleType role, CueKind kind, List<String> words, Set<String> unlessFollowedBy, String where) {
    }

    /** A cue found in a sentence: tokens [first, end). */
    public record Hit(Cue cue, int first, int end, String text) {
        public RoleType role() {
            return cue.role();
        }

        public CueKind kind() {
            return cue.kind();
        }
    }

    private final Map<String, List<Cue>> byFirstWord = new HashMap<>();
    /** Words that may sit inside a multi-word cue: `a ouvert samedi la séance`, `a fait lui aussi le déplacement`. */
    private final Set<String> inserts = new HashSet<>();
    private final List<List<String>> phraseInserts = new ArrayList<>();
    /** Words a verb's inflection would produce but the press uses as other words (`président`, not `ils président`). */
    private final Set<String> notForms = new HashSet<>();
    /** Folded first words of cues written with a plain final `e` (`présente`, `présentes`). */
    private final Set<String> plainFinalE = new HashSet<>();
    /** Folded first words of cues written with a final `é` (`signé`, `signées`, the participles of `-er` verbs). */
    private final Set<String> acuteFinalE = new HashSet<>();

    private static final class Holder {
        static final RoleCueLexicon INSTANCE = new RoleCueLexicon(TsvResource.read(RESOURCE, "role", "kind", "forms",
                "unless_followed_by"));
    }

    public static RoleCueLexicon shared() {
        return Holder.INSTANCE;
    }

    RoleCueLexicon(List<TsvResource.Row> rows) {
        for (TsvResource.Row row : rows) {
            if (row.get(1).equals(NOT_A_FORM_KIND)) {
                TsvResource.list(row.get(2)).forEach(w -> notForms.add(TextFolding.fold(w)));
            }
        }
        List<Cue> conditionals = new ArrayList<>();
        for (TsvResource.Row row : rows) {
            if (row.get(1).equals(INSERT_KIND)) {
                for (String w : TsvResource.list(row.get(2))) {
                    // (h42-votes3) an insert of several words (`ont voté encore une fois contre`) is skipped whole
                    if (w.contains(" ")) {
                        phraseInserts.add(java.util.Arrays.stream(w.split(" ")).map(TextFolding::fold).toList());
                    } else {
                        inserts.add(TextFolding.fold(w));
                    }
                }
                continue;
            }
            if (row.get(1).equals(NOT_A_FORM_KIND)) {
                continue;
            }
            RoleType role = row.get(0).equals("-") ? null : RoleType.valueOf(row.get(0));
            CueKind kind = CueKind.valueOf(row.get(1).toUpperCase(java.util.Locale.ROOT));
            if ((role == null) != (kind == CueKind.EXCEPTION || kind == CueKind.NEGATION || kind == CueKind.MODAL
                    || kind == CueKind.OBLIGATION)) {
                throw new IllegalStateException(row.where() + ": role '-' goes with exception/negation/modal/obligation only");
            }
            Set<String> unless = new HashSet<>();
            TsvResource.list(row.get(3)).forEach(w -> unless.add(TextFolding.fold(w)));
            for (String form : TsvResource.list(row.get(2))) {
                for (String inflected : inflect(form)) {
                    add(new Cue(role, kind, words(inflected), Set.copyOf(unless), row.where()));
                    if (role != null) {
                        noteFinalE(inflected);
                    }
                }
                if (role != null) {
                    // the conditional of any verb, regular or not, is its future's stem + `-ait`/`-aient` (`viendra` →
                    // `viendrait`, `rendra au sommet` → `rendrait au sommet`): CueScope reads it only as a future of the past
                    String c = conditionalOf(form);
                    if (c != null) {
                        conditionals.add(new Cue(role, kind, words(c), Set.copyOf(unless), row.where()));
                    }
                }
            }
        }
        conditionals.forEach(this::addNew);
    }

    /**
     * The conditional of a listed future form (its first word ending in `-ra` / `-ront`: `viendra` → `viendrait`,
     * `seront de la partie` → `seraient de la partie`), or null.
     */
    static String conditionalOf(String form) {
        String f = form.strip();
        int space = f.indexOf(' ');
        String first = space < 0 ? f : f.substring(0, space);
        String rest = space < 0 ? "" : f.substring(space);
        if (first.length() < 3) {
            return null;
        }
        if (first.endsWith("ront")) {
            return first.substring(0, first.length() - 2) + "aient" + rest;
        }
        if (first.endsWith("ra")) {
            return first + "it" + rest;
        }
        return null;
    }

    /** Which final `e` the written first word of a cue form carries: plain (`présente`) or acute (`signé`). */
    private void noteFinalE(String form) {
        String first = words(form).isEmpty() ? "" : form.strip().split("\\s+")[0];
        if (first.matches("(?i).*(é|ée|és|ées)")) {
            acuteFinalE.add(TextFolding.fold(first));
        } else if (first.matches("(?i).*(e|es)")) {
            plainFinalE.add(TextFolding.fold(first));
        }
    }

    /** Forms of `avoir` that make a participle a compound tense of its verb (`a présenté`, `ont pour leur part présenté`). */
    private static final Set<String> AVOIR = Set.of("a", "ont", "avait", "avaient", "aura", "auront", "aurait", "auraient",
            "ayant", "avoir", "ai", "as", "avons", "avez", "eu");
    /** Compiled once: {@code String.matches} compiled it again for every token the lexicon read. */
    private static final java.util.regex.Pattern ACUTE_PARTICIPLE_ENDING = java.util.regex.Pattern.compile("(?i).*(é|ée|és|ées)");
    /** How far before the participle its auxiliary may stand (`ont pour leur part présenté`). */
    private static final int AUXILIARY_WINDOW = 4;

    /**
     * A token ending in an acute `é` whose folded form only cues, with a role, as a word with a plain `e`, used without
     * `avoir` before it: a bare or passive participle of a verb of its own (`un amendement présenté par l'Iran`, `un
     * sommet présenté comme un tournant` are not `présente`). The compound tense (`X a présenté un plan aux
     * participants`) is left to the cue, as a speaker's act at the meeting.
     */
    private boolean participleOfAnotherVerb(List<Token> tokens, int i, String folded) {
        String word = tokens.get(i).word();
        // the set first: most tokens are no cue with a plain `e`, and the test is pure, so the order changes nothing
        if (!plainFinalE.contains(folded) || !ACUTE_PARTICIPLE_ENDING.matcher(word).matches() || acuteFinalE.contains(folded)) {
            return false;
        }
        for (int k = i - 1; k >= Math.max(0, i - AUXILIARY_WINDOW); k--) {
            // not folded: `à` is no `a`
            String w = tokens.get(k).word().toLowerCase(java.util.Locale.ROOT);
            if (AVOIR.contains(w)) {
                return false;
            }
            if (!Character.isLetter(w.isEmpty() ? ' ' : w.charAt(0))) {
                break;
            }
        }
        return true;
    }

    /** {@link #add} unless the same cue is listed already (`prendrait part` is written in the file too). */
    private void addNew(Cue cue) {
        List<Cue> same = byFirstWord.getOrDefault(cue.words().get(0), List.of());
        if (same.stream().noneMatch(c -> c.words().equals(cue.words()) && c.role() == cue.role() && c.kind() == cue.kind())) {
            add(cue);
        }
    }

    /** Regular first-group verbs (`signer`) stand for their forms; anything else is taken as written. */
    static List<String> inflect(String form) {
        String f = form.strip();
        if (f.contains(" ") || !f.endsWith("er") || f.length() < 5) {
            return List.of(f);
        }
        String stem = f.substring(0, f.length() - 2);
        List<String> out = new ArrayList<>();
        for (String e : ER_ENDINGS) {
            String s = stem + e;
            // `engager` → `engageons`, `rallier` → fine: only the g+o/a spelling rule matters for our verbs.
            if (stem.endsWith("g") && (e.startsWith("a") || e.startsWith("o"))) {
                s = stem + "e" + e;
            }
            out.add(s);
        }
        return out;
    }

    /**
     * The folded words of a form, one per token: split on spaces and after apostrophes first, then folded, so
     * that a hyphenated word (`co-organisée`, one token) folds as the token does.
     */
    private static List<String> words(String form) {
        List<String> out = new ArrayList<>();
        for (String piece : form.strip().replace("’", "'").replace("'", "' ").split("\\s+")) {
            String w = TextFolding.fold(piece);
            if (!w.isBlank()) {
                out.add(w);
            }
        }
        return out;
    }

    private void add(Cue cue) {
        if (cue.words().size() == 1 && notForms.contains(cue.words().get(0))) {
            return;
        }
        byFirstWord.computeIfAbsent(cue.words().get(0), k -> new ArrayList<>()).add(cue);
    }

    /** True when the folded word starts a verb cue: such a word opening a sentence is no name (`Coorganisé par …`). */
    public boolean startsVerbCue(String folded) {
        List<Cue> cues = byFirstWord.get(folded);
        return cues != null && cues.stream().anyMatch(c -> c.kind() == CueKind.VERB || c.kind() == CueKind.AGENT
                || c.kind() == CueKind.REFLEXIVE);
    }

    /** The reflexive pronouns before an auxiliary that make a pronominal verb of a passive's words. */
    private static final Set<String> REFLEXIVES = Set.of("se", "s'", "s’");

    /** All cues in the tokens, longest first at each position; a token can start cues of several kinds. */
    public List<Hit> find(List<Token> tokens) {
        Class<?> type = tokens.getClass();
        if (type != IMMUTABLE_LIST && type != IMMUTABLE_SHORT_LIST) {
            return findIn(tokens);
        }
        // A sentence's tokens (an immutable list of records) are read for cues by the role loop and again by readings
        // (`MeetingPlaceReading`): the hits of the last sentences are kept per thread, by the list's identity, and
        // handed out as a fresh list. The same list gives the same hits, so nothing read changes.
        Object[] memo = lastFound.get();
        int slot = (System.identityHashCode(tokens) & (FOUND_SLOTS - 1)) << 1;
        if (memo[slot] == tokens) {
            @SuppressWarnings("unchecked")
            List<Hit> kept = (List<Hit>) memo[slot + 1];
            return new ArrayList<>(kept);
        }
        List<Hit> hits = findIn(tokens);
        memo[slot] = tokens;
        memo[slot + 1] = List.copyOf(hits);
        return hits;
    }

    private static final int FOUND_SLOTS = 64;
    /** The classes of {@code List.copyOf} (what {@link org.summitcoverage.nlp.Sentence} keeps): lists nothing can change. */
    private static final Class<?> IMMUTABLE_LIST = List.copyOf(List.of(1, 2, 3)).getClass();
    private static final Class<?> IMMUTABLE_SHORT_LIST = List.copyOf(List.of(1)).getClass();
    /** Token list and its hits side by side, direct-mapped by the list's identity hash. */
    private final ThreadLocal<Object[]> lastFound = ThreadLocal.withInitial(() -> new Object[2 * FOUND_SLOTS]);

    private List<Hit> findIn(List<Token> tokens) {
        List<Hit> hits = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            String folded = tokens.get(i).folded();
            List<Cue> candidates = byFirstWord.get(folded);
            if (candidates == null) {
                continue;
            }
            boolean otherParticiple = participleOfAnotherVerb(tokens, i, folded);
            for (Cue c : candidates) {
                if (otherParticiple && c.role() != null) {
                    continue;
                }
                int end = matchEnd(tokens, i, c.words());
                if (end > 0 && end < tokens.size() && c.unlessFollowedBy().contains(tokens.get(end).folded())) {
                    continue; // `membres à part entière du G20`: an idiom, not an exception
                }
                if (end > 0 && c.kind() == CueKind.PASSIVE && i > 0 && REFLEXIVES.contains(tokens.get(i - 1).folded())) {
                    continue; // `se sont réunis`: the pronominal verb, not the passive `sont réunis`
                }
                if (end > 0) {
                    hits.add(new Hit(c, i, end, joined(tokens, i, end)));
                }
            }
        }
        return hits;
    }

    private int matchEnd(List<Token> tokens, int i, List<String> words) {
        int k = i;
        int skipped = 0;
        for (int n = 0; n < words.size(); n++) {
            String w = words.get(n);
            if (n > 0) {
                k = pastPhraseInsert(tokens, k);
            }
            while (n > 0 && k < tokens.size() && skipped < 2 && !tokens.get(k).folded().equals(w)
                    && inserts.contains(tokens.get(k).folded())) {
                k++;
                skipped++;
            }
            if (k >= tokens.size()) {
                return -1;
            }
            String t = tokens.get(k).folded();
            if (!t.equals(w)) {
                return -1;
            }
            k++;
        }
        return k;
    }

    /** The token after a several-word insert starting at {@code k} (`encore une fois`), else {@code k}. */
    private int pastPhraseInsert(List<Token> tokens, int k) {
        String first = k < tokens.size() ? tokens.get(k).folded() : null;
        for (List<String> phrase : phraseInserts) {
            if (first != null && !phrase.isEmpty() && !phrase.get(0).equals(first)) {
                continue; // no need to read on: the insert's first word is not there
            }
            int j = 0;
            while (j < phrase.size() && k + j < tokens.size() && tokens.get(k + j).folded().equals(phrase.get(j))) {
                j++;
            }
            if (j == phrase.size()) {
                return k + j;
            }
        }
        return k;
    }

    private static String joined(List<Token> tokens, int first, int end) {
        StringBuilder sb = new StringBuilder();
        for (int k = first; k < end; k++) {
            if (k > first && !tokens.get(k - 1).word().endsWith("'") && !tokens.get(k - 1).word().endsWith("’")) {
                sb.append(' ');
            }
            sb.append(tokens.get(k).word());
        }
        return sb.toString();
    }

    /** Every cue form, for the checks that each is read somewhere. */
    List<Cue> cues() {
        List<Cue> out = new ArrayList<>();
        byFirstWord.values().forEach(out::addAll);
        return out;
    }

    public int size() {
        int n = 0;
        for (List<Cue> l : byFirstWord.values()) {
            n += l.size();
        }
        return n;
    }
}
