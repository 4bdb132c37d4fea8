package org.summitcoverage.extract.roles;

import org.summitcoverage.dict.TextFolding;
import org.summitcoverage.model.EntityType;
import org.summitcoverage.model.Mention;
import org.summitcoverage.model.RoleType;
import org.summitcoverage.nlp.AnnotatedText;
import org.summitcoverage.nlp.Sentence;
import org.summitcoverage.nlp.Token;

import java.util.ArrayList;
import java.util.List;

/**
 * A title of the meeting in apposition is the cue (docs/annotation.md § Roles, CHAIR): `X, président de la COP29`,
 * `X, ministre de l'Écologie et président de la conférence`, `le président du sommet, X`, `X a été élu président du
 * sommet`. The title's complement must be the meeting itself (a word of {@code chaired_meetings}, or an event name),
 * not a state or a standing body (`président de la République`, `président de la Commission`), nor another meeting
 * (`l'ancien président de la COP28`). Not a cue reading: `président` stands in most sentences of the press, and
 * this reading needs no parse.
 */
final class MeetingTitleReading {

    /** Most words between a person and the title in apposition to it (`X, le ministre de l'Écologie de Y et président`). */
    private static final int APPOSITION_SPAN = 14;
    /** Most words between the title's `de` and the meeting noun (`président de la 13e Conférence`). */
    private static final int COMPLEMENT_SLACK = 3;

    private static final java.util.Set<String> DEMONSTRATIVES = java.util.Set.of("ce", "cet", "cette");

    private final RoleWords words;

    MeetingTitleReading(RoleWords words) {
        this.words = words;
    }

    List<SentenceFinding> read(AnnotatedText doc, List<Mention> mentions, String mainEvent, int mainNumber) {
        List<SentenceFinding> out = new ArrayList<>();
        boolean mainNumbered = mentions.stream().anyMatch(m -> m.type() == EntityType.EVENT && m.entityId().equals(mainEvent)
                && EarlierEditions.number(m.text()) > 0);
        String council = SessionCouncil.ofArticle(words, doc);
        for (Sentence s : doc.sentences()) {
            List<Token> toks = s.tokens();
            List<Mention> inSentence = mentions.stream().filter(m -> m.sentenceIndex() == s.index()).toList();
            for (int k = 0; k < toks.size(); k++) {
                boolean head = headOfTheMeeting(toks, k);
                if (!words.chairTitles.containsWord(toks.get(k)) && !head) {
                    continue;
                }
                int end = meetingComplementEnd(toks, k + 1, inSentence, council, mainEvent);
                // (h62-sweepd) past the qualifiers: `le président brésilien de la COP30` names an earlier edition too
                if (end < 0 || otherMeeting(toks, k) || datedEdition(toks, end)
                        || EarlierEditions.namedAt(words, toks, inSentence, qualifiersEnd(toks, k + 1), mainEvent, mainNumber)
                        || !mainNumbered && otherNumberedMeeting(toks, k + 1, inSentence, mainEvent)) {
                    continue;
                }
                Mention person = head ? appointedToTheHead(toks, k, inSentence) : personBefore(toks, k, inSentence);
                if (person == null && !head) {
                    person = personAfter(toks, end, inSentence);
                }
                if (person != null) {
                    String title = doc.text().substring(toks.get(k).start(), toks.get(end - 1).end());
                    out.add(new SentenceFinding(new Finding(RoleType.CHAIR, person, title, Confidence.NOUN_RULE, "meeting title",
                            person.text() + ", " + title, null), s.index(), doc.text().substring(s.start(), s.end())));
                }
            }
        }
        return out;
    }

    /** Most words between the meeting's name and the year that dates it (`de la conférence climat de Lima de 2014`). */
    private static final int YEAR_SLACK = 3;

    /**
     * (h33-sources) `X, président de la conférence climat de Lima de 2014`: a title over a meeting dated by a year right after
     * its name chairs that edition, not the article's meeting (reading guide, roles of another meeting).
     */
    private static boolean datedEdition(List<Token> toks, int end) {
        for (int k = end; k + 1 < toks.size() && k < end + YEAR_SLACK; k++) {
            String w = toks.get(k).word();
            if (w.equals(",") || w.equals(".")) {
                return false;
            }
            if ((w.equals("de") || w.equals("en")) && toks.get(k + 1).word().matches("(19|20)\\d\\d")) {
                return true;
            }
        }
        return false;
    }

    /** (h32-hotes) `à la tête` (`chair_head_nouns` after `à la`): `X a été nommé à la tête de la COP 30`. */
    private boolean headOfTheMeeting(List<Token> toks, int k) {
        return k >= 2 && words.chairHeadNouns.containsWord(toks.get(k))
                && toks.get(k - 2).folded().equals("a") && toks.get(k - 1).folded().equals("la");
    }

    /**
     * (h32-hotes) The one appointed `à la tête` of the meeting by a verb of election (`election_verbs`): `X a été nommé à la
     * tête de la COP 30` (the person before the verb), `Le gouvernement a nommé X à la tête de la 30e conférence` (the
     * person between the verb and `à`). Only an appointment: `X remplace Y à la tête de …` is left unread.
     */
    private Mention appointedToTheHead(List<Token> toks, int k, List<Mention> inSentence) {
        int b = k - 3;
        if (b < 0) {
            return null;
        }
        if (words.electionVerbs.containsWord(toks.get(b))) {
            for (int n = b - 1; n >= Math.max(0, b - APPOSITION_SPAN); n--) {
                Mention m = mentionEndingAt(toks.get(n), inSentence);
                if (m != null && m.type() == EntityType.PERSON) {
                    return m;
                }
            }
            return null;
        }
        Mention m = mentionEndingAt(toks.get(b), inSentence);
        if (m == null || m.type() != EntityType.PERSON) {
            return null;
        }
        for (int n = b; n > 0; n--) {
            if (toks.get(n).start() == m.start()) {
                return words.electionVerbs.containsWord(toks.get(n - 1)) ? m : null;
            }
        }
        return null;
    }

    /**
     * Past the qualifiers a title may take before its complement: `président en exercice du sommet`; (h30-climat) `le
     * président désigné de la COP27` (named to chair it); (h58-c) the holder's demonym, `le président chinois de la
     * COP15` (the state is the holder's, not the title's complement).
     */
    private int qualifiersEnd(List<Token> toks, int k) {
        if (k + 1 < toks.size() && toks.get(k).word().equals("en") && words.presidencyQualifiers.containsWord(toks.get(k + 1))) {
            k += 2;
        }
        if (k < toks.size() && words.designatedTitleAdjectives.containsWord(toks.get(k))) {
            k++;
        }
        if (k + 1 < toks.size() && words.isDemonym(RoleWords.fold(toks.get(k)))) {
            k++;
        }
        return k;
    }

    /**
     * The token after the title's complement when it names a meeting (`de la COP29`, `du sommet`, `de la 13e
     * Conférence ministérielle`), else -1.
     */
    private int meetingComplementEnd(List<Token> toks, int k, List<Mention> inSentence, String council, String mainEvent) {
        k = qualifiersEnd(toks, k);
        if (k >= toks.size()) {
            return -1;
        }
        String de = toks.get(k).folded();
        if (!(de.equals("de") || de.equals("du") || de.equals("d'"))) {
            return -1;
        }
        int n = k + 1;
        boolean demonstrative = false;
        while (n < toks.size()) {
            boolean pointer = DEMONSTRATIVES.contains(toks.get(n).folded());
            if (!pointer && !words.definiteArticles.containsWord(toks.get(n))) {
                break;
            }
            demonstrative |= pointer;
            n++; // `président de ce 15e Sommet`: the article's own meeting
        }
        // `président de cette édition`: a noun that names a meeting only when pointed at names this one
        if (demonstrative && n < toks.size() && words.demonstrativeMeetingNouns.containsWord(toks.get(n))) {
            return n + 1;
        }
        for (int c = n; c < Math.min(toks.size(), n + COMPLEMENT_SLACK); c++) {
            // (h22-minis) `présidente du Conseil des ministres` in an article on a session of that council
            if (council != null && words.councilHeads.containsWord(toks.get(c))) {
                int councilEnd = SessionCouncil.titleComplementEnd(words, toks, c, council, inSentence);
                if (councilEnd > 0) {
                    return councilEnd;
                }
            }
            int start = toks.get(c).start();
            for (Mention m : inSentence) {
                if (m.start() == start) {
                    return m.type() == EntityType.EVENT ? endOf(toks, m) : -1;
                }
            }
            if (words.chairedMeetings.containsWord(toks.get(c)) || ownAssembly(toks.get(c), mainEvent)) {
                return c + 1;
            }
            // ordinals and numbers may stand before the noun (`du 19e Sommet`); any other word ends the search
            if (!toks.get(c).word().matches("\\d+\\S*|[IVXLC]+e?")) {
                return -1;
            }
        }
        return -1;
    }

    /**
     * (h27-sante) `X a été élu président de l'assemblée` in an article whose meeting is itself an assembly (`la 68e
     * Assemblée mondiale de la Santé`): the bare noun (`assembly_meeting_nouns`, a standing body's name elsewhere, hence
     * not in `chaired_meetings`) names the article's meeting when the name of that meeting opens on it. A body named
     * (`de l'Assemblée nationale`, a mention) is still no meeting.
     */
    private boolean ownAssembly(Token t, String mainEvent) {
        if (mainEvent == null || !words.assemblyMeetingNouns.containsWord(t)) {
            return false;
        }
        String slug = t.folded().replace(' ', '-');
        return mainEvent.startsWith("event:" + slug + "-");
    }

    /**
     * `Y, présidente de la COP 28` in an article on an unnumbered meeting of another kind (`le One Forest Summit`): the
     * title names a numbered edition that is not the article's meeting, whose chair holds no role of this one. Only when
     * no name of the article's meeting carries a number (a numbered one is {@link EarlierEditions}'s).
     */
    private boolean otherNumberedMeeting(List<Token> toks, int from, List<Mention> inSentence, String mainEvent) {
        if (mainEvent == null) {
            return false;
        }
        Mention m = EarlierEditions.eventAfterFillers(words, toks, inSentence, from);
        return m != null && !m.entityId().equals(mainEvent) && EarlierEditions.number(m.text()) > 0;
    }

    /** `l'ancien président de la COP28`, `président de la prochaine conférence`: another meeting. */
    private boolean otherMeeting(List<Token> toks, int k) {
        for (int n = Math.max(0, k - 2); n < Math.min(toks.size(), k + 5); n++) {
            if (words.otherMeetingMarkers.containsWord(toks.get(n))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The person the title is in apposition to: `X, président de …`, `X, le ministre … et président de …`, or the
     * one elected to it (`X a été élu président de …`). Only an apposition or an election verb leads back to X.
     */
    private Mention personBefore(List<Token> toks, int k, List<Mention> inSentence) {
        int b = k - 1;
        if (b >= 0 && words.definiteArticles.containsWord(toks.get(b))) {
            b--;
        }
        if (b < 0) {
            return null;
        }
        int span = APPOSITION_SPAN;
        int capacity = capacityBefore(toks, b);
        if (capacity > 0 && b - capacity >= 0) {
            // `X, en sa qualité de président du sommet`: the capacity stands in apposition like the title itself
            b -= capacity;
            span += capacity;
        }
        String w = toks.get(b).word();
        boolean elected = words.electionVerbs.contains(w);
        // (h22-minis) a dash opens an apposition like a comma: `X — en sa qualité de présidente du Conseil —`
        boolean apposition = w.equals(",") || DASHES.contains(w);
        if (!(apposition || w.equals("et") || elected)) {
            return null;
        }
        Mention titledState = null;
        for (int n = b; n >= Math.max(0, k - span); n--) {
            Token t = toks.get(n);
            Mention m = mentionEndingAt(t, inSentence);
            if (m != null && m.type() == EntityType.PERSON) {
                return m;
            }
            // `le Nigeria, président en exercice de la conférence`: a state in apposition, right before the comma
            // (not the state of a title's complement, `X, président de la République du Sénégal, en sa qualité de …`)
            if (m != null && m.type() == EntityType.COUNTRY && n == b - 1 && apposition) {
                if (!complementOfTitle(toks, m)) {
                    return m;
                }
                // (h22-minis) `le ministre … de la République de Guinée, en sa qualité de président …`: with no person
                // named before it, the unnamed minister's state holds the chair (docs/annotation.md § Roles)
                titledState = m;
            }
            String f = t.folded();
            if (f.equals(".") || f.equals(";") || f.equals(":") || words.clauseOpeners.containsWord(t)
                    && !f.equals("et") || !elected && f.equals("(")) {
                return titledState;
            }
        }
        return titledState;
    }

    /** Dashes that open or close an apposition (`X — présidente du Conseil —`). */
    private static final java.util.Set<String> DASHES = java.util.Set.of("—", "–");

    /** The state is the complement of a noun before it (`de la République du Sénégal`, `du Nigeria`). */
    private boolean complementOfTitle(List<Token> toks, Mention m) {
        int k = 0;
        while (k < toks.size() && toks.get(k).start() < m.start()) {
            k++;
        }
        k--;
        if (k >= 0 && words.definiteArticles.containsWord(toks.get(k))) {
            k--;
        }
        if (k < 0) {
            return false;
        }
        String f = toks.get(k).folded();
        return f.equals("de") || f.equals("du") || f.equals("d'") || f.equals("des");
    }

    /** The number of tokens of a capacity phrase (`en sa qualité de`) that ends at token {@code b}; 0 when none does. */
    private int capacityBefore(List<Token> toks, int b) {
        for (List<String> phrase : words.capacityPhrases) {
            int first = b - phrase.size() + 1;
            if (first < 0) {
                continue;
            }
            boolean match = true;
            for (int i = 0; i < phrase.size() && match; i++) {
                match = toks.get(first + i).folded().equals(TextFolding.fold(phrase.get(i)));
            }
            if (match) {
                return phrase.size();
            }
        }
        return 0;
    }

    /**
     * `le président de la COP29, X, a déclaré`: the name right after the title's complement and a comma, or after
     * an article, a title and a nationality (`…, le Ghanéen X`, `…, le ministre kényan X`). (h25-climat) The press
     * also runs the name on without the comma, as after any title (`a annoncé le président de la COP28 X`): the name
     * right after the complement is the same apposition.
     */
    private Mention personAfter(List<Token> toks, int end, List<Mention> inSentence) {
        if (end >= toks.size()) {
            return null;
        }
        end = pastASecondTitle(toks, end);
        boolean comma = toks.get(end).word().equals(",");
        if (comma && end + 1 >= toks.size()) {
            return null;
        }
        int k = comma ? end + 1 : end;
        for (int skipped = 0; k < toks.size() && skipped < 5; skipped++) {
            Mention m = mentionStartingAt(toks.get(k), inSentence);
            if (m != null && m.type() == EntityType.PERSON) {
                return m;
            }
            if (m != null && m.type() == EntityType.COUNTRY) {
                k = endOf(toks, m);
                if (k + 1 < toks.size() && toks.get(k).word().equals(",")) {
                    k++; // `le président du sommet, le président gambien, X`: the title's own apposition
                }
            } else if (words.definiteArticles.containsWord(toks.get(k)) || words.isTitle(toks.get(k).word())) {
                k++;
            } else {
                return null;
            }
        }
        return null;
    }

    /** How far a second title coordinated with the chair's may run before the comma that sets off the person. */
    private static final int SECOND_TITLE_REACH = 10;

    /**
     * (h30-climat) `Le président désigné de la COP27 et ministre égyptien des Affaires étrangères, X`: a second title
     * coordinated by `et` after the meeting leads, past its own complement, to the comma before the person both name;
     * the comma's index, or {@code end} when no such title follows.
     */
    private int pastASecondTitle(List<Token> toks, int end) {
        if (end + 1 >= toks.size() || !toks.get(end).folded().equals("et") || !words.isTitle(toks.get(end + 1).word())) {
            return end;
        }
        for (int k = end + 2; k < toks.size() && k <= end + SECOND_TITLE_REACH; k++) {
            String w = toks.get(k).word();
            if (w.equals(",")) {
                return k;
            }
            if (org.summitcoverage.extract.Words.isPunctuation(toks.get(k))) {
                return end;
            }
        }
        return end;
    }

    private static Mention mentionStartingAt(Token t, List<Mention> inSentence) {
        for (Mention m : inSentence) {
            if (m.start() == t.start()) {
                return m;
            }
        }
        return null;
    }

    private static Mention mentionEndingAt(Token t, List<Mention> inSentence) {
        for (Mention m : inSentence) {
            if (m.end() == t.end()) {
                return m;
            }
        }
        return null;
    }

    private static int endOf(List<Token> toks, Mention m) {
        int k = 0;
        while (k < toks.size() && toks.get(k).start() < m.end()) {
            k++;
        }
        return k;
    }
}
