package org.summitcoverage.extract.roles;

import org.summitcoverage.dict.TextFolding;
import org.summitcoverage.extract.Words;
import org.summitcoverage.extract.roles.RoleCueLexicon.CueKind;
import org.summitcoverage.extract.roles.RoleCueLexicon.Hit;
import org.summitcoverage.model.EntityType;
import org.summitcoverage.model.Mention;
import org.summitcoverage.model.RoleType;
import org.summitcoverage.nlp.AnnotatedText;
import org.summitcoverage.nlp.Sentence;
import org.summitcoverage.nlp.Token;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * HOST by place (docs/annotation.md § Roles): the country named in the phrase that places the meeting. It is
 * written out (`à Abuja, au Nigeria`, `à Abuja (Nigeria)`, `à Abou Dhabi aux Émirats arabes unis`, `Astana, la
 * capitale du Kazakhstan`), or given by a demonym (`dans la capitale tunisienne`, `dans la ville sud-africaine de
 * Durban`), or, for a city alone, by the gazetteer when a verb of holding or the meeting's own name stands right
 * before it (`s'est tenu à Séoul`, `Sommet de l'Union africaine à Malabo`). The sentence must speak of a meeting
 * (a meeting noun, an event, a role cue); one that speaks of another meeting (`la prochaine édition`) places
 * nothing. The country must be an entity of the article: a place alone makes no entity.
 * Not a cue reading: the placing phrase holds no cue word, so every sentence is looked at.
 */
final class MeetingPlaceReading {

    /** Cue kinds that make a sentence speak of the meeting itself. */
    private static final Set<CueKind> ANCHORS = EnumSet.of(CueKind.VERB, CueKind.VENUE, CueKind.GATHERING,
            CueKind.ARRIVAL, CueKind.LISTED, CueKind.ATTENDANCE, CueKind.OPENING);
    /** How far before the city a verb of holding may stand (`s'est tenu les 3 et 4 mai à Séoul`). */
    private static final int VERB_WINDOW = 7;
    /** Words between a place noun and its demonym (`la province nord-ouest chinoise`). */
    private static final int DEMONYM_SLACK = 2;
    /** How many `de` complements may follow the meeting's noun before the place (`le sommet de l'action de l'IA en`). */
    private static final int MAX_COMPLEMENTS = 3;
    /** How far before the place a meeting with its own topic may stand (`la conférence sur X prévue le 7 mai à`). */
    private static final int TOPIC_WINDOW = 10;

    private final RoleCueLexicon lexicon;
    private final RoleWords words;

    MeetingPlaceReading(RoleCueLexicon lexicon, RoleWords words) {
        this.lexicon = lexicon;
        this.words = words;
    }

    List<SentenceFinding> read(AnnotatedText doc, List<Mention> mentions, int mainNumber) {
        return read(doc, mentions, mainNumber, "");
    }

    List<SentenceFinding> read(AnnotatedText doc, List<Mention> mentions, int mainNumber, String mainEvent) {
        return read(doc, mentions, mainNumber, mainEvent, "");
    }

    List<SentenceFinding> read(AnnotatedText doc, List<Mention> mentions, int mainNumber, String mainEvent, String mainEventName) {
        Map<String, Mention> firstMention = new LinkedHashMap<>();
        for (Mention m : mentions) {
            if (m.type() == EntityType.COUNTRY) {
                firstMention.putIfAbsent(m.entityId(), m);
            }
        }
        List<SentenceFinding> out = new ArrayList<>();
        int mainEdition = EarlierEditions.mainEdition(mentions, mainEvent, mainNumber);
        for (Sentence s : doc.sentences()) {
            List<Mention> inSentence = mentions.stream().filter(m -> m.sentenceIndex() == s.index()).toList();
            List<Hit> hits = lexicon.find(s.tokens());
            if (!speaksOfTheMeeting(s.tokens(), inSentence, hits) || speaksOfAnotherMeeting(s.tokens())
                    || onlyOtherBodysMeetings(s.tokens(), inSentence, mentions, mainEvent, mainEventName)
                    || CueScope.isTeaser(words, s.tokens())
                    || hits.stream().anyMatch(h -> h.role() != null && CueScope.aboutAnotherMeeting(words, s.tokens(), h))) {
                continue;
            }
            String evidence = doc.text().substring(s.start(), s.end());
            List<Placed> placed = new ArrayList<>(places(s.tokens(), inSentence, hits, mainNumber, mainEvent, mainEdition));
            placed.addAll(cityHosting(s.tokens(), inSentence));
            for (Placed p : placed) {
                Mention m = p.country() != null ? p.country() : firstMention.get(p.countryId());
                if (m != null) {
                    out.add(new SentenceFinding(new Finding(RoleType.HOST, m, p.words(), Confidence.NOUN_RULE, "meeting place",
                            p.words() + " → " + m.text(), null), s.index(), evidence));
                }
            }
        }
        return out;
    }

    /**
     * (h19-host) `Djeddah accueillera une conférence des donateurs`, `la capitale française, Paris, accueille un sommet`,
     * `la ville de Nairobi abrite la rencontre`: a city the entities keep as a place, right before a verb of hosting
     * (`city_hosting_verbs`; past the comma that closes its apposition) whose object opens on the meeting's noun or name
     * (a few determiners or ordinals between: `city_hosting_determiners`), places the meeting there: its country hosts.
     * A capital the entities already typed as its state (`Paris accueille`) is read as a subject by `VerbReading`.
     */
    private List<Placed> cityHosting(List<Token> toks, List<Mention> inSentence) {
        List<Placed> out = new ArrayList<>();
        for (Mention city : inSentence) {
            String id = city.type() == EntityType.LOCATION ? words.countryOfPlace(city.text()) : null;
            int k = id == null ? toks.size() : tokenAfter(toks, city);
            int first = id == null ? -1 : TitleAppositions.indexAt(toks, city.start());
            if (k < toks.size() && toks.get(k).word().equals(",") && first > 0 && toks.get(first - 1).word().equals(",")) {
                k++; // `la capitale française, Paris, accueille`: the comma that closes the apposition
            }
            if (k >= toks.size() || !words.cityHostingVerbs.containsWord(toks.get(k))) {
                continue;
            }
            int n = k + 1;
            while (n < toks.size() && n <= k + 3 && words.cityHostingDeterminers.contains(toks.get(n).word().toLowerCase(java.util.Locale.ROOT))) {
                n++;
            }
            Mention named = n < toks.size() ? mentionAt(toks, n, inSentence) : null;
            if (n > k + 1 && n < toks.size() && (words.meetingNouns.containsWord(toks.get(n))
                    || named != null && named.type() == EntityType.EVENT)) {
                out.add(new Placed(null, id, city.text() + " " + toks.get(k).word()));
            }
        }
        return out;
    }

    /** A country read from a place: the mention when the text names it there, else the country's entity id. */
    private record Placed(Mention country, String countryId, String words) {
    }

    private List<Placed> places(List<Token> toks, List<Mention> inSentence, List<Hit> hits, int mainNumber, String mainEvent,
                                int mainEdition) {
        List<Placed> out = new ArrayList<>();
        // once a sentence: the check below runs per word; `en mai dernier` dates as a year does
        boolean dated = toks.stream().anyMatch(t -> org.summitcoverage.extract.Words.isYear(t.word()))
                || CueScope.monthOfThisYearPast(words, toks);
        for (int k = 0; k < toks.size(); k++) {
            String w = fold(toks, k);
            if (!PLACE_WORDS.contains(w)) {
                continue; // every reading below opens on one of these
            }
            if (EarlierEditions.otherNamedBefore(words, toks, inSentence, k, mainNumber)) {
                continue; // `la Tunisie, hôte du XVIIIe Sommet à Djerba`, in an article on the XXe: that meeting's place
            }
            if (EarlierEditions.subjectIsAnEarlierOrdinalEdition(words, toks, k, mainEdition)) {
                continue; // (h51-faux18) `La première réunion s'est tenue à Lima, au Pérou`, in an article on the second
            }
            if (EarlierEditions.inARelativeOnAnotherEdition(words, toks, inSentence, k, mainNumber)) {
                continue; // `les COP28 et COP29, qui se sont tenues à Dubaï (Émirats arabes unis)`, in an article on the COP30
            }
            if (DeedPlace.afterDeed(words, toks, k)) {
                continue; // (h42-faux9) `a présenté à Wellington, en Nouvelle-Zélande, la demande`: where a deed was done
                // (h44-faux11) also past time words, `a présenté lundi à Wellington`
            }
            if (EarlierVisitPlace.afterAnEarlierVisit(words, toks, k)) {
                continue; // (h47-faux14) `Après leur visite à Bangkok, en Thaïlande, …`: an earlier stop's place
            }
            if (dated && FoundingMeetingPlace.afterFounding(words, toks, k)) {
                continue; // (h45-faux12) `fondée en 2014 pendant un sommet à Lima`: where a body was born, an earlier meeting
            }
            if (initiallyPlanned(toks, k)) {
                continue; // `Initialement prévue à Kunming, en Chine, la COP15 s'est tenue à Montréal`: a place given up
            }
            if (dated && earlierDatedMeetingBefore(toks, k)) {
                continue; // `Le dernier sommet a eu lieu à Bamako, au Mali, en 2017`: an earlier edition's place
            }
            // `au Caire`, `au Cap`: a city whose name has its article takes `au`
            boolean cityWithArticle = w.equals("au") && k + 1 < toks.size() && mentionAt(toks, k + 1, inSentence) != null
                    && mentionAt(toks, k + 1, inSentence).type() == EntityType.LOCATION;
            if ((w.equals("a") || w.equals("pour") || cityWithArticle) && k + 1 < toks.size()
                    && !(k > 0 && words.seatParticiples.containsWord(toks.get(k - 1))) && !heldSideEventBefore(toks, k, hits)) {
                // not `l'organisation basée à Jakarta (Indonésie)`: a body's seat, not where the meeting is
                Mention named = mentionAt(toks, k + 1, inSentence);
                Mention city = cityOfAVenue(toks, named, inSentence);
                if (city != null && (city.type() == EntityType.LOCATION || city.type() == EntityType.COUNTRY)
                        && !topicMeetingBefore(toks, k, mainEvent)) {
                    Placed p = afterCity(toks, tokenAfter(toks, city), inSentence, city);
                    if (p == null && (w.equals("a") || cityWithArticle) && city.type() == EntityType.LOCATION
                            && (placedByWhatPrecedes(toks, k, inSentence, hits) || apposedToTheMeeting(toks, k, city, inSentence))) {
                        String id = words.countryOfPlace(city.text());
                        p = id == null ? null : new Placed(null, id, toks.get(k).word() + " " + named.text());
                    }
                    if (p != null && !datedInThePast(words, toks, tokenAfter(toks, city))) {
                        out.add(p);
                    }
                }
            }
            // `lors d'un sommet vendredi à Chypre`: an island state takes `à`, like a city
            boolean stateWithA = w.equals("a") && countryAt(toks, k + 1, inSentence) != null;
            if ((w.equals("en") || w.equals("au") || w.equals("aux") || stateWithA)
                    && (namesTheMeetingBefore(toks, k, inSentence) || gatheredThereForTheMeeting(toks, k, inSentence))) {
                // a named meeting of the calendar (`les échéances, comme le Forum X en Thaïlande`) keeps its host row:
                // the example's gold counts it (shared/example), as the guide's `accueillera la prochaine édition`
                Mention c = countryAt(toks, k + 1, inSentence);
                // (h38-hotes4) `Après les réunions de Lima au Pérou, en 2008, …`: a country dated by a past year right
                // after it is an earlier meeting's place, as a city so dated is
                if (c != null && !datedInThePast(words, toks, tokenAfter(toks, c))) {
                    out.add(new Placed(c, c.entityId(), toks.get(k - 1).word() + " " + toks.get(k).word() + " " + c.text()));
                }
            }
            if (w.equals("de") && k > 0 && k + 1 < toks.size() && words.placeNouns.containsWord(toks.get(k - 1))) {
                // `dans la ville de Yokohama, Japon`, `dans la ville de Tianjin (Chine)`: the city a place noun names, with its country
                Mention city = mentionAt(toks, k + 1, inSentence);
                Placed p = city == null || city.type() != EntityType.LOCATION ? null : afterCity(toks, tokenAfter(toks, city), inSentence, city);
                if (p != null && !datedInThePast(words, toks, tokenAfter(toks, city))) {
                    out.add(p);
                }
            }
            if (w.equals("sur") && placedByWhatPrecedes(toks, k, inSentence, hits)) {
                // (h58-c) `s'est achevé sur l'île de Langkawi, en Malaisie`: an island placed like a city, its state written
                // out after it, by a verb of holding or the meeting's name before it (not `le tourisme sur l'île de X`)
                Placed p = islandWithItsState(toks, k + 1, inSentence);
                if (p != null) {
                    out.add(p);
                }
            }
            if (w.equals("dans") || w.equals("a")) {
                Placed p = demonymPlace(toks, k + 1);
                if (p == null) {
                    p = placeOfACountry(toks, k + 1, inSentence);
                }
                if (p != null) {
                    out.add(p);
                }
            }
        }
        return out;
    }

    /**
     * `s'est tenu au Palais des congrès de Marrakech`, `au Musée d'art moderne de Rio de Janeiro`: a venue named after
     * its city places the meeting in that city; the city is the place mention the venue's name ends on, or the one its
     * `de` complement names right after it. Any other mention is returned as it is.
     */
    private Mention cityOfAVenue(List<Token> toks, Mention m, List<Mention> inSentence) {
        if (m == null || m.type() != EntityType.LOCATION || words.countryOfPlace(m.text()) != null) {
            return m;
        }
        for (Mention inner : inSentence) {
            if (inner != m && inner.type() == EntityType.LOCATION && inner.start() > m.start() && inner.end() == m.end()
                    && words.countryOfPlace(inner.text()) != null) {
                return inner;
            }
        }
        int after = tokenAfter(toks, m);
        if (after + 1 < toks.size() && words.complementMarkers.containsWord(toks.get(after))) {
            Mention next = mentionAt(toks, after + 1, inSentence);
            if (next != null && next.type() == EntityType.LOCATION && words.countryOfPlace(next.text()) != null) {
                return next;
            }
        }
        return m;
    }

    /** The words every place reading opens on (folded). */
    /** How far back from the place word the marker of a first plan may stand (`Initialement prévue en 2020 à`). */
    private static final int PLAN_REACH = 6;

    /**
     * (h30-climat) `Initialement prévue en 2020 à Kunming, en Chine, …`, `qui devait initialement se tenir à Kunming`: a
     * place that a marker of a first plan (`initially_markers`) puts before the place word, in its clause (commas
     * aside), is where the meeting was to be held, not where it is.
     */
    private boolean initiallyPlanned(List<Token> toks, int at) {
        for (int k = at - 1; k >= 0 && k >= at - PLAN_REACH; k--) {
            String w = toks.get(k).word();
            if (w.equals(".") || w.equals(";") || w.equals(":")) {
                return false;
            }
            if (words.initiallyMarkers.contains(w) || RoleWords.containsPhrase(toks.subList(k, at), words.initiallyPhrases)) {
                return true;
            }
        }
        return false;
    }

    private static final java.util.Set<String> PLACE_WORDS = java.util.Set.of("a", "au", "aux", "en", "pour", "dans", "de", "sur");
    /** (h58-c) The nouns of an island, the place that takes `sur` as a city takes `à` (`sur l'île de Langkawi`). */
    private static final java.util.Set<String> ISLAND_NOUNS = java.util.Set.of("ile", "iles");

    /** How far before a place a `dernier` or `précédent` meeting may stand (`Le dernier sommet classique a eu lieu à`). */
    private static final int EARLIER_WINDOW = 8;

    /**
     * A place after a `dernier` or `précédent` meeting in a sentence dated by a year or a month gone by (`en mai
     * dernier`): `Le dernier sommet classique a eu lieu à Bamako, au Mali, en 2017`, `… avec le dernier organisé à Montpellier, en France, en 2021`. The adjective
     * qualifies a meeting noun next to it, or stands for one after its article (`le dernier organisé`); `la semaine
     * dernière` dates, it names no meeting.
     */
    private boolean earlierDatedMeetingBefore(List<Token> toks, int at) {
        int reach = EARLIER_WINDOW;
        for (int j = at - 1; j >= Math.max(0, at - reach); j--) {
            String w = toks.get(j).word();
            if (w.equals(".") || w.equals(";")) {
                return false;
            }
            if (words.monthNames.contains(w.toLowerCase(java.util.Locale.ROOT)) || org.summitcoverage.extract.Words.isYear(w)) {
                // (h46-faux13) a date between the meeting and its place counts for nothing: `leur dernière rencontre en
                // personne, en juin 2019, à Osaka, au Japon`
                reach++;
                continue;
            }
            if (!words.lastMeetingAdjectives.contains(w) && !words.earlierMeetingAdjectives.contains(w)) {
                continue;
            }
            for (int n = Math.max(0, j - 2); n <= Math.min(toks.size() - 1, j + 2); n++) {
                if (words.meetingNouns.containsWord(toks.get(n))) {
                    return true;
                }
            }
            if (j > 0 && words.definiteArticles.containsWord(toks.get(j - 1)) && j + 1 < at
                    && toks.get(j + 1).word().matches(".*(é|ée|és|ées|tenu|tenue|tenus|tenues)")) {
                return true; // `le dernier organisé à Montpellier`
            }
        }
        return false;
    }

    /**
     * `qui ont débuté au Caire en 1946`, `organisé à Montpellier, en France, en 2021`, `tenue à Lomé en avril 2025`: a place dated by its (month and) year right
     * after it (past its country), in a sentence that tells of no future, is an earlier meeting's; the article's own
     * meeting is dated by its day (`lundi`, `le 3 mai`). `Le prochain sommet se réunira au Kazakhstan en 2025` stays.
     */
    private static boolean datedInThePast(RoleWords words, List<Token> toks, int after) {
        if (datedLastMonth(words, toks, after)) {
            return true;
        }
        int j = after;
        for (int hop = 0; hop < 2 && j + 1 < toks.size(); hop++) {
            if (toks.get(j).word().equals(",")) {
                j++;
            }
            String w = fold(toks, j);
            if (!w.equals("en") && !w.equals("au") && !w.equals("aux")) {
                return false;
            }
            int y = j + 1;
            if (y + 1 < toks.size() && words.monthNames.contains(toks.get(y).word().toLowerCase(java.util.Locale.ROOT))) {
                y++; // `tenue à Ouagadougou en avril 2025`: a month before the year dates it the same way
            }
            if (org.summitcoverage.extract.Words.isYear(toks.get(y).word())) {
                return toks.stream().noneMatch(t -> FUTURE.matcher(t.word()).matches());
            }
            j += 2; // `, en France` before the year
        }
        return false;
    }

    /**
     * (h25-europe) `la réunion qui s'est tenue à Washington le 19 août dernier`, `tenue à Rome en mai dernier`: a place
     * dated right after it by a month that `dernier` puts behind us is an earlier meeting's, whatever tense the rest of
     * the sentence is in (`…, les dirigeants discuteront`): the adjective dates the meeting, not the sentence.
     */
    private static boolean datedLastMonth(RoleWords words, List<Token> toks, int after) {
        int j = after < toks.size() && toks.get(after).word().equals(",") ? after + 1 : after;
        if (j >= toks.size()) {
            return false;
        }
        String w = fold(toks, j);
        if (w.equals("le")) {
            j++;
            if (j < toks.size() && toks.get(j).word().matches("\\d{1,2}(er)?|1er")) {
                j++; // `le 19 août dernier`, `le 1er mars dernier`
            }
        } else if (w.equals("en") || w.equals("début") || w.equals("fin") || w.equals("mi")) {
            j++; // `en mai dernier`, `début mars dernier`
        } else {
            return false;
        }
        return j + 1 < toks.size() && words.monthNames.contains(toks.get(j).word().toLowerCase(java.util.Locale.ROOT))
                && words.lastMeetingAdjectives.containsWord(toks.get(j + 1));
    }

    /** Future and conditional forms (`se tiendra`, `aura lieu`, `accueilleront`, `serait`): lower-case words only. */
    private static final java.util.regex.Pattern FUTURE = java.util.regex.Pattern.compile("\\p{Ll}{2,}(ra|ront|rait|raient)");

    /** What follows a city names its country: `, au Nigeria`, `(Nigeria)`, `aux Émirats`, `, la capitale du Kazakhstan`. */
    private Placed afterCity(List<Token> toks, int j, List<Mention> inSentence, Mention city) {
        Placed p = placeAfterCity(toks, j, inSentence, city);
        // (h49-faux16) `les crises à Madagascar, au Zimbabwe ou en RDC`: a state lies in no other state, so a state
        // followed by another is a list of states, not a city and its country
        return p != null && city.type() == EntityType.COUNTRY && !city.entityId().equals(p.countryId()) ? null : p;
    }

    private Placed placeAfterCity(List<Token> toks, int j, List<Mention> inSentence, Mention city) {
        if (j >= toks.size()) {
            return null;
        }
        String w = fold(toks, j);
        int k = w.equals(",") ? j + 1 : j;
        String x = k < toks.size() ? fold(toks, k) : "";
        if (x.equals("en") || x.equals("au") || x.equals("aux")) {
            Mention c = countryAt(toks, k + 1, inSentence);
            return c == null ? null : new Placed(c, c.entityId(), city.text() + " " + toks.get(k).word() + " " + c.text());
        }
        if (w.equals("(")) {
            Mention c = countryAt(toks, j + 1, inSentence);
            return c == null ? null : new Placed(c, c.entityId(), city.text() + " (" + c.text() + ")");
        }
        if (w.equals(",") && k < toks.size()) {
            // `dans la ville de Yokohama, Japon, le 18e sommet …`: the bare country between commas, as in `(Japon)`
            Mention c = countryAt(toks, k, inSentence);
            int after = c == null ? -1 : tokenAfter(toks, c);
            if (c != null && c.start() == toks.get(k).start() && after < toks.size()
                    && Set.of(",", ".", ";", ")").contains(toks.get(after).word())) {
                return new Placed(c, c.entityId(), city.text() + ", " + c.text());
            }
        }
        if (w.equals(",")) {
            int n = k;
            while (n < toks.size() && words.definiteArticles.containsWord(toks.get(n))) {
                n++;
            }
            if (n + 1 < toks.size() && fold(toks, n).equals("capitale")) {
                for (int c = n + 1; c < Math.min(toks.size(), n + 4); c++) {
                    Mention m = countryAt(toks, c, inSentence);
                    if (m != null) {
                        return new Placed(m, m.entityId(), city.text() + ", capitale " + m.text());
                    }
                }
            }
            if (x.equals("dans") || x.equals("a")) {
                return demonymPlace(toks, k + 1);
            }
        }
        return null;
    }

    /**
     * (h29-ue) `s'est tenu dans la capitale de la Macédoine du Nord, Skopje`, `à la capitale du Kazakhstan`: a place noun
     * whose `de` complement is a state, as the demonym is in `la capitale tunisienne`.
     */
    private Placed placeOfACountry(List<Token> toks, int k, List<Mention> inSentence) {
        while (k < toks.size() && words.definiteArticles.containsWord(toks.get(k))) {
            k++;
        }
        if (k + 1 >= toks.size() || !words.placeNouns.containsWord(toks.get(k))) {
            return null;
        }
        int n = k + 1;
        if (!Words.isDe(fold(toks, n))) {
            return null;
        }
        n++;
        while (n < toks.size() && words.definiteArticles.containsWord(toks.get(n))) {
            n++;
        }
        Mention c = countryAt(toks, n, inSentence);
        return c == null ? null : new Placed(c, c.entityId(), toks.get(k).word() + " " + toks.get(k + 1).word() + " " + c.text());
    }

    /** `l'île de Langkawi, en Malaisie`, `l'île Maurice (Maurice)`: an island place followed by its state, else null. */
    private Placed islandWithItsState(List<Token> toks, int k, List<Mention> inSentence) {
        while (k < toks.size() && words.definiteArticles.containsWord(toks.get(k))) {
            k++;
        }
        Mention island = mentionAt(toks, k, inSentence);
        if (island == null || island.type() != EntityType.LOCATION || !ISLAND_NOUNS.contains(fold(toks, k))
                || datedInThePast(words, toks, tokenAfter(toks, island))) {
            return null;
        }
        return afterCity(toks, tokenAfter(toks, island), inSentence, island);
    }

    /** How many words may stand between a verb of holding and the side event it holds (`a tenu lundi une conférence de presse`). */
    private static final int SIDE_EVENT_VERB_WINDOW = 3;

    /**
     * (h29-ue) `il a tenu une conférence de presse à Moscou`, `a organisé un dîner à Bruxelles`: a side event (a briefing,
     * a dinner) that a verb of holding governs right before the place is what the place is given for, not the meeting.
     * A briefing placed without such a verb (`lors d'une conférence de presse à Pékin, à l'issue du sommet`) is held at the
     * meeting and still places it.
     */
    private boolean heldSideEventBefore(List<Token> toks, int at, List<Hit> hits) {
        for (List<String> p : words.sideEventPhrases) {
            int start = at - p.size();
            if (start < 0 || RoleWords.phraseEnd(toks, start, p) != at) {
                continue;
            }
            for (Hit h : hits) {
                boolean holds = h.kind() == CueKind.VENUE || h.kind() == CueKind.VERB && h.role() == RoleType.HOST;
                if (holds && h.end() <= start && start - h.end() <= SIDE_EVENT_VERB_WINDOW) {
                    return true;
                }
            }
        }
        return false;
    }

    /** `la capitale tunisienne`, `la ville sud-africaine de Durban`, `la province nord-ouest chinoise`. */
    private Placed demonymPlace(List<Token> toks, int k) {
        while (k < toks.size() && words.definiteArticles.containsWord(toks.get(k))) {
            k++;
        }
        if (k >= toks.size() || !words.placeNouns.containsWord(toks.get(k))) {
            return null;
        }
        for (int d = k + 1; d < Math.min(toks.size(), k + 2 + DEMONYM_SLACK); d++) {
            String id = words.countryOfDemonym(toks.get(d).word());
            if (id != null) {
                return new Placed(null, id, toks.get(k).word() + " " + toks.get(d).word());
            }
            if (!Character.isLowerCase(toks.get(d).word().charAt(0))) {
                return null;
            }
        }
        return null;
    }

    /**
     * A city alone places the meeting only right after what holds it there: a verb of holding a few words before
     * (`s'est tenu lundi à Séoul`), or the meeting's noun or name (`le sommet à Séoul`, `Sommet de l'UA à Malabo`).
     */
    private boolean placedByWhatPrecedes(List<Token> toks, int at, List<Mention> inSentence, List<Hit> hits) {
        if (namesTheMeetingBefore(toks, at, inSentence)) {
            return true;
        }
        for (Hit h : hits) {
            // `se tiendra à Lima`, `Le Pérou accueille lundi à Lima le sommet`
            boolean holds = h.kind() == CueKind.VENUE || h.kind() == CueKind.VERB && h.role() == RoleType.HOST;
            if (holds && h.end() <= at && at - h.end() < VERB_WINDOW && !bareParticiple(toks, h)) {
                return true;
            }
        }
        for (int k = Math.max(0, at - VERB_WINDOW); k < at; k++) {
            if (words.placingVerbs.containsWord(toks.get(k))) {
                return true;
            }
        }
        return false;
    }

    /**
     * `le sommet organisé à Paris en 2025`: a participle without its auxiliary qualifies a noun, often another
     * meeting than the one the sentence holds; only a verb (`a été organisé à Paris`, `accueille à Rome`) places it.
     */
    private boolean bareParticiple(List<Token> toks, Hit h) {
        String last = toks.get(h.end() - 1).word().toLowerCase(java.util.Locale.ROOT);
        if (h.end() - h.first() > 1 || !last.matches(".*(é|ée|és|ées|u|ue|us|ues|i|ie|is|ies)")) {
            return false;
        }
        for (int k = Math.max(0, h.first() - 2); k < h.first(); k++) {
            if (words.auxiliaries.containsWord(toks.get(k))) {
                return false;
            }
        }
        return !qualifiesAnIndefiniteMeeting(toks, h.first()) && !placesTheOpeningMeeting(toks, h);
    }

    /**
     * (h38-hotes4) `Organisé à Lomé, le sommet a réuni …`, `Tenue à Kigali, la conférence …`, `Le forum, organisé à
     * Abuja, a …`: a participle opening the sentence before a subject that opens on the meeting's noun after its comma,
     * or set off by commas right after such an opening subject, places the meeting the sentence tells of, as a verb does.
     */
    private boolean placesTheOpeningMeeting(List<Token> toks, Hit h) {
        if (h.first() == 0) {
            int comma = h.end();
            while (comma < toks.size() && !toks.get(comma).word().equals(",")) {
                comma++;
            }
            return opensOnAMeetingNoun(toks, comma + 1);
        }
        return h.first() == 3 && toks.get(2).word().equals(",") && opensOnAMeetingNoun(toks, 0);
    }

    /** A determiner (`le`, `la`, `cette`) and a meeting noun at {@code k}: `le sommet`, `la conférence`. */
    private boolean opensOnAMeetingNoun(List<Token> toks, int k) {
        return k + 1 < toks.size() && words.definiteArticles.contains(toks.get(k).word().toLowerCase(java.util.Locale.ROOT))
                && words.meetingNouns.contains(toks.get(k + 1).word().toLowerCase(java.util.Locale.ROOT));
    }

    /** How far before its participle an indefinite meeting noun may stand, past its complements (`une conférence des ministres de la Justice des États membres du Conseil de l'Europe organisée`). */
    private static final int INDEFINITE_WINDOW = 12;

    /**
     * (h26-ia) `lors d'un sommet sur l'IA organisé à New Delhi`, `lors d'une conférence des ministres organisée à Vilnius`:
     * a meeting brought in with `un` / `une` is the one the sentence tells of, not one it points back to, and the
     * participle that places it places the article's meeting. Only within the phrase: a pause ends the search.
     */
    private boolean qualifiesAnIndefiniteMeeting(List<Token> toks, int participle) {
        for (int j = participle - 1; j >= Math.max(1, participle - INDEFINITE_WINDOW); j--) {
            String w = toks.get(j).word();
            if (w.equals(",") || w.equals(";") || w.equals(":") || w.equals(".") || w.equals("(") || w.equals(")")) {
                return false;
            }
            if (words.meetingNouns.contains(w.toLowerCase(java.util.Locale.ROOT))) {
                String before = toks.get(j - 1).word().toLowerCase(java.util.Locale.ROOT);
                return before.equals("un") || before.equals("une");
            }
        }
        return false;
    }

    /**
     * `Les représentants de 120 pays sont réunis jusqu'au 20 janvier en Ouganda, pour le 19e sommet`: a verb of gathering
     * or holding a few words before the state (`placing_verbs`), in a sentence that names the meeting after it (its
     * noun or its name), places the meeting in that state. Without the meeting after it, `en` + a state may be a topic.
     */
    private boolean gatheredThereForTheMeeting(List<Token> toks, int at, List<Mention> inSentence) {
        boolean verbBefore = false;
        for (int k = Math.max(0, at - VERB_WINDOW); k < at; k++) {
            if (words.placingVerbs.containsWord(toks.get(k))) {
                verbBefore = true;
            } else if (org.summitcoverage.extract.Words.isPunctuation(toks.get(k)) && !toks.get(k).word().equals(",")) {
                verbBefore = false; // a verb of another clause
            }
        }
        if (!verbBefore) {
            return false;
        }
        for (int k = at + 2; k < toks.size(); k++) {
            if (words.meetingNouns.containsWord(toks.get(k))) {
                return true;
            }
            int start = toks.get(k).start();
            if (inSentence.stream().anyMatch(m -> m.type() == EntityType.EVENT && m.start() == start)) {
                return true;
            }
        }
        return false;
    }

    /**
     * (h58-a) `au 18e Sommet de la Francophonie, à Djerba, est un succès`: the city set off by commas right after the
     * meeting's noun or name is an apposition that places it, as `le sommet à Djerba` does.
     */
    private boolean apposedToTheMeeting(List<Token> toks, int at, Mention city, List<Mention> inSentence) {
        if (at < 2 || !toks.get(at - 1).word().equals(",") || !namesTheMeetingBefore(toks, at - 1, inSentence)) {
            return false;
        }
        int after = tokenAfter(toks, city);
        return after >= toks.size() || toks.get(after).word().equals(",") || toks.get(after).word().equals(".");
    }

    /** The meeting's noun or name stands right before the preposition (`le sommet à Séoul`, `Sommet de l'UA en Guinée`). */
    private boolean namesTheMeetingBefore(List<Token> toks, int at, List<Mention> inSentence) {
        if (at > 1 && words.weekdayNames.containsWord(toks.get(at - 1))) {
            at--; // `un sommet vendredi à Chypre`: the day between the meeting and its place
        }
        if (at <= 0) {
            return false;
        }
        int open = bracketedAcronymStart(toks, at);
        if (open > 0) {
            return namesTheMeetingBefore(toks, open, inSentence); // (h58-c) `le 22e Sommet du forum … (APEC) en Chine`
        }
        if (words.situationNouns.containsWord(toks.get(at - 1))) {
            return false; // `le sommet de la paix en Ukraine`: the peace is in Ukraine, the meeting need not be
        }
        if (words.meetingNouns.containsWord(toks.get(at - 1))) {
            return true;
        }
        int beforeEnd = toks.get(at - 1).end();
        return inSentence.stream().anyMatch(m -> m.type() == EntityType.EVENT && m.end() == beforeEnd)
                || meetingNounWithComplements(toks, at);
    }

    /** Most tokens inside the brackets of an acronym (`(APEC)`, `(CCG)`). */
    private static final int ACRONYM_SPAN = 3;

    /** The `(` of a bracketed acronym that ends right before {@code at} (`… Asie-Pacifique (APEC) en`), else -1. */
    private static int bracketedAcronymStart(List<Token> toks, int at) {
        if (!toks.get(at - 1).word().equals(")")) {
            return -1;
        }
        for (int k = at - 2; k >= Math.max(1, at - 2 - ACRONYM_SPAN); k--) {
            String w = toks.get(k).word();
            if (w.equals("(")) {
                return k;
            }
            if (!w.equals(w.toUpperCase(java.util.Locale.ROOT)) || !w.chars().anyMatch(Character::isLetter)) {
                return -1; // `(en 2019)`: no acronym
            }
        }
        return -1;
    }

    /**
     * The meeting's noun, then only its `de` complements, before the preposition: `le sommet de l'action de l'IA en
     * France`, `le sommet des chefs d'État de l'Union africaine au Kenya`. Another preposition (`le sommet sur le
     * nucléaire en Iran`) makes the country the topic, not the place.
     */
    private boolean meetingNounWithComplements(List<Token> toks, int at) {
        int k = at - 1;
        for (int complement = 0; complement < MAX_COMPLEMENTS && k > 0; complement++) {
            int words = 0;
            while (k > 0 && words < 2 && isContentWord(toks.get(k))) {
                if (this.words.situationNouns.containsWord(toks.get(k))) {
                    return false; // `le dialogue de paix ouvert en Colombie`: the peace is in Colombia, not the meeting
                }
                k--;
                words++;
            }
            if (words == 0) {
                return false;
            }
            while (k > 0 && this.words.definiteArticles.containsWord(toks.get(k))) {
                k--;
            }
            if (!this.words.complementMarkers.containsWord(toks.get(k))) {
                return false;
            }
            k--;
            if (k >= 0 && this.words.meetingNouns.containsWord(toks.get(k))) {
                return true;
            }
        }
        return false;
    }

    private boolean isContentWord(Token t) {
        String w = t.folded();
        return Character.isLetterOrDigit(w.isEmpty() ? ' ' : w.charAt(0)) && !words.definiteArticles.contains(w)
                && !words.complementMarkers.contains(w) && !words.placePrepositions.contains(w);
    }

    private boolean speaksOfTheMeeting(List<Token> toks, List<Mention> inSentence, List<Hit> hits) {
        if (inSentence.stream().anyMatch(m -> m.type() == EntityType.EVENT)
                || hits.stream().anyMatch(h -> h.role() != null && ANCHORS.contains(h.kind()))) {
            return true;
        }
        return toks.stream().anyMatch(t -> words.meetingNouns.containsWord(t) || words.meetingWords.containsWord(t)
                || words.placingVerbs.containsWord(t));
    }

    /**
     * `lors de la conférence sur la Somalie prévue le 7 mai à Londres`: a meeting noun with its own topic (`sur`) in
     * the words before the place, of another kind than the article's meeting (its noun not in the main event's name),
     * places that meeting, not the article's.
     */
    private boolean topicMeetingBefore(List<Token> toks, int k, String mainEvent) {
        if (mainEvent == null || mainEvent.isEmpty()) {
            return false;
        }
        String main = TextFolding.fold(mainEvent);
        for (int n = k - 2; n >= Math.max(0, k - TOPIC_WINDOW); n--) {
            // (h42-faux9) an adjective may stand before the topic: `conférence internationale sur le climat, organisée à Bonn`
            boolean topic = fold(toks, n + 1).equals("sur") || n + 2 < k && fold(toks, n + 2).equals("sur")
                    && toks.get(n + 1).word().matches("\\p{Ll}+");
            if (words.meetingNouns.containsWord(toks.get(n)) && topic && !main.contains(fold(toks, n))) {
                return true;
            }
        }
        return false;
    }

    /**
     * (h33-relais) Every meeting the sentence names is another body's (`Une réunion du G7 aura lieu à Rome, en Italie`):
     * each meeting noun is `OtherBodysMeeting`, and (h56-sweepc) each event it names is `OtherBodysNamedMeeting`
     * (`le sommet de l'OCI qui doit avoir lieu à Dakar au Sénégal`, in an article on the Arab League's).
     */
    private boolean onlyOtherBodysMeetings(List<Token> toks, List<Mention> inSentence, List<Mention> all, String mainEvent,
                                           String mainEventName) {
        List<Mention> events = inSentence.stream().filter(m -> m.type() == EntityType.EVENT).toList();
        for (Mention e : events) {
            if (!OtherBodysNamedMeeting.is(e, inSentence, all, mainEvent, mainEventName)) {
                return false;
            }
        }
        boolean any = !events.isEmpty();
        for (int k = 0; k < toks.size(); k++) {
            int at = toks.get(k).start();
            if (events.stream().anyMatch(e -> e.start() <= at && at < e.end())) {
                continue; // (h56-sweepc) the noun that opens another body's named meeting: read above
            }
            if (words.meetingNouns.containsWord(toks.get(k))) {
                int kk = k;
                if (!OtherBodysMeeting.at(words, toks, kk, c -> mentionStartingAt(inSentence, c), all)) {
                    return false;
                }
                any = true;
            }
        }
        return any;
    }

    private static Mention mentionStartingAt(List<Mention> inSentence, int start) {
        for (Mention m : inSentence) {
            if (m.start() == start) {
                return m;
            }
        }
        return null;
    }

    /** `la prochaine édition`, `le sommet précédent`: a marker of another meeting next to a meeting noun. */
    private boolean speaksOfAnotherMeeting(List<Token> toks) {
        for (int k = 0; k < toks.size(); k++) {
            if (AnotherMeetingNoun.at(words, toks, k)) {
                return true; // `Nous aurons un autre sommet en Mauritanie en juillet`
            }
            if (words.otherMeetingMarkers.containsWord(toks.get(k))) {
                for (int n = Math.max(0, k - 2); n < Math.min(toks.size(), k + 3); n++) {
                    if (words.meetingNouns.containsWord(toks.get(n))) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private static Mention countryAt(List<Token> toks, int k, List<Mention> inSentence) {
        Mention m = k < toks.size() ? mentionAt(toks, k, inSentence) : null;
        return m != null && m.type() == EntityType.COUNTRY ? m : null;
    }

    private static Mention mentionAt(List<Token> toks, int k, List<Mention> inSentence) {
        int start = toks.get(k).start();
        for (Mention m : inSentence) {
            if (m.start() == start) {
                return m;
            }
        }
        return null;
    }

    /** The index of the first token after the mention. */
    private static int tokenAfter(List<Token> toks, Mention m) {
        int k = 0;
        while (k < toks.size() && toks.get(k).start() < m.end()) {
            k++;
        }
        return k;
    }

    private static String fold(List<Token> toks, int k) {
        return toks.get(k).folded();
    }
}
