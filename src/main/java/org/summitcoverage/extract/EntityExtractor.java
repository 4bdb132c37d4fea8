package org.summitcoverage.extract;

import org.summitcoverage.dict.RomanNumerals;
import org.summitcoverage.dict.DictEntry;
import org.summitcoverage.dict.Dictionaries;
import org.summitcoverage.dict.Kind;
import org.summitcoverage.dict.TextFolding;
import org.summitcoverage.extract.roles.RoleCueLexicon;
import org.summitcoverage.model.Entity;
import org.summitcoverage.model.EntityType;
import org.summitcoverage.model.Mention;
import org.summitcoverage.nlp.AnnotatedText;
import org.summitcoverage.nlp.Sentence;
import org.summitcoverage.nlp.Token;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Set;
import java.util.Map;

/**
 * The entity half of the extract stage: dictionary matches, event names and the tagger's spans become
 * typed, normalised mentions, and the variants of one entity within the article (surname repeats,
 * shorter and longer names of one meeting) are merged under one id.
 */
public final class EntityExtractor {
    private final Dictionaries dict;
    private final GazetteerMatcher gazetteer;
    private final EventRecognizer events;
    private final NerSpanReader nerSpans;
    private final TitledNames titledNames;
    private final SiteRecognizer sites;
    private final BodyNameRecognizer bodies;
    private final LeaderGovernmentRecognizer leaders;
    private final AcronymExpansions acronyms;

    public EntityExtractor(Dictionaries dict) {
        this.dict = dict;
        this.gazetteer = new GazetteerMatcher(dict);
        this.events = new EventRecognizer(dict);
        this.nerSpans = new NerSpanReader(dict);
        this.titledNames = new TitledNames(dict);
        this.sites = new SiteRecognizer(dict);
        this.bodies = new BodyNameRecognizer(dict);
        this.leaders = new LeaderGovernmentRecognizer(dict);
        this.acronyms = new AcronymExpansions(dict);
    }

    /** The entities and mentions of one article. */
    public record Result(List<Entity> entities, List<Mention> mentions) {
    }

    public Result extract(AnnotatedText doc) {
        String text = doc.text();
        LowercaseVocabulary lower = new LowercaseVocabulary(doc);
        List<Candidate> all = new ArrayList<>();
        for (Sentence s : doc.sentences()) {
            List<Candidate> fromDict = gazetteer.match(text, s);
            List<Candidate> fromEvents = events.recognize(text, s, fromDict);
            fromDict = bodies.organsOfKnownBodies(text, s, fromDict, fromEvents);
            QuotedNames.Split quoted = QuotedNames.enclosing(text, s, fromDict, fromEvents);
            List<Candidate> quotedNames = quoted.names();
            fromDict = quoted.keptMatches();
            all.addAll(fromEvents);
            all.addAll(fromDict);
            java.util.Set<Integer> claimed = new java.util.HashSet<>();
            for (Candidate c : quotedNames) {
                all.add(normaliseNerCandidate(c));
                for (int k = c.firstToken(); k < c.endToken(); k++) {
                    claimed.add(k);
                }
            }
            for (Candidate c : fromDict) {
                for (int k = c.firstToken(); k < c.endToken(); k++) {
                    claimed.add(k);
                }
            }
            for (Candidate c : fromEvents) {
                for (int k = c.firstToken(); k < c.endToken(); k++) {
                    claimed.add(k);
                }
            }
            java.util.Set<Integer> knownPlaces = new java.util.HashSet<>();
            for (Candidate c : fromDict) {
                if (c.type() == EntityType.LOCATION || c.type() == EntityType.ORGANIZATION) {
                    for (int k = c.firstToken(); k < c.endToken(); k++) {
                        knownPlaces.add(k);
                    }
                }
            }
            List<Candidate> fromSites = new ArrayList<>(sites.recognize(text, s, claimed, knownPlaces));
            for (Candidate c : fromSites) {
                for (int k = c.firstToken(); k < c.endToken(); k++) {
                    claimed.add(k);
                }
            }
            fromSites.addAll(bodies.recognize(text, s, claimed));
            fromSites.addAll(leaders.recognize(text, s, claimed));
            all.addAll(fromSites);
            for (Candidate c : fromSites) {
                for (int k = c.firstToken(); k < c.endToken(); k++) {
                    claimed.add(k);
                }
            }
            for (Candidate c : nerSpans.read(text, s, lower, claimed)) {
                if (overlapsAny(c, fromDict) || overlapsAny(c, fromEvents) || overlapsAny(c, fromSites)) {
                    continue;
                }
                if (c.endToken() - c.firstToken() == 1 && RoleCueLexicon.shared().startsVerbCue(TextFolding.fold(c.text()))) {
                    continue; // a participle opening the sentence (`Coorganisé par la Corée du Sud, …`), not a name
                }
                if (stateAcronymWrittenAsAWord(c)) {
                    continue;
                }
                all.add(normaliseNerCandidate(c));
            }
        }
        all.removeIf(c -> c.type() == EntityType.ORGANIZATION && c.endToken() <= datelineEnd(doc, c.sentenceIndex()));
        // (h57-entites23) `Kribi, 3/5/2025 -(APS)-`: a dateline names a place and an agency, never a person; a name
        // the tagger reads there as a person is the place (or an agency's office code)
        all.removeIf(c -> c.type() == EntityType.PERSON && c.endToken() <= datelineEnd(doc, c.sentenceIndex()));
        all.removeIf(c -> c.type() == EntityType.LOCATION && afterATerritorialTitle(doc, c));
        all.removeIf(c -> c.type() == EntityType.LOCATION && familyNamedByAPluralArticle(doc, c));
        all.sort(Comparator.comparingInt(Candidate::sentenceIndex).thenComparingInt(Candidate::start));
        all = placesOpeningAPersonName(doc, all);
        all = titledNames.apply(doc, all);
        all = surnamesTaggedAsPlaces(all);
        all = NamesBeforeAnAge.apply(doc, all);
        all = placesEndingAPersonName(doc, all);
        all = companiesNamedByTheirTrade(doc, all);
        all = namesOfNonGovernmentalBodies(doc, all);
        all = placesNamedAfterTheirNoun(doc, all);
        all = namesAfterAPluralTitle(doc, all);
        all = namesListedWithPersons(doc, all);
        all = capitalsOfGoverningStates(doc, all);
        all = regionCodesAfterPlaces(doc, all);
        all = firstNamesLeftOut(doc, all);
        all = surnamesLeftUntagged(doc, all, lower);
        all = NamesWithAGluedParticle.apply(dict, doc, all);
        Map<Candidate, Candidate> initialsOf = personInitials(doc, all);
        nicknames(doc, all).forEach(initialsOf::putIfAbsent);
        all.removeAll(initialsOf.keySet());
        all = outletsNamedByTheirFirstWord(all);
        all = OutletsNamedAsASource.apply(dict, doc, all);
        all = AirlinesNamedAfterAPlace.apply(doc, all);
        all = OutletsNamedAfterAPlace.apply(dict, doc, all);
        all = PartiesNamedByTheirNoun.apply(dict, doc, all);
        all.removeIf(this::notionReadAsABody);
        all = acronyms.apply(doc, all);
        all = BodiesNamedByTheirHead.apply(dict, doc, all);
        all = ElidedPlaceCoordination.apply(dict, doc, all);
        all = ElidedPlaceCoordination.pluralHeads(dict, doc, all);
        all = eventShortNames(doc, all);
        all = eventProperNames(doc, all);
        // (h62-ents) `a déclaré le Président de l'Ukraine sur son canal Telegram`: a social network alone is a medium, no
        // person nor place, whichever reading named it (a title's rule took it for the name the title lacked)
        all.removeIf(c -> (c.type() == EntityType.PERSON || c.type() == EntityType.LOCATION)
                && dict.socialNetworks.contains(c.text().strip()));
        List<Candidate> identified = new ArrayList<>();
        identified.addAll(new PersonResolver(dict).resolve(doc, only(all, EntityType.PERSON), all));
        for (Map.Entry<Candidate, Candidate> e : initialsOf.entrySet()) {
            for (Candidate p : new ArrayList<>(identified)) {
                if (p.type() == EntityType.PERSON && p.start() == e.getValue().start() && p.end() == e.getValue().end()) {
                    Candidate c = e.getKey();
                    identified.add(new Candidate(EntityType.PERSON, p.entityId(), p.canonical(), p.countryCode(),
                            c.sentenceIndex(), c.firstToken(), c.endToken(), c.start(), c.end(), c.text(), c.nerLabel(),
                            c.method()));
                    break;
                }
            }
        }
        identified.addAll(meetingsNamedByTheirPlace(doc, bracketedEventNames(doc, resolveEvents(doc, only(all, EntityType.EVENT), all)), all));
        for (Candidate c : all) {
            if (c.type() != EntityType.PERSON && c.type() != EntityType.EVENT) {
                identified.add(c);
            }
        }
        identified.removeIf(c -> cutByTheTextEnd(doc, c));
        identified.sort(Comparator.comparingInt(Candidate::start).thenComparingInt(Candidate::end));
        return new Result(entities(identified), mentions(identified));
    }

    /**
     * (h39-entites6) `Eurokaz News, section Afrique` … `Eurokaz peut vous aider …`: a news outlet's name, a body the tagger
     * read whose last word is a media word (`dict/media_suffixes.txt`), is often written in the site's furniture
     * without that word; the tagger's span that is exactly the rest of the name is the same outlet, no place or person.
     */
    private List<Candidate> outletsNamedByTheirFirstWord(List<Candidate> all) {
        Map<String, Candidate> outletOf = new HashMap<>();
        List<Candidate> named = new ArrayList<>(all.size());
        for (Candidate c : all) {
            String name = c.text().strip();
            int space = name.lastIndexOf(' ');
            if (space > 0 && c.method().equals("ner") && c.type() != EntityType.EVENT
                    && dict.mediaSuffixes.contains(name.substring(space + 1))) {
                // `Baobakaz Infos`, which the tagger may call a person: the outlet's whole name is a body
                if (c.type() != EntityType.ORGANIZATION) {
                    c = c.asOrganization();
                }
                outletOf.putIfAbsent(TextFolding.fold(name.substring(0, space)), c);
            }
            named.add(c);
        }
        if (outletOf.isEmpty()) {
            return all;
        }
        List<Candidate> out = new ArrayList<>(all.size());
        for (Candidate c : named) {
            Candidate outlet = c.method().equals("ner") && c.type() != EntityType.EVENT
                    ? outletOf.get(TextFolding.fold(c.text().strip())) : null;
            if (outlet != null && dict.lookup(TextFolding.fold(c.text())).isEmpty()) {
                out.add(new Candidate(EntityType.ORGANIZATION, outlet.entityId(), outlet.canonical(), outlet.countryCode(),
                        c.sentenceIndex(), c.firstToken(), c.endToken(), c.start(), c.end(), c.text(), c.nerLabel(),
                        c.method()));
            } else {
                out.add(c);
            }
        }
        return out;
    }

    /**
     * (h39-entites6) `le Printemps arabe`, `la revitalisation du Partenariat mondial`, `l'Engagement mondial sur le
     * méthane`: a tagger's body of exactly a capitalised noun and a lower-case adjective, no dictionary name, whose noun
     * heads no body, organ, group, company or institution (`dict/institution_heads.txt`), names a notion or an era.
     */
    private boolean notionReadAsABody(Candidate c) {
        String[] w = Words.spaceSplit(c.text().strip());
        if (c.type() != EntityType.ORGANIZATION || !c.method().equals("ner") || w.length != 2
                || !Character.isUpperCase(w[0].charAt(0)) || Words.isAllCaps(w[0])
                || !w[1].chars().allMatch(ch -> Character.isLowerCase(ch) || ch == '-')) {
            return false;
        }
        String head = w[0];
        return dict.lookup(TextFolding.fold(c.text())).isEmpty() && !dict.bodyHeads.contains(head)
                && !dict.organHeads.contains(head) && !dict.groupHeads.contains(head)
                && !dict.companyNouns.contains(head) && !dict.institutionHeads.contains(head);
    }

    /**
     * (h39-entites6) `la duchesse de Cornouailles`, `le comte de Paris`: the place after a title of nobility and its
     * `de` is the territory the title is held of (`dict/territorial_titles.txt`), no place the article speaks of.
     */
    private boolean afterATerritorialTitle(AnnotatedText doc, Candidate c) {
        List<Token> toks = tokens(doc, c.sentenceIndex());
        int k = c.firstToken();
        return k >= 2 && Set.of("de", "d'").contains(Words.fold(toks.get(k - 1)))
                && dict.territorialTitles.contains(Words.fold(toks.get(k - 2)));
    }

    /**
     * (h41-entites8) `les Sussex ne se sont pas déplacés`, `les Obama`: `les` before a one-word name the tagger read
     * as a place (no dictionary entry) whose form is no plural (no final -s, -aux, -eux, -oux) names a couple or a
     * family by its title's territory or its surname; plural places (`les Comores`, `les Cévennes`) keep their -s.
     */
    private boolean familyNamedByAPluralArticle(AnnotatedText doc, Candidate c) {
        if (!c.method().equals("ner") || c.endToken() - c.firstToken() != 1 || c.firstToken() < 1) {
            return false;
        }
        List<Token> toks = tokens(doc, c.sentenceIndex());
        String word = Words.fold(toks.get(c.firstToken()));
        if (!Words.fold(toks.get(c.firstToken() - 1)).equals("les") || word.contains("-")
                || word.endsWith("s") || word.endsWith("aux") || word.endsWith("eux") || word.endsWith("oux")) {
            return false;
        }
        return dict.lookup(TextFolding.fold(c.text())).isEmpty();
    }

    /**
     * (h39-entites6) A teaser cut mid-word or mid-name (`… les positions de l'Arge`, `… le Tchadien Mahamat`): a one-word
     * name the tagger read (no dictionary entry, no longer name of the article behind it) that is the text's last
     * word, with no full stop after it or only an ellipsis, is a fragment, not an entity.
     */
    private static boolean cutByTheTextEnd(AnnotatedText doc, Candidate c) {
        if (!c.method().equals("ner") || c.endToken() - c.firstToken() != 1 || c.canonical() == null
                || c.canonical().strip().contains(" ")) {
            return false;
        }
        String text = doc.text().stripTrailing();
        if (text.endsWith("…")) {
            text = text.substring(0, text.length() - 1).stripTrailing();
        } else if (text.endsWith("...")) {
            text = text.substring(0, text.length() - 3).stripTrailing();
        }
        return c.end() == text.length();
    }

    /**
     * The tagger often calls a lone surname a place or an organisation (`Ndiaye devra rendre compte`); when the
     * article names a person with that surname, the span is that person; (h59-ent) also without the family name's
     * hyphenated article (`Sissi à Pékin` in a headline, `Abdel Fattah al-Sissi` in the lede).
     */
    private List<Candidate> surnamesTaggedAsPlaces(List<Candidate> all) {
        java.util.Set<String> nameParts = new java.util.HashSet<>();
        java.util.Set<String> fullNames = new java.util.HashSet<>();
        for (Candidate c : all) {
            if (c.type() == EntityType.PERSON && c.endToken() - c.firstToken() > 1) {
                String[] parts = Words.spaceSplit(c.text());
                for (String part : parts) {
                    nameParts.add(TextFolding.fold(part));
                    nameParts.add(PersonResolver.withoutParticle(dict, TextFolding.fold(part)));
                }
                for (int k = 1; k < parts.length; k++) {
                    fullNames.add(TextFolding.fold(String.join(" ", java.util.Arrays.copyOfRange(parts, k, parts.length))));
                }
                fullNames.add(TextFolding.fold(c.text()));
            }
        }
        List<Candidate> out = new ArrayList<>(all.size());
        for (Candidate c : all) {
            String folded = TextFolding.fold(c.text());
            boolean single = c.endToken() - c.firstToken() == 1;
            if (c.method().equals("ner") && c.type() != EntityType.PERSON
                    && (single && nameParts.contains(folded) || fullNames.contains(folded))) {
                out.add(new Candidate(EntityType.PERSON, null, c.text(), "", c.sentenceIndex(), c.firstToken(),
                        c.endToken(), c.start(), c.end(), c.text(), c.nerLabel(), c.method()));
            } else {
                out.add(c);
            }
        }
        return out;
    }

    /**
     * `Espérance Nzeyimana, ministre …`, `a salué Kwabena Asante`: the tagger may leave a person's first name out of the
     * span, mostly at the start of a sentence or when the first name is also a French word. A capitalised word right
     * before a person's name, that no dictionary and no word list knows, no nationality noun (`le Congolais Denis X`),
     * after no article, and that no other candidate holds, is the first name.
     */
    private List<Candidate> firstNamesLeftOut(AnnotatedText doc, List<Candidate> all) {
        List<Candidate> out = new ArrayList<>(all.size());
        for (Candidate c : all) {
            if (c.type() != EntityType.PERSON || c.firstToken() == 0) {
                out.add(c);
                continue;
            }
            List<Token> toks = tokens(doc, c.sentenceIndex());
            int k = c.firstToken() - 1;
            Token t = toks.get(k);
            boolean held = false;
            for (Candidate o : all) {
                held |= o.sentenceIndex() == c.sentenceIndex() && o.firstToken() <= k && k < o.endToken();
            }
            if (held || !isFirstNameWord(t) || !isNameGap(doc.text().substring(t.end(), c.start()))
                    || k > 0 && (toks.get(k - 1).isCapitalized() && !Words.isPunctuation(toks.get(k - 1))
                    || Words.fold(toks.get(k - 1)).endsWith("'") || Words.ARTICLES.contains(Words.fold(toks.get(k - 1))))) {
                out.add(c);
                continue;
            }
            String text = doc.text().substring(t.start(), c.end());
            out.add(new Candidate(EntityType.PERSON, null, text, "", c.sentenceIndex(), k, c.endToken(), t.start(),
                    c.end(), text, c.nerLabel(), c.method()));
        }
        return out;
    }

    private static boolean isNameGap(String between) {
        return !between.isEmpty() && between.isBlank() && between.indexOf('\n') < 0;
    }

    /** A capitalised word (not in capitals) that could be a first name: no dictionary or word list holds it. */
    private boolean isFirstNameWord(Token t) {
        String w = t.word();
        return t.isCapitalized() && w.length() > 1 && !Words.isAllCaps(w)
                && w.chars().allMatch(ch -> Character.isLetter(ch) || ch == '-')
                && (!dict.commonWords.contains(w) || dict.firstNameWords.contains(w)) && !dict.isTitle(w)
                && !dict.stateNouns.contains(w) && dict.lookup(TextFolding.fold(w)).isEmpty() && !nerSpans.isDemonymNoun(w)
                && !dict.socialNetworks.contains(w) // (h43-entites10) `sur Instagram Pedro X`: the medium, no first name
                && !RoleCueLexicon.shared().startsVerbCue(TextFolding.fold(w));
    }

    /**
     * `KOUASSI a signé …`, `Ould Cheikh Tolba a rappelé …`: a person named in full earlier or later in the article,
     * named again by the surname alone (or any tail of the name), where the tagger found nothing. The words must stand
     * on their own (no capitalised word glued before or after them, which would make them part of another name, nor a
     * venue's or a company's noun before them), be no name the dictionaries know and, for one word, no word the word
     * lists know nor one the article writes in lower case when it opens a sentence.
     */
    private List<Candidate> surnamesLeftUntagged(AnnotatedText doc, List<Candidate> all, LowercaseVocabulary lower) {
        java.util.Set<String> tails = new java.util.HashSet<>();
        for (Candidate c : all) {
            if (c.type() == EntityType.PERSON && c.endToken() - c.firstToken() > 1) {
                String[] parts = Words.spaceSplit(c.text().strip());
                for (int k = 1; k < parts.length; k++) {
                    tails.add(TextFolding.fold(String.join(" ", java.util.Arrays.copyOfRange(parts, k, parts.length))));
                }
            }
        }
        if (tails.isEmpty()) {
            return all;
        }
        List<Candidate> added = new ArrayList<>();
        for (Sentence s : doc.sentences()) {
            List<Token> toks = s.tokens();
            boolean[] covered = Candidate.coveredTokens(all, s.index(), toks.size());
            for (int i = 0; i < toks.size(); i++) {
                if (covered[i] || !toks.get(i).isCapitalized()
                        || i > 0 && (toks.get(i - 1).isCapitalized() && !Words.isPunctuation(toks.get(i - 1))
                        || dict.placeNouns.containsWord(toks.get(i - 1)) || dict.venueHeads.containsWord(toks.get(i - 1))
                        || dict.companyNouns.containsWord(toks.get(i - 1)))) {
                    continue;
                }
                int end = -1;
                for (int j = i + 1; j <= toks.size() && j - i <= 4 && !covered[j - 1]; j++) {
                    String span = TextFolding.fold(doc.text().substring(toks.get(i).start(), toks.get(j - 1).end()));
                    if (tails.contains(span)) {
                        end = j;
                    }
                }
                if (end < 0 || end < toks.size() && toks.get(end).isCapitalized() && !Words.isPunctuation(toks.get(end))) {
                    continue;
                }
                boolean sentenceInitial = i == 0 || i == 1 && Words.isPunctuation(toks.get(0));
                String w = toks.get(i).word();
                boolean known = end - i == 1 && (w.length() < 3 || dict.commonWords.contains(w) || dict.isTitle(w)
                        || sentenceInitial && !Words.isAllCaps(w) && lower.contains(TextFolding.fold(w)))
                        || !dict.lookup(TextFolding.fold(doc.text().substring(toks.get(i).start(), toks.get(end - 1).end()))).isEmpty();
                if (known) {
                    continue;
                }
                int start = toks.get(i).start();
                int stop = toks.get(end - 1).end();
                String text = doc.text().substring(start, stop);
                added.add(new Candidate(EntityType.PERSON, null, text, "", s.index(), i, end, start, stop, text, "", "rule"));
                i = end - 1;
            }
        }
        return Candidate.withAdded(all, added);
    }

    /**
     * `le ministre Mauro Vieira Lima a présidé`: a capitalised place name written right after a person's name, with
     * nothing between them, ends that name (a family name that is also a town); French puts a comma, a bracket or a
     * preposition between a person and a place.
     */
    private static List<Candidate> placesEndingAPersonName(AnnotatedText doc, List<Candidate> all) {
        List<Candidate> out = new ArrayList<>(all);
        for (int i = 0; i + 1 < out.size(); i++) {
            Candidate person = out.get(i);
            Candidate place = out.get(i + 1);
            // `Salva` + `Kiir Mayardit` (the tagger cut one name in two), `Aliko` + `Dangote` (a surname the dictionary
            // knows as the family's company): the rest of the name, right after its first part
            boolean restOfName = place.type() == EntityType.PERSON && place.method().equals("ner")
                    || place.type() == EntityType.ORGANIZATION && place.method().equals("gazetteer")
                    && place.endToken() - place.firstToken() == 1;
            if (person.type() != EntityType.PERSON || place.sentenceIndex() != person.sentenceIndex()
                    || place.firstToken() != person.endToken()
                    || !restOfName && (place.endToken() - place.firstToken() != 1
                    || place.type() != EntityType.LOCATION && place.type() != EntityType.COUNTRY)
                    || !doc.text().substring(person.end(), place.start()).isBlank()
                    || !Character.isUpperCase(place.text().charAt(0)) || place.text().equals(place.text().toUpperCase(java.util.Locale.ROOT))) {
                if (surnameAfterDeL(doc, person, place)) {
                    // (h44-entites11) `Jean Claude de l'Estrac`: the tagger cut a family name opening on `de l'` into
                    // a person and a place no list knows
                    String text = doc.text().substring(person.start(), place.end());
                    out.set(i, new Candidate(EntityType.PERSON, null, text, "", person.sentenceIndex(),
                            person.firstToken(), place.endToken(), person.start(), place.end(), text, person.nerLabel(),
                            person.method()));
                    out.remove(i + 1);
                }
                continue;
            }
            String text = doc.text().substring(person.start(), place.end());
            out.set(i, new Candidate(EntityType.PERSON, null, text, "", person.sentenceIndex(), person.firstToken(),
                    place.endToken(), person.start(), place.end(), text, person.nerLabel(), person.method()));
            out.remove(i + 1);
        }
        return out;
    }

    /** A tagger's one-word place no list knows written right after a person with `de l'` alone between them. */
    private static boolean surnameAfterDeL(AnnotatedText doc, Candidate person, Candidate place) {
        if (person.type() != EntityType.PERSON || place.type() != EntityType.LOCATION || !place.method().equals("ner")
                || place.sentenceIndex() != person.sentenceIndex() || place.endToken() - place.firstToken() != 1
                || person.endToken() - person.firstToken() < 2) {
            return false;
        }
        String between = doc.text().substring(person.end(), place.start()).replace('\u2019', '\'');
        return between.equals(" de l'") && Character.isUpperCase(place.text().charAt(0));
    }

    /**
     * `le président paraguayen Santiago Peña`, `Florence X a rappelé`: a town the gazetteer knows that is also a first
     * name (`dict/first_name_words.txt`) claims the first word, and the tagger then reads the bare surname after it as
     * a place of its own. Such a town written right before (one space) a capitalised word the tagger marked is that
     * person's first name; French puts a comma, a bracket or a preposition between a town and another name.
     */
    private List<Candidate> placesOpeningAPersonName(AnnotatedText doc, List<Candidate> all) {
        List<Candidate> out = new ArrayList<>(all);
        for (int i = 0; i + 1 < out.size(); i++) {
            Candidate place = out.get(i);
            Candidate rest = out.get(i + 1);
            if (place.type() != EntityType.LOCATION || !place.method().equals("gazetteer")
                    || place.endToken() - place.firstToken() != 1
                    || !dict.firstNameWords.contains(place.text())
                    || !rest.method().equals("ner") || rest.type() == EntityType.EVENT
                    || rest.sentenceIndex() != place.sentenceIndex() || rest.firstToken() != place.endToken()
                    || !isNameGap(doc.text().substring(place.end(), rest.start()))
                    || !Character.isUpperCase(rest.text().charAt(0))) {
                continue;
            }
            String text = doc.text().substring(place.start(), rest.end());
            out.set(i, new Candidate(EntityType.PERSON, null, text, "", place.sentenceIndex(), place.firstToken(),
                    rest.endToken(), place.start(), rest.end(), text, rest.nerLabel(), "ner"));
            out.remove(i + 1);
        }
        return out;
    }

    /**
     * `Davos (GR)`, `Lausanne (VD)`: two capitals in brackets right after a place are its canton's or region's code, as
     * Swiss and other dispatches write them, not a body or a place of their own.
     */
    private static List<Candidate> regionCodesAfterPlaces(AnnotatedText doc, List<Candidate> all) {
        List<Candidate> out = new ArrayList<>(all);
        out.removeIf(c -> {
            if (!c.method().equals("ner") || c.type() == EntityType.PERSON || c.endToken() - c.firstToken() != 1
                    || c.text().length() != 2 || !Words.isAllCaps(c.text())) {
                return false;
            }
            List<Token> toks = tokens(doc, c.sentenceIndex());
            if (c.firstToken() < 2 || c.endToken() >= toks.size() || !toks.get(c.firstToken() - 1).word().equals("(")
                    || !toks.get(c.endToken()).word().equals(")")) {
                return false;
            }
            for (Candidate p : all) {
                if (p.sentenceIndex() == c.sentenceIndex() && p.endToken() == c.firstToken() - 1
                        && p.type() == EntityType.LOCATION) {
                    return true;
                }
            }
            return false;
        });
        return out;
    }

    private static final java.util.Set<String> NICKNAME_MARKERS = java.util.Set.of("dit", "dite", "surnomme", "surnommee",
            "alias");
    private static final java.util.Set<String> OPENING_QUOTES = java.util.Set.of("«", "\"", "“");
    private static final java.util.Set<String> CLOSING_QUOTES = java.util.Set.of("»", "\"", "”");

    /**
     * `le général X, dit « SD »`, `Y, surnommé Le Faucon`: the nickname after `dit` / `surnommé` / `alias` is the person,
     * there and wherever the article uses it again (the tagger usually reads it as a body). A nickname is one to three
     * capitalised words no dictionary or word list knows; in quotes, the quote must close right after it.
     */
    private Map<Candidate, Candidate> nicknames(AnnotatedText doc, List<Candidate> all) {
        Map<String, Candidate> byNickname = new LinkedHashMap<>();
        for (Candidate p : all) {
            if (p.type() != EntityType.PERSON) {
                continue;
            }
            List<Token> toks = tokens(doc, p.sentenceIndex());
            int k = p.endToken();
            if (k < toks.size() && toks.get(k).word().equals(",")) {
                k++;
            }
            if (k >= toks.size() || !NICKNAME_MARKERS.contains(Words.fold(toks.get(k)))) {
                continue;
            }
            k++;
            boolean quoted = k < toks.size() && OPENING_QUOTES.contains(toks.get(k).word());
            if (quoted) {
                k++;
            }
            int a = k;
            while (k < toks.size() && k - a < 3 && toks.get(k).isCapitalized()
                    && toks.get(k).word().chars().allMatch(ch -> Character.isLetter(ch) || ch == '-' || ch == '.')) {
                k++;
            }
            if (k == a || quoted && (k >= toks.size() || !CLOSING_QUOTES.contains(toks.get(k).word()))) {
                continue;
            }
            String nickname = doc.text().substring(toks.get(a).start(), toks.get(k - 1).end());
            if (!dict.lookup(TextFolding.fold(nickname)).isEmpty() || k - a == 1 && dict.commonWords.contains(nickname)) {
                continue;
            }
            byNickname.putIfAbsent(nickname, p);
        }
        Map<Candidate, Candidate> out = new LinkedHashMap<>();
        if (byNickname.isEmpty()) {
            return out;
        }
        for (Sentence s : doc.sentences()) {
            List<Token> toks = s.tokens();
            for (Map.Entry<String, Candidate> e : byNickname.entrySet()) {
                String nickname = e.getKey();
                for (int i = 0; i < toks.size(); i++) {
                    int end = i;
                    while (end < toks.size() && toks.get(end).end() - toks.get(i).start() < nickname.length()) {
                        end++;
                    }
                    if (end >= toks.size() || !doc.text().substring(toks.get(i).start(), toks.get(end).end()).equals(nickname)) {
                        continue;
                    }
                    end++;
                    Candidate same = null;
                    boolean other = false;
                    for (Candidate c : all) {
                        if (c.sentenceIndex() == s.index() && c.firstToken() < end && i < c.endToken()) {
                            if (c.firstToken() == i && c.endToken() == end && c.method().equals("ner")
                                    && c.type() != EntityType.PERSON) {
                                same = c;
                            } else {
                                other = true;
                            }
                        }
                    }
                    if (!other) {
                        Candidate alias = same != null ? same : new Candidate(EntityType.PERSON, null, nickname, "", s.index(),
                                i, end, toks.get(i).start(), toks.get(end - 1).end(), nickname, "", "rule");
                        out.put(alias, e.getValue());
                    }
                }
            }
        }
        return out;
    }

    /** How many lower-case words of a trade may stand between a company noun and the name (`le producteur d'aciers rapides X`). */
    private static final int TRADE_WORDS = 4;

    /**
     * `le producteur d'aciers rapides Erasteel`, `l'opérateur Zentel`: a single name right after a company noun (with
     * a few lower-case words of its trade) is the company, though the tagger took it for a person or a place.
     */
    private List<Candidate> companiesNamedByTheirTrade(AnnotatedText doc, List<Candidate> all) {
        List<Candidate> out = new ArrayList<>(all.size());
        for (Candidate c : all) {
            // `la société Kestrel`, `l'entreprise sénégalaise Teranga Logistique` (a name of a few words the tagger
            // took for a place; one the tagger took for a person may be a person: `le producteur Jean Morin`)
            int width = c.endToken() - c.firstToken();
            if (c.method().equals("ner") && c.type() != EntityType.ORGANIZATION
                    && (width == 1 || width <= 3 && c.type() != EntityType.PERSON && c.firstToken() > 0
                    && !java.util.Set.of("de", "d'", "du", "à", "a").contains(Words.fold(tokens(doc, c.sentenceIndex()).get(c.firstToken() - 1))))
                    && afterCompanyNoun(tokens(doc, c.sentenceIndex()), c.firstToken())) {
                String id = "org:" + TextFolding.slug(c.text());
                out.add(new Candidate(EntityType.ORGANIZATION, id, c.text(), "", c.sentenceIndex(), c.firstToken(),
                        c.endToken(), c.start(), c.end(), c.text(), c.nerLabel(), c.method()));
            } else {
                out.add(c);
            }
        }
        return out;
    }

    private static final java.util.Set<String> NGO_NOUNS = java.util.Set.of("ONG", "ONGs");
    private static final java.util.Set<String> NAME_LINKS = java.util.Set.of("de", "d'", "du", "des", "pour", "sans");

    /**
     * `l'ONG Afrique Avenir`, `une ONG Sahel Solidarité`: the capitalised words after `ONG` (and its article) are the
     * body's name, one ORGANIZATION, whatever the dictionary or the tagger made of its words (a continent, a place);
     * `ONG` itself is a common noun, no body. A name the dictionary knows as a body stays as it is, and so does a
     * lone state or place (`une ONG Niger` is not how French names one).
     */
    private List<Candidate> namesOfNonGovernmentalBodies(AnnotatedText doc, List<Candidate> all) {
        List<Candidate> out = new ArrayList<>(all);
        out.removeIf(c -> c.method().equals("ner") && NGO_NOUNS.contains(c.text()));
        for (Sentence s : doc.sentences()) {
            List<Token> toks = s.tokens();
            for (int k = 1; k + 1 < toks.size(); k++) {
                if (!NGO_NOUNS.contains(toks.get(k).word()) || !Words.ARTICLES.contains(Words.fold(toks.get(k - 1)))) {
                    continue;
                }
                int end = k + 1;
                while (end < toks.size() && end - k <= 5) {
                    Token t = toks.get(end);
                    if (t.isCapitalized() && !Words.isPunctuation(t) && Character.isLetter(t.word().charAt(0))) {
                        end++;
                    } else if (end > k + 1 && NAME_LINKS.contains(Words.fold(t)) && end + 1 < toks.size()
                            && toks.get(end + 1).isCapitalized() && Character.isLetter(toks.get(end + 1).word().charAt(0))) {
                        end += 2;
                    } else {
                        break;
                    }
                }
                final int from = k + 1;
                final int to = end;
                if (to == from) {
                    continue;
                }
                List<Candidate> inside = new ArrayList<>();
                boolean keep = false;
                for (Candidate c : out) {
                    if (c.sentenceIndex() != s.index() || c.endToken() <= from || c.firstToken() >= to) {
                        continue;
                    }
                    inside.add(c);
                    keep |= c.firstToken() < from || c.endToken() > to
                            || !c.method().equals("ner") && c.type() == EntityType.ORGANIZATION && c.firstToken() == from
                            || !c.method().equals("ner") && c.firstToken() == from && c.endToken() == to
                            && (c.type() == EntityType.COUNTRY || c.type() == EntityType.LOCATION);
                }
                if (keep) {
                    continue;
                }
                out.removeAll(inside);
                int startChar = toks.get(from).start();
                int endChar = toks.get(to - 1).end();
                String name = doc.text().substring(startChar, endChar).replace('’', '\'');
                out.add(new Candidate(EntityType.ORGANIZATION, "org:" + TextFolding.slug(name), name, "", s.index(), from,
                        to, startChar, endChar, doc.text().substring(startChar, endChar), "", "rule"));
                k = to - 1;
            }
        }
        out.sort(Comparator.comparingInt(Candidate::sentenceIndex).thenComparingInt(Candidate::start));
        return out;
    }

    /**
     * `dans la province nord-ouest chinoise de Shaanxi`: the name after a place noun (its adjectives between) and
     * `de` is a place, though the tagger took it for a person.
     */
    private List<Candidate> placesNamedAfterTheirNoun(AnnotatedText doc, List<Candidate> all) {
        List<Candidate> out = new ArrayList<>(all.size());
        for (Candidate c : all) {
            if (c.method().equals("ner") && c.type() == EntityType.PERSON && c.endToken() - c.firstToken() == 1
                    && afterPlaceNoun(tokens(doc, c.sentenceIndex()), c.firstToken())) {
                out.add(new Candidate(EntityType.LOCATION, "location:" + TextFolding.slug(c.text()), c.text(), "",
                        c.sentenceIndex(), c.firstToken(), c.endToken(), c.start(), c.end(), c.text(), c.nerLabel(),
                        c.method()));
            } else {
                out.add(c);
            }
        }
        return out;
    }

    private boolean afterPlaceNoun(List<Token> toks, int first) {
        int k = first - 1;
        if (k < 1 || !java.util.Set.of("de", "d'").contains(Words.fold(toks.get(k)))) {
            return false;
        }
        for (k--; k >= 0 && first - k <= 4; k--) {
            Token t = toks.get(k);
            if (!Words.isLowerWord(t)) {
                return false;
            }
            if (dict.placeNouns.containsWord(t)) {
                return true;
            }
        }
        return false;
    }

    private boolean afterCompanyNoun(List<Token> toks, int first) {
        for (int k = first - 1; k >= 1 && first - k <= TRADE_WORDS + 1; k--) {
            Token t = toks.get(k);
            if (!Words.isLowerWord(t) && !t.word().equals("'")) {
                return false;
            }
            String before = Words.fold(toks.get(k - 1));
            if (dict.companyNouns.containsWord(t) && Words.ARTICLES.contains(before)) {
                return true;
            }
        }
        return false;
    }

    /**
     * A person's initials in brackets after the name, `Mohammed Ben Salman (MBS)`, are that person, not a body:
     * the tagger's span in capitals → the person right before the bracket whose initials it spells.
     */
    private static Map<Candidate, Candidate> personInitials(AnnotatedText doc, List<Candidate> all) {
        Map<Candidate, Candidate> out = new LinkedHashMap<>();
        for (int i = 1; i < all.size(); i++) {
            Candidate c = all.get(i);
            Candidate p = all.get(i - 1);
            if (!c.method().equals("ner") || c.type() == EntityType.PERSON || !Words.isAllCaps(c.text())
                    || p.type() != EntityType.PERSON || p.sentenceIndex() != c.sentenceIndex()
                    || c.firstToken() != p.endToken() + 1 || c.endToken() - c.firstToken() != 1) {
                continue;
            }
            List<Token> toks = tokens(doc, c.sentenceIndex());
            if (!toks.get(p.endToken()).word().equals("(") || c.endToken() >= toks.size()
                    || !toks.get(c.endToken()).word().equals(")")) {
                continue;
            }
            StringBuilder initials = new StringBuilder();
            for (String part : p.text().split("[\\s-]+")) {
                if (!part.isEmpty() && Character.isUpperCase(part.codePointAt(0))) {
                    initials.appendCodePoint(part.codePointAt(0));
                }
            }
            if (initials.toString().equalsIgnoreCase(c.text())) {
                out.put(c, p);
            }
        }
        Map<String, Candidate> byInitials = new HashMap<>();
        out.forEach((alias, person) -> byInitials.put(alias.text(), person));
        for (Candidate c : all) {
            if (c.method().equals("ner") && c.type() != EntityType.PERSON && byInitials.containsKey(c.text())) {
                out.putIfAbsent(c, byInitials.get(c.text())); // `MBS a ensuite parlé`: the initials used again
            }
        }
        return out;
    }

    /** How far back from a list of names its plural title may open (`les ambassadrices de bonne volonté de l'UNICEF,`). */
    private static final int TITLE_PHRASE_TOKENS = 20;

    /**
     * `les ambassadrices de bonne volonté de l'UNICEF, Shakira et Angélique Kidjo`: the first bare name after a plural
     * title and its complements, the tagger's place or body, is a person (the rest of the list follows it, {@link
     * #namesListedWithPersons}).
     */
    private List<Candidate> namesAfterAPluralTitle(AnnotatedText doc, List<Candidate> all) {
        List<Candidate> out = new ArrayList<>(all.size());
        for (Candidate c : all) {
            if (c.method().equals("ner") && c.type() != EntityType.PERSON && isBareName(doc, c)
                    && afterPluralTitlePhrase(tokens(doc, c.sentenceIndex()), c.firstToken())) {
                out.add(new Candidate(EntityType.PERSON, null, c.text(), "", c.sentenceIndex(), c.firstToken(),
                        c.endToken(), c.start(), c.end(), c.text(), c.nerLabel(), c.method()));
            } else {
                out.add(c);
            }
        }
        return out;
    }

    private boolean afterPluralTitlePhrase(List<Token> toks, int first) {
        if (first < 2 || !toks.get(first - 1).word().equals(",")) {
            return false;
        }
        int depth = 0;
        for (int k = first - 2; k >= 0 && first - k <= TITLE_PHRASE_TOKENS; k--) {
            String w = toks.get(k).word();
            if (w.equals(")")) {
                depth++;
            } else if (w.equals("(")) {
                depth--;
            } else if (depth == 0 && (w.equals(",") || w.equals(";") || w.equals(".") || w.equals(":"))) {
                return false;
            } else if (depth == 0 && Words.isLowerWord(toks.get(k)) && w.length() > 3 && w.endsWith("s")
                    && dict.titles.contains(w.substring(0, w.length() - 1))) {
                return k > 0 && Words.ARTICLES.contains(Words.fold(toks.get(k - 1)))
                        || k > 0 && java.util.Set.of("des", "aux", "les").contains(Words.fold(toks.get(k - 1)));
            }
        }
        return false;
    }

    /**
     * In a list of people (`Macky Sall, Biya et Tebboune`, `A ; B ; C`), an item the tagger took for a place
     * or a body is one more person, when it is a bare name: capitalised words the dictionaries do not know.
     */
    private List<Candidate> namesListedWithPersons(AnnotatedText doc, List<Candidate> all) {
        List<Candidate> out = new ArrayList<>(all);
        boolean changed = true;
        while (changed) {
            changed = false;
            for (int i = 0; i < out.size(); i++) {
                Candidate c = out.get(i);
                if (!c.method().equals("ner") || c.type() == EntityType.PERSON || !isBareName(doc, c)) {
                    continue;
                }
                boolean listed = i > 0 && listedAfter(doc, out.get(i - 1), c)
                        || i + 1 < out.size() && listedAfter(doc, c, out.get(i + 1))
                        || listedWithStates(doc, out, i);
                if (listed) {
                    out.set(i, new Candidate(EntityType.PERSON, null, c.text(), "", c.sentenceIndex(), c.firstToken(),
                            c.endToken(), c.start(), c.end(), c.text(), c.nerLabel(), c.method()));
                    changed = true;
                }
            }
        }
        return out;
    }

    /** The nearest people before and after candidate {@code i}, across the states named in between. */
    private static boolean listedWithStates(AnnotatedText doc, List<Candidate> all, int i) {
        Candidate c = all.get(i);
        for (int j = i - 1; j >= 0 && all.get(j).sentenceIndex() == c.sentenceIndex(); j--) {
            if (all.get(j).type() != EntityType.COUNTRY) {
                if (listedAfterWithStates(doc, all, all.get(j), c)) {
                    return true;
                }
                break;
            }
        }
        for (int j = i + 1; j < all.size() && all.get(j).sentenceIndex() == c.sentenceIndex(); j++) {
            if (all.get(j).type() != EntityType.COUNTRY) {
                return listedAfterWithStates(doc, all, c, all.get(j));
            }
        }
        return false;
    }

    /** {@code b} follows {@code a} in one list of people: one separator between, and one of them a person. */
    private static boolean listedAfter(AnnotatedText doc, Candidate a, Candidate b) {
        if (a.sentenceIndex() != b.sentenceIndex() || b.firstToken() != a.endToken() + 1
                || a.type() != EntityType.PERSON && b.type() != EntityType.PERSON) {
            return false;
        }
        String sep = tokens(doc, a.sentenceIndex()).get(a.endToken()).word();
        return java.util.Set.of(",", ";", "et", "ou").contains(sep);
    }

    /**
     * The same with each item's state after it (`François X de la République centrafricaine ; Blaise Y du
     * Burkina Faso`): between the two names only a complement of place, a state in brackets, and one separator.
     */
    private static boolean listedAfterWithStates(AnnotatedText doc, List<Candidate> all, Candidate a, Candidate b) {
        if (a.sentenceIndex() != b.sentenceIndex() || b.firstToken() <= a.endToken()
                || a.type() != EntityType.PERSON && b.type() != EntityType.PERSON) {
            return false;
        }
        List<Token> toks = tokens(doc, a.sentenceIndex());
        int separators = 0;
        for (int k = a.endToken(); k < b.firstToken(); k++) {
            String w = Words.fold(toks.get(k));
            if (java.util.Set.of(",", ";", "et", "ou").contains(w)) {
                separators++; // `… Mohamed X de Mauritanie et Azali Y des Comores`: the last item after `et`
            } else if (!java.util.Set.of("de", "du", "d'", "des", "la", "le", "l'", "(", ")").contains(w)
                    && !insideState(all, a.sentenceIndex(), k)) {
                return false;
            }
        }
        return separators == 1;
    }

    private static boolean insideState(List<Candidate> all, int sentence, int token) {
        for (Candidate c : all) {
            if (c.sentenceIndex() == sentence && c.type() == EntityType.COUNTRY && c.firstToken() <= token
                    && token < c.endToken()) {
                return true;
            }
        }
        return false;
    }

    private boolean isBareName(AnnotatedText doc, Candidate c) {
        if (!dict.lookup(TextFolding.fold(c.text())).isEmpty()) {
            return false;
        }
        List<Token> span = tokens(doc, c.sentenceIndex()).subList(c.firstToken(), c.endToken());
        for (int k = 0; k < span.size(); k++) {
            String w = span.get(k).word();
            boolean initials = k == 0 && span.size() > 2 && w.length() <= 2; // `KP Sharma Oli`
            if (!span.get(k).isCapitalized() || Words.isAllCaps(w) && !initials || w.chars().anyMatch(Character::isDigit)
                    || dict.commonWords.contains(w)) {
                return false;
            }
        }
        return true;
    }

    /**
     * An article that uses a capital for its government (`Washington a refusé`) means the government by
     * its other, ambiguous uses of that name too (`Washington, grand absent`), unless a preposition of
     * place makes it the city (`réunis à Washington`).
     */
    private List<Candidate> capitalsOfGoverningStates(AnnotatedText doc, List<Candidate> all) {
        java.util.Set<String> governing = new java.util.HashSet<>();
        for (Candidate c : all) {
            if (c.type() == EntityType.COUNTRY && isCapitalForm(c.text(), c.countryCode())) {
                governing.add(c.countryCode());
            }
        }
        if (governing.isEmpty()) {
            return all;
        }
        List<Candidate> out = new ArrayList<>(all.size());
        for (Candidate c : all) {
            String code = c.type() == EntityType.LOCATION ? capitalCode(c.text()) : null;
            if (code != null && governing.contains(code) && !afterPlacePreposition(doc, c)) {
                out.add(new Candidate(EntityType.COUNTRY, "country:" + code, dict.countryName(code), code,
                        c.sentenceIndex(), c.firstToken(), c.endToken(), c.start(), c.end(), c.text(), c.nerLabel(), "rule"));
            } else {
                out.add(c);
            }
        }
        return out;
    }

    private boolean isCapitalForm(String text, String code) {
        return code.equals(capitalCode(text));
    }

    private String capitalCode(String text) {
        for (DictEntry e : dict.lookup(TextFolding.fold(text))) {
            if (e.type() == EntityType.COUNTRY && e.kind() == Kind.CAPITAL) {
                return e.countryCode();
            }
        }
        return null;
    }

    /** Nouns of texts and meetings (and `dite`) whose `de` + capital names them after the place, not the government. */
    private static final Set<String> NAMED_AFTER_A_PLACE = Set.of("dite", "dit", "baptisée", "baptisé", "déclaration",
            "charte", "pacte", "traité", "convention", "protocole", "accords", "appel", "consensus", "processus", "agenda",
            "sommet", "conférence", "forum", "réunion", "rencontre", "session");

    private static boolean afterPlacePreposition(AnnotatedText doc, Candidate c) {
        if (c.firstToken() == 0) {
            return false;
        }
        List<Token> toks = tokens(doc, c.sentenceIndex());
        String prev = toks.get(c.firstToken() - 1).word().toLowerCase(java.util.Locale.ROOT).replace('’', '\'');
        if ((prev.equals("de") || prev.equals("d'")) && c.firstToken() > 1) {
            // `une déclaration dite de Lomé`, `le sommet de Lomé`: the `de` complement of a text or a meeting named after
            // the place; `aux côtés de Kyiv`, `la délégation de Moscou` stay the government
            return NAMED_AFTER_A_PLACE.contains(toks.get(c.firstToken() - 2).word().toLowerCase(java.util.Locale.ROOT));
        }
        return java.util.Set.of("à", "a", "dans", "depuis", "vers", "en", "au", "près", "devant", "jusqu'à").contains(prev);
    }

    /**
     * A state's acronym the tagger found in lower case with a capital (`ministre de l'Équipement et de l'Eau`): the
     * capital is a portfolio's or a headline's, the word is a common noun, not `EAU`; the gazetteer already refuses
     * such a short acronym outside capitals, and bodies keep theirs (`Qna`, `Onu` are written so by some outlets).
     */
    private boolean stateAcronymWrittenAsAWord(Candidate c) {
        if (Words.isAllCaps(c.text())) {
            return false;
        }
        List<DictEntry> entries = dict.lookup(TextFolding.fold(c.text()));
        return !entries.isEmpty() && entries.stream().allMatch(e -> e.type() == EntityType.COUNTRY && e.kind() == Kind.ACRONYM);
    }

    /** A tagger span whose text is a dictionary form takes the dictionary's identity. */
    private Candidate normaliseNerCandidate(Candidate c) {
        String folded = TextFolding.fold(c.text());
        for (DictEntry e : dict.lookup(folded)) {
            if (e.kind() == Kind.NAME || e.kind() == Kind.ACRONYM) {
                return new Candidate(e.type(), e.entityId(), e.canonicalName(), e.countryCode(), c.sentenceIndex(),
                        c.firstToken(), c.endToken(), c.start(), c.end(), c.text(), c.nerLabel(), c.method());
            }
        }
        return switch (c.type()) {
            case ORGANIZATION -> c.withIdentity("org:" + TextFolding.slug(c.canonical()), c.canonical(), "");
            case LOCATION -> c.withIdentity("location:" + TextFolding.slug(c.canonical()), c.canonical(), "");
            default -> c;
        };
    }

    /** Names of one meeting merge when one is the other plus a complement (`Sommet de Paris` ⊂ `Sommet de Paris pour l'action…`). */
    private List<Candidate> resolveEvents(AnnotatedText doc, List<Candidate> events, List<Candidate> all) {
        Map<Candidate, String> keys = new HashMap<>();
        for (Candidate c : events) {
            keys.put(c, eventKey(withBodiesSpelledOut(dict, c, all)));
        }
        List<String> names = new ArrayList<>();
        for (Candidate c : events) {
            String f = keys.get(c);
            if (!names.contains(f)) {
                names.add(f);
            }
        }
        Map<String, String> canonicalKey = new HashMap<>();
        for (String n : names) {
            String best = n;
            boolean numbered = events.stream().anyMatch(c -> keys.get(c).equals(n) && edition(c.text()) != null);
            for (String other : names) {
                if (numbered && heldBefore(doc, events, keys, other)) {
                    continue; // `le 20e sommet`, then `le sommet de Tunis, en 2022, avait …`: an earlier meeting
                }
                if (other.length() > best.length() && other.startsWith(best + " ")) {
                    best = other;
                }
            }
            canonicalKey.put(n, best);
        }
        summitOfABody(doc, events, keys, canonicalKey, all);
        sameEditionRetold(events, keys, canonicalKey);
        sameEditionByItsPlace(doc, events, keys, canonicalKey, all);
        seriesFullNames(events, keys, canonicalKey);
        summitOfABodysLastName(doc, events, keys, canonicalKey, all);
        sameEditionOfABodysLastName(events, keys, canonicalKey, all);
        Map<Candidate, String> numbered = editionsApart(events, keys, canonicalKey);
        Map<String, String> display = new HashMap<>();
        for (Candidate c : events) {
            if (numbered.containsKey(c)) {
                continue;
            }
            String key = canonicalKey.get(keys.get(c));
            if (COP_KEY.matcher(key).matches()) {
                display.put(key, "COP" + key.substring(3)); // one COP, whether named by its initials or in full
            } else if (keys.get(c).equals(key)) {
                String shown = copName(capitalizeFirst(shownName(c.text()).replace('’', '\'')));
                // (h52-entites19) `le 16e sommet`, then `Sommet` in a headline: the numbered name says which meeting
                display.merge(key, shown, (a, b) -> edition(a) != null ? a : edition(b) != null ? b
                        : Character.isUpperCase(a.charAt(0)) ? a : b);
            }
        }
        List<Candidate> out = new ArrayList<>();
        for (Candidate c : events) {
            if (numbered.containsKey(c)) {
                String name = numbered.get(c);
                out.add(c.withIdentity("event:" + TextFolding.slug(name), name, ""));
                continue;
            }
            String key = canonicalKey.get(keys.get(c));
            String name = display.getOrDefault(key, copName(capitalizeFirst(shownName(c.text()))));
            out.add(c.withIdentity("event:" + TextFolding.slug(name), name, ""));
        }
        return out;
    }

    /**
     * Whether every mention of the name `key` is unnumbered and told in the pluperfect (`avait`, `s'était`): a
     * meeting held before the article's, not a longer name of a numbered one.
     */
    private static boolean heldBefore(AnnotatedText doc, List<Candidate> events, Map<Candidate, String> keys, String key) {
        boolean any = false;
        for (Candidate c : events) {
            if (!keys.get(c).equals(key)) {
                continue;
            }
            if (edition(c.text()) != null) {
                return false;
            }
            List<Token> toks = tokens(doc, c.sentenceIndex());
            boolean pluperfect = false;
            for (int k = 0; k < toks.size(); k++) {
                String w = Words.fold(toks.get(k));
                pluperfect |= w.equals("avait") || w.equals("avaient") || (w.equals("etait") || w.equals("etaient"))
                        && k > 0 && Words.fold(toks.get(k - 1)).matches("s'|se");
            }
            if (!pluperfect) {
                return false;
            }
            any = true;
        }
        return any;
    }

    private static final java.util.regex.Pattern SUMMIT_OF_BODY = java.util.regex.Pattern.compile(
            "sommet ((?:de la |de l'|du |des |de |d')(.+))");
    /** `sommet extraordinaire`, `session ordinaire` (of the leaders' Conference, its words already left out of the key). */
    private static final java.util.regex.Pattern MEETING_HEAD = java.util.regex.Pattern.compile(
            "(?:sommet|session)(?: (?:ordinaire|extraordinaire|special|speciale|annuel|annuelle|conjoint|informel"
                    + "|restreint|virtuel))? (?:de la |de l'|du |des |de |d').+");

    /**
     * `Sommet de la CEEAC : …` in the headline, `un sommet extraordinaire des chefs d'État de la CEEAC` in the text;
     * `Sommet de l'Union africaine`, `la 41e session ordinaire de la Conférence … de l'Union africaine`: a summit named
     * only by its body is the one other summit of that body the article names (`sommet` or `session`, with at most
     * one qualifier: `extraordinaire`, `ordinaire` …, not `la Conférence d'examen de l'OSCE` nor `la session du
     * Conseil exécutif`), unless that one is told in the pluperfect. Two or more such meetings: left apart. Different
     * editions are parted again by {@link #editionsApart}.
     */
    private static void summitOfABody(AnnotatedText doc, List<Candidate> events, Map<Candidate, String> keys,
            Map<String, String> canonicalKey, List<Candidate> all) {
        java.util.Set<String> series = new java.util.LinkedHashSet<>(canonicalKey.values());
        Map<String, String> to = new HashMap<>();
        for (String n : series) {
            java.util.regex.Matcher m = SUMMIT_OF_BODY.matcher(n);
            if (!m.matches() || !namesABody(events, keys, canonicalKey, all, n, m.group(2))) {
                continue;
            }
            String body = " " + m.group(1);
            String target = onlyOther(series, n, other -> other.endsWith(body) && MEETING_HEAD.matcher(other).matches()
                    && other.length() - body.length() + 1 <= "sommet extraordinaire ".length() + 2
                    && !heldBefore(doc, events, keys, other));
            if (target != null) {
                to.put(n, target);
            }
        }
        applyMerges(canonicalKey, to);
    }

    private static final java.util.regex.Pattern COMMON_COMPLEMENT = java.util.regex.Pattern.compile(
            "\\S+ \\p{Ll}+ (?:de la |de l['’]|du |des )\\p{Ll}[\\p{Ll}'’ -]*");

    /**
     * `Le 20e sommet de la Communauté andine` in the headline, `le 20e sommet de l'organisation` in the text: a
     * numbered meeting whose complement is a common noun in lower case (`de l'organisation`, `du bloc`) retells the one
     * other meeting of the same head and the same number the article names.
     */
    private static void sameEditionRetold(List<Candidate> events, Map<Candidate, String> keys,
            Map<String, String> canonicalKey) {
        Map<String, String> to = new HashMap<>();
        for (Candidate c : events) {
            Integer n = edition(c.text());
            if (n == null || !COMMON_COMPLEMENT.matcher(c.text()).matches()) {
                continue;
            }
            String head = TextFolding.fold(withoutOrdinal(c.text())).split(" ")[0];
            String own = canonicalKey.get(keys.get(c));
            java.util.Set<String> targets = new java.util.HashSet<>();
            for (Candidate o : events) {
                String series = canonicalKey.get(keys.get(o));
                if (!series.equals(own) && n.equals(edition(o.text())) && !COMMON_COMPLEMENT.matcher(o.text()).matches()
                        && TextFolding.fold(withoutOrdinal(o.text())).split(" ")[0].equals(head)) {
                    targets.add(series);
                }
            }
            if (targets.size() == 1) {
                to.merge(own, targets.iterator().next(), (a, b) -> a.equals(b) ? a : "");
            }
        }
        to.values().removeIf(String::isEmpty);
        applyMerges(canonicalKey, to);
    }

    private static final java.util.regex.Pattern HEAD_OF_PLACE = java.util.regex.Pattern.compile(
            "(\\p{L}+) (?:de |du |d'|d’)(\\p{Lu}.*)");

    /**
     * (h22-ents) `le 7e Sommet des chefs d'État … du Forum des pays exportateurs de gaz`, then `le 7e Sommet d'Alger`:
     * a numbered meeting named by its head and a place (a LOCATION of the article) retells the one meeting of the same
     * head and the same number the article names under another name (unnumbered, `le sommet de Grenade en 2023` is
     * often an earlier edition, and stays apart), not by a place too (`le 2e sommet de Séoul` stays apart from `le sommet de Paris`), unless it is told in
     * the pluperfect (`le sommet de Doha avait …`, an earlier edition).
     */
    private static void sameEditionByItsPlace(AnnotatedText doc, List<Candidate> events, Map<Candidate, String> keys,
            Map<String, String> canonicalKey, List<Candidate> all) {
        java.util.Set<String> places = new java.util.HashSet<>();
        for (Candidate c : all) {
            if (c.type() == EntityType.LOCATION) {
                places.add(TextFolding.fold(c.text()));
            }
        }
        Map<String, String> to = new HashMap<>();
        for (Candidate c : events) {
            java.util.regex.Matcher m = HEAD_OF_PLACE.matcher(withoutOrdinal(c.text()).strip());
            String own = canonicalKey.get(keys.get(c));
            if (!m.matches() || !places.contains(TextFolding.fold(m.group(2)))
                    || heldBefore(doc, events, keys, keys.get(c))) {
                continue;
            }
            String head = TextFolding.fold(m.group(1));
            Integer n = edition(c.text());
            java.util.Set<String> targets = new java.util.HashSet<>();
            for (Candidate o : events) {
                String series = canonicalKey.get(keys.get(o));
                Integer on = edition(o.text());
                java.util.regex.Matcher om = HEAD_OF_PLACE.matcher(withoutOrdinal(o.text()).strip());
                boolean namedByAPlaceToo = om.matches() && places.contains(TextFolding.fold(om.group(2)));
                if (!series.equals(own) && n != null && n.equals(on) && !namedByAPlaceToo
                        && TextFolding.fold(withoutOrdinal(o.text())).split(" ")[0].equals(head)) {
                    targets.add(series);
                }
            }
            if (targets.isEmpty() && n == null) {
                targets.addAll(samePlaceOtherHead(events, keys, canonicalKey, places, c, head, m.group(2)));
            }
            if (targets.size() == 1) {
                to.merge(own, targets.iterator().next(), (a, b) -> a.equals(b) ? a : "");
            }
        }
        to.values().removeIf(String::isEmpty);
        applyMerges(canonicalKey, to);
    }

    private static final java.util.Set<String> PLACE_NAMED_HEADS = java.util.Set.of("sommet", "conference");

    /**
     * (h22-ents) `le sommet du Bürgenstock` in a caption, `la conférence du Bürgenstock` in the text: two unnumbered
     * names of one meeting by its place, a summit and a conference; the later-named goes to the earlier-named.
     */
    private static java.util.Set<String> samePlaceOtherHead(List<Candidate> events, Map<Candidate, String> keys,
            Map<String, String> canonicalKey, java.util.Set<String> places, Candidate c, String head, String place) {
        java.util.Set<String> out = new java.util.HashSet<>();
        if (!PLACE_NAMED_HEADS.contains(head)) {
            return out;
        }
        String own = canonicalKey.get(keys.get(c));
        for (Candidate o : events) {
            java.util.regex.Matcher om = HEAD_OF_PLACE.matcher(o.text().strip());
            String series = canonicalKey.get(keys.get(o));
            if (om.matches() && edition(o.text()) == null && !series.equals(own)
                    && TextFolding.fold(om.group(2)).equals(TextFolding.fold(place))
                    && PLACE_NAMED_HEADS.contains(TextFolding.fold(om.group(1)))
                    && !TextFolding.fold(om.group(1)).equals(head) && firstStart(events, keys, canonicalKey, series)
                    < firstStart(events, keys, canonicalKey, own)) {
                out.add(series);
            }
        }
        return out;
    }

    private static int firstStart(List<Candidate> events, Map<Candidate, String> keys, Map<String, String> canonicalKey,
            String series) {
        int first = Integer.MAX_VALUE;
        for (Candidate e : events) {
            if (canonicalKey.get(keys.get(e)).equals(series)) {
                first = Math.min(first, e.start());
            }
        }
        return first;
    }

    /**
     * `l'UNOC4` and `la Conférence des Nations unies sur l'océan`, `la COP31` and `la Conférence des parties`: a
     * series' full name (dict/meeting_series_names.tsv) written without a number is the one edition of that series the
     * article names by its short name; with two editions named (`la COP30`, `la COP31`) it is left apart.
     */
    private void seriesFullNames(List<Candidate> events, Map<Candidate, String> keys, Map<String, String> canonicalKey) {
        java.util.Set<String> numberedKeys = new java.util.HashSet<>();
        for (Candidate c : events) {
            if (edition(c.text()) != null) {
                numberedKeys.add(canonicalKey.get(keys.get(c)));
            }
        }
        Map<String, String> to = new HashMap<>();
        java.util.Set<String> series = new java.util.LinkedHashSet<>(canonicalKey.values());
        for (String n : series) {
            String shortName = dict.meetingSeriesNames.get(Dictionaries.seriesNameKey(n));
            if (shortName == null || numberedKeys.contains(n)) {
                continue;
            }
            java.util.regex.Pattern edition = java.util.regex.Pattern.compile(java.util.regex.Pattern.quote(shortName)
                    + "(?:[ -]?(?:\\d{1,3}|[ivx]{1,5}|(?:19|20)\\d\\d))" + (shortName.equals("cop") ? "" : "?"));
            java.util.Set<String> targets = new java.util.HashSet<>();
            for (String other : series) {
                if (!other.equals(n) && edition.matcher(other).matches()) {
                    targets.add(other);
                }
            }
            if (targets.size() == 1) {
                to.put(n, targets.iterator().next());
            }
        }
        applyMerges(canonicalKey, to);
    }

    /**
     * `le Sommet du Golfe` and `le Sommet du Conseil de coopération du Golfe` (or `du CCG`, spelled out), `le sommet de
     * la Francophonie` and `le sommet de l'Organisation internationale de la Francophonie`: a summit named by the proper
     * name that ends a body's name is that body's summit, when the article names one such summit and the name is no
     * place the dictionaries know (a summit named by its place is {@link #meetingsNamedByTheirPlace}'s).
     */
    private static void summitOfABodysLastName(AnnotatedText doc, List<Candidate> events, Map<Candidate, String> keys,
            Map<String, String> canonicalKey, List<Candidate> all) {
        java.util.Set<String> series = new java.util.LinkedHashSet<>(canonicalKey.values());
        Map<String, String> to = new HashMap<>();
        for (String n : series) {
            java.util.regex.Matcher m = SUMMIT_OF_BODY.matcher(n);
            if (!m.matches() || m.group(2).contains(" ") && !m.group(2).matches("[a-z]+'\\S+")
                    || !namedByACapital(events, keys, canonicalKey, n) || namesAPlace(events, keys, canonicalKey, all, n)
                    || heldBefore(doc, events, keys, n)) {
                continue; // one proper name (`du golfe`, `de la francophonie`), not a place, not an earlier meeting
            }
            String word = " " + m.group(1);
            String last = m.group(2);
            String target = onlyOther(series, n, other -> other.startsWith("sommet ") && other.endsWith(word)
                    && other.length() > n.length() + 4 && !heldBefore(doc, events, keys, other)
                    && holdsABodyEndingWith(events, keys, canonicalKey, all, other, last));
            if (target != null) {
                to.put(n, target);
            }
        }
        applyMerges(canonicalKey, to);
    }

    /**
     * (h62-ents) `le 41e sommet des pays du Golfe` in the headline, `le 41e Sommet du Conseil de coopération du Golfe`
     * in the text: a numbered summit whose complement ends with the proper name that ends a body's name (`du Golfe`),
     * and names no body itself, is the one summit of that body with the same number the article names. A pair's name
     * (`le 12e sommet UE-Chine`) ends with no body's word and stays apart.
     */
    private static void sameEditionOfABodysLastName(List<Candidate> events, Map<Candidate, String> keys,
            Map<String, String> canonicalKey, List<Candidate> all) {
        Map<String, String> to = new HashMap<>();
        for (Candidate c : events) {
            Integer n = edition(c.text());
            String own = canonicalKey.get(keys.get(c));
            String[] words = c.text().split("[ '’]");
            String lastWord = words[words.length - 1];
            if (n == null || !SUMMIT_OF_BODY.matcher(own).matches() || lastWord.isEmpty()
                    || !Character.isUpperCase(lastWord.charAt(0)) || lastWord.contains("-")) {
                continue;
            }
            String last = TextFolding.fold(lastWord);
            if (!own.endsWith(" " + last) || holdsABodyEndingWith(events, keys, canonicalKey, all, own, last)) {
                continue;
            }
            java.util.Set<String> targets = new java.util.HashSet<>();
            for (Candidate o : events) {
                String series = canonicalKey.get(keys.get(o));
                if (!series.equals(own) && n.equals(edition(o.text())) && series.startsWith("sommet ")
                        && holdsABodyEndingWith(events, keys, canonicalKey, all, series, last)) {
                    targets.add(series);
                }
            }
            if (targets.size() == 1) {
                to.merge(own, targets.iterator().next(), (a, b) -> a.equals(b) ? a : "");
            }
        }
        to.values().removeIf(String::isEmpty);
        applyMerges(canonicalKey, to);
    }

    /** The one series key other than {@code n} that {@code test} accepts, or null (none, or two and more). */
    private static String onlyOther(java.util.Collection<String> series, String n,
            java.util.function.Predicate<String> test) {
        String target = null;
        int found = 0;
        for (String other : series) {
            if (!other.equals(n) && test.test(other)) {
                target = other;
                found++;
            }
        }
        return found == 1 ? target : null;
    }

    /** Renames series by {@code to}, unless a target is itself renamed (a chain would merge more than was read). */
    private static void applyMerges(Map<String, String> canonicalKey, Map<String, String> to) {
        if (to.isEmpty() || to.values().stream().anyMatch(to::containsKey)) {
            return;
        }
        canonicalKey.replaceAll((k, v) -> to.getOrDefault(v, v));
    }

    /** Whether a mention of the series `key` holds a body whose name ends with the word `last` (`… du Golfe`). */
    private static boolean holdsABodyEndingWith(List<Candidate> events, Map<Candidate, String> keys,
            Map<String, String> canonicalKey, List<Candidate> all, String key, String last) {
        for (Candidate e : events) {
            if (!key.equals(canonicalKey.get(keys.get(e)))) {
                continue;
            }
            for (Candidate c : all) {
                if (c.type() == EntityType.ORGANIZATION && c.sentenceIndex() == e.sentenceIndex() && c.start() >= e.start()
                        && c.end() <= e.end() && c.canonical() != null
                        && TextFolding.fold(c.canonical()).matches(".* (?:de la |de l'|du |des |de |d')" + java.util.regex.Pattern.quote(last))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether a mention of the series `key` writes its last word with a capital (`du Golfe`, not `du golfe`). */
    private static boolean namedByACapital(List<Candidate> events, Map<Candidate, String> keys,
            Map<String, String> canonicalKey, String key) {
        for (Candidate e : events) {
            if (key.equals(canonicalKey.get(keys.get(e)))) {
                String[] w = e.text().split("[ '’]");
                String last = w[w.length - 1];
                if (!last.isEmpty() && Character.isUpperCase(last.charAt(0))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether a mention of the series `key` holds a place, a country or a body of the dictionaries. */
    private static boolean namesAPlace(List<Candidate> events, Map<Candidate, String> keys,
            Map<String, String> canonicalKey, List<Candidate> all, String key) {
        for (Candidate e : events) {
            if (!key.equals(canonicalKey.get(keys.get(e)))) {
                continue;
            }
            for (Candidate c : all) {
                if (c.type() != EntityType.EVENT && c.sentenceIndex() == e.sentenceIndex() && c.start() >= e.start()
                        && c.end() <= e.end() && c.type() != EntityType.ORGANIZATION) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether a mention of the series `key` holds an organisation named `body` (spelled out). */
    private static boolean namesABody(List<Candidate> events, Map<Candidate, String> keys,
            Map<String, String> canonicalKey, List<Candidate> all, String key, String body) {
        for (Candidate e : events) {
            if (!key.equals(canonicalKey.get(keys.get(e)))) {
                continue;
            }
            for (Candidate c : all) {
                if (c.type() == EntityType.ORGANIZATION && c.sentenceIndex() == e.sentenceIndex()
                        && c.start() >= e.start() && c.end() <= e.end() && c.canonical() != null
                        && (TextFolding.fold(c.canonical()).equals(body) || TextFolding.fold(c.text()).equals(body))) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * `le 12e sommet de la Francophonie` (this year's), `le 11e sommet, à Bamako`, `accueillera le 13e sommet`: two
     * numbers of one series are two meetings. In a series (names merged by {@link #resolveEvents}) whose mentions carry
     * two or more edition numbers, the edition mentioned first keeps the series' name with the unnumbered mentions of
     * its own names; every other edition is a meeting of its own, named with its number (`13e sommet de la
     * Francophonie`); and a name no numbered mention carries (`le sommet de Kigali, en 2019, …`) stays a meeting of its
     * own. Returns the mentions taken out of their series, with their new name.
     */
    private static Map<Candidate, String> editionsApart(List<Candidate> events, Map<Candidate, String> keys,
            Map<String, String> canonicalKey) {
        Map<String, List<Candidate>> series = new LinkedHashMap<>();
        for (Candidate c : events) {
            series.computeIfAbsent(canonicalKey.get(keys.get(c)), k -> new ArrayList<>()).add(c);
        }
        Map<Candidate, String> out = new HashMap<>();
        for (List<Candidate> members : series.values()) {
            List<Candidate> sorted = new ArrayList<>(members);
            sorted.sort(Comparator.comparingInt(Candidate::start));
            Integer first = null;
            java.util.Set<Integer> editions = new java.util.HashSet<>();
            java.util.Set<String> firstKeys = new java.util.HashSet<>();
            for (Candidate c : sorted) {
                Integer n = edition(c.text());
                if (n != null) {
                    editions.add(n);
                    first = first == null ? n : first;
                }
            }
            if (editions.size() < 2) {
                continue;
            }
            String firstName = null;
            for (Candidate c : sorted) {
                if (first.equals(edition(c.text()))) {
                    firstKeys.add(keys.get(c));
                    String shown = capitalizeFirst(shownName(c.text()).replace('’', '\''));
                    if (firstName == null || keys.get(c).length() > eventKey(firstName).length()) {
                        firstName = shown;
                    }
                }
            }
            for (Candidate c : sorted) {
                Integer n = edition(c.text());
                if (n == null ? firstKeys.contains(keys.get(c)) : n.equals(first)) {
                    out.put(c, firstName);
                } else {
                    out.put(c, capitalizeFirst(OrdinalSpelling.withPlainEdition(c.text().replace('’', '\''))));
                }
            }
            // an edition named once short (`13e sommet`) and once in full takes its fullest name
            Map<Integer, String> fullest = new HashMap<>();
            for (Candidate c : sorted) {
                Integer n = edition(c.text());
                if (n != null && !n.equals(first)) {
                    fullest.merge(n, out.get(c), (a, b) -> b.length() > a.length() ? b : a);
                }
            }
            for (Candidate c : sorted) {
                Integer n = edition(c.text());
                if (n != null && fullest.containsKey(n)) {
                    out.put(c, fullest.get(n));
                }
            }
        }
        return out;
    }

    private static final java.util.regex.Pattern EDITION_NUMBER = java.util.regex.Pattern.compile("(\\d{1,3}).*");

    /** The edition's number a meeting's name opens with (`20e`, `XXIe`, `premier`), or null. */
    static Integer edition(String text) {
        int space = text.indexOf(' ');
        if (space <= 0 || !EventRecognizer.ORDINAL.matcher(text.substring(0, space)).matches()) {
            return null;
        }
        String w = text.substring(0, space);
        java.util.regex.Matcher d = EDITION_NUMBER.matcher(w);
        if (d.matches()) {
            return Integer.parseInt(d.group(1));
        }
        String roman = w.replaceFirst("(?:e|er|ème)$", "");
        if (roman.matches("[IVXLC]+")) {
            return RomanNumerals.value(roman);
        }
        String f = TextFolding.fold(w);
        return f.startsWith("premi") ? 1 : f.startsWith("second") ? 2 : 1000 + Math.floorMod(f.hashCode(), 1_000_000);
    }

    /**
     * `Sommet de Lusaka : …` in the headline, then `Le sommet des chefs d'État de la SADC s'est ouvert lundi à Lusaka`:
     * one meeting under two names (docs/annotation.md § EVENT). A meeting named by its head and a place (`sommet de X`)
     * and another meeting of the same head, named without a place, whose sentence says it is held `à X` (the same
     * place), are one event, under the place's name. Only when the article names one meeting at that place.
     */
    private List<Candidate> meetingsNamedByTheirPlace(AnnotatedText doc, List<Candidate> events, List<Candidate> all) {
        Map<String, Candidate> byPlace = new HashMap<>(); // folded place -> the meeting named by it
        java.util.Set<String> shared = new java.util.HashSet<>();
        for (Candidate e : events) {
            String[] w = TextFolding.fold(withoutOrdinal(e.text())).split(" ");
            if (w.length < 3 || !w[1].equals("de") && !w[1].equals("d'")) {
                continue;
            }
            String place = String.join(" ", java.util.Arrays.copyOfRange(w, 2, w.length));
            boolean isPlace = all.stream().anyMatch(c -> c.type() == EntityType.LOCATION && c.start() >= e.start()
                    && c.end() <= e.end() && TextFolding.fold(c.text()).equals(place));
            if (!isPlace) {
                continue;
            }
            Candidate before = byPlace.putIfAbsent(place, e);
            if (before != null && !before.entityId().equals(e.entityId())) {
                shared.add(place);
            }
        }
        shared.forEach(byPlace::remove);
        if (byPlace.isEmpty()) {
            return events;
        }
        Map<String, Candidate> merged = new HashMap<>(); // entity id of the other meeting -> the place-named one
        java.util.Set<String> ambiguous = new java.util.HashSet<>();
        for (Candidate e : events) {
            if (byPlace.containsValue(e) || byPlace.values().stream().anyMatch(p -> p.entityId().equals(e.entityId()))) {
                continue;
            }
            String head = TextFolding.fold(withoutOrdinal(e.text())).split(" ")[0];
            List<Token> toks = tokens(doc, e.sentenceIndex());
            for (Candidate loc : all) {
                if (loc.type() != EntityType.LOCATION || loc.sentenceIndex() != e.sentenceIndex() || loc.start() < e.end()
                        || loc.firstToken() == 0 || !Words.fold(toks.get(loc.firstToken() - 1)).equals("a")) {
                    continue;
                }
                Candidate named = byPlace.get(TextFolding.fold(loc.text()));
                if (named == null || !TextFolding.fold(withoutOrdinal(named.text())).split(" ")[0].equals(head)) {
                    continue;
                }
                Candidate was = merged.putIfAbsent(e.entityId(), named);
                if (was != null && !was.entityId().equals(named.entityId())) {
                    ambiguous.add(e.entityId());
                }
                break;
            }
        }
        ambiguous.forEach(merged::remove);
        java.util.Set<String> targets = new java.util.HashSet<>();
        merged.values().forEach(n -> targets.add(n.entityId()));
        if (merged.isEmpty() || targets.size() != merged.size()) {
            return events; // two meetings held at one place: leave them apart
        }
        List<Candidate> out = new ArrayList<>(events.size());
        for (Candidate e : events) {
            Candidate named = merged.get(e.entityId());
            out.add(named == null ? e : e.withIdentity(named.entityId(), named.canonical(), named.countryCode()));
        }
        return out;
    }

    /** A place the gazetteer or the tagger found ends the meeting's name right before the bracket. */
    private static boolean endsOnAPlace(List<Candidate> all, Candidate meeting, int open) {
        for (Candidate c : all) {
            if (c.sentenceIndex() == meeting.sentenceIndex() && c.type() == EntityType.LOCATION && c.endToken() == open
                    && c.firstToken() > meeting.firstToken()) {
                return true;
            }
        }
        return false;
    }

    private static final java.util.regex.Pattern SHORT_NAME = java.util.regex.Pattern.compile("\\p{Lu}[\\p{Lu}\\p{Ll}-]*\\p{Lu}[\\p{Lu}\\p{Ll}-]*\\d{0,3}");

    /**
     * `la 3e Conférence des Nations unies sur les forêts (UNFC4)`, `la Conférence ministérielle de la Francophonie
     * (CMF)`: an acronym in brackets right after a meeting's name, with its edition's number if any, is the
     * meeting's short name, an EVENT wherever the article uses it, not a body the tagger guessed. An acronym the
     * dictionary knows (`(UA)`, `(OMC)`), or one that spells the body named at the end of the meeting's name, is
     * that body's and is left alone.
     */
    private List<Candidate> eventShortNames(AnnotatedText doc, List<Candidate> all) {
        List<List<String>> shortNames = new ArrayList<>();
        List<List<String>> seriesNames = new ArrayList<>();
        for (Candidate e : all) {
            if (e.type() != EntityType.EVENT) {
                continue;
            }
            List<Token> toks = tokens(doc, e.sentenceIndex());
            int open = e.endToken();
            if (open + 2 >= toks.size() || !toks.get(open).word().equals("(")) {
                continue;
            }
            String acronym = toks.get(open + 1).word();
            int close = open + 2;
            if (toks.get(close).word().matches("\\d{1,3}|[IVX]{1,4}")) {
                close++; // `(UNOC3)`, `(ASEM I)`: the edition's number makes it the meeting's even if a body has the letters
            }
            if (close >= toks.size() || !toks.get(close).word().equals(")") || !SHORT_NAME.matcher(acronym).matches()
                    || close == open + 2 && !dict.lookup(TextFolding.fold(acronym)).isEmpty()) {
                continue;
            }
            if (close == open + 2 && acronym.length() == 2 && Words.isAllCaps(acronym) && endsOnAPlace(all, e, open)) {
                continue; // (h22-ents) `la conférence du Bürgenstock (NW)`: a canton's code after the place, not the meeting's
            }
            int longForm = AcronymExpansions.longFormStart(toks, open, acronym);
            boolean spellsInnerBody = false;
            for (Candidate c : all) {
                spellsInnerBody |= c.sentenceIndex() == e.sentenceIndex() && c.type() == EntityType.ORGANIZATION
                        && c.firstToken() > e.firstToken() && c.firstToken() == longForm && c.endToken() <= open;
            }
            int head = e.firstToken();
            while (head < open - 1 && (EventRecognizer.ORDINAL.matcher(toks.get(head).word()).matches()
                    || toks.get(head).word().matches("\\d{1,3}|e|è|ème|eme|er|ère"))) {
                head++; // `4e Conférence …`: the edition's number is no word of the name
            }
            if (spellsInnerBody || longForm > head && initialsOf(toks, longForm, open).equals(
                    TextFolding.fold(acronym).replaceAll("[^a-z]", ""))) {
                continue; // `Sommet de Paris sur l'intelligence artificielle (IA)`: the topic's initials, not the meeting's
            }
            List<String> words = new ArrayList<>();
            for (int k = open + 1; k < close; k++) {
                words.add(toks.get(k).word());
            }
            if (!shortNames.contains(words)) {
                shortNames.add(words);
            }
            if (words.size() == 2 && dict.lookup(TextFolding.fold(acronym)).isEmpty()
                    && !shortNames.contains(List.of(acronym))) {
                shortNames.add(List.of(acronym)); // `(TICAD 10)`, then `la Ticad réunit …`: the series' name alone
                seriesNames.add(List.of(acronym));
            }
        }
        if (shortNames.isEmpty()) {
            return all;
        }
        List<Candidate> out = new ArrayList<>(all);
        for (Sentence s : doc.sentences()) {
            List<Token> toks = s.tokens();
            for (List<String> words : shortNames) {
                for (int k = 0; k + words.size() <= toks.size(); k++) {
                    boolean same = true;
                    for (int j = 0; j < words.size(); j++) {
                        same &= words.size() == 1 ? toks.get(k).isCapitalized()
                                && toks.get(k).folded().equals(TextFolding.fold(words.get(0)))
                                : toks.get(k + j).word().equals(words.get(j));
                    }
                    int end = k + words.size();
                    if (!same || end < toks.size() && words.size() == 1 && toks.get(end).word().matches("\\d{1,3}")
                            && toks.get(end).start() == toks.get(k).end()) {
                        continue;
                    }
                    final int from = k;
                    boolean inEvent = out.stream().anyMatch(c -> c.sentenceIndex() == s.index()
                            && c.type() == EntityType.EVENT && c.firstToken() <= from && c.endToken() >= end);
                    if (inEvent) {
                        continue;
                    }
                    boolean inOther = out.stream().anyMatch(c -> c.sentenceIndex() == s.index() && !c.method().equals("ner")
                            && c.firstToken() < end && c.endToken() > from && (c.firstToken() < from || c.endToken() > end
                            || words.size() == 1));
                    boolean taggedPlaceOrPerson = out.stream().anyMatch(c -> c.sentenceIndex() == s.index()
                            && (c.type() == EntityType.LOCATION || c.type() == EntityType.PERSON)
                            && c.firstToken() < end && c.endToken() > from);
                    if (inOther || seriesNames.contains(words) && !taggedPlaceOrPerson) {
                        continue; // `(ASEM I)`, then `l'ASEM` untagged or read as a body: the process, not the meeting
                    }
                    out.removeIf(c -> c.sentenceIndex() == s.index() && c.firstToken() < end && c.endToken() > from);
                    int startChar = toks.get(k).start();
                    int endChar = toks.get(end - 1).end();
                    out.add(new Candidate(EntityType.EVENT, "", "", "", s.index(), k, end, startChar, endChar,
                            doc.text().substring(startChar, endChar), "", "rule"));
                }
            }
        }
        out.sort(Comparator.comparingInt(Candidate::sentenceIndex).thenComparingInt(Candidate::start));
        return out;
    }

    private static final java.util.Set<String> PROPER_NAME_HEADS = java.util.Set.of("sommet", "forum");

    /**
     * `le sommet Choose France` (or `« Choose France »`), then `Choose France a attiré …`: a meeting named by its head
     * and a proper name of two to four capitalised words, the first one no word the dictionary knows, is that meeting
     * wherever the article writes the name alone (the headline, a later mention), whatever the tagger made of it.
     */
    private List<Candidate> eventProperNames(AnnotatedText doc, List<Candidate> all) {
        List<List<String>> names = new ArrayList<>();
        for (Candidate e : all) {
            if (e.type() != EntityType.EVENT) {
                continue;
            }
            List<Token> toks = tokens(doc, e.sentenceIndex());
            int k = e.firstToken();
            if (!PROPER_NAME_HEADS.contains(Words.fold(toks.get(k)))) {
                continue;
            }
            k++;
            int end = e.endToken();
            if (k < end && EventRecognizer.OPEN_QUOTES.contains(toks.get(k).word())
                    && EventRecognizer.CLOSE_QUOTES.contains(toks.get(end - 1).word())) {
                k++;
                end--;
            }
            List<String> words = new ArrayList<>();
            boolean proper = end - k >= 2 && end - k <= 4;
            for (int j = k; j < end && proper; j++) {
                Token t = toks.get(j);
                proper = t.isCapitalized() && !Words.isAllCaps(t.word()) && t.word().chars().allMatch(Character::isLetter);
                words.add(t.word());
            }
            if (!proper || !dict.lookup(TextFolding.fold(words.get(0))).isEmpty() || dict.commonWords.contains(words.get(0))
                    || names.contains(words)) {
                continue;
            }
            names.add(words);
        }
        if (names.isEmpty()) {
            return all;
        }
        List<Candidate> out = new ArrayList<>(all);
        for (Sentence s : doc.sentences()) {
            List<Token> toks = s.tokens();
            for (List<String> words : names) {
                for (int k = 0; k + words.size() <= toks.size(); k++) {
                    boolean same = true;
                    for (int j = 0; j < words.size() && same; j++) {
                        same = toks.get(k + j).word().equals(words.get(j));
                    }
                    final int from = k;
                    final int end = k + words.size();
                    if (!same || out.stream().anyMatch(c -> c.sentenceIndex() == s.index() && c.type() == EntityType.EVENT
                            && c.firstToken() <= from && c.endToken() >= end)) {
                        continue;
                    }
                    boolean straddles = out.stream().anyMatch(c -> c.sentenceIndex() == s.index()
                            && c.firstToken() < end && c.endToken() > from && (c.firstToken() < from || c.endToken() > end)
                            && !c.method().equals("ner"));
                    if (straddles) {
                        continue;
                    }
                    out.removeIf(c -> c.sentenceIndex() == s.index() && c.firstToken() < end && c.endToken() > from);
                    int startChar = toks.get(from).start();
                    int endChar = toks.get(end - 1).end();
                    out.add(new Candidate(EntityType.EVENT, "", "", "", s.index(), from, end, startChar, endChar,
                            doc.text().substring(startChar, endChar), "", "rule"));
                }
            }
        }
        out.sort(Comparator.comparingInt(Candidate::sentenceIndex).thenComparingInt(Candidate::start));
        return out;
    }

    /**
     * The meeting's name with each body it names by an acronym spelled out (`sommet de l'UA` → `sommet de l'Union
     * africaine`): the two names of one meeting, in the headline and in the body, are one key.
     */
    /** `sommet Union africaine-Union européenne`: a head, then two capitalised bodies' names joined by a hyphen. */
    private static final java.util.regex.Pattern NAMED_PAIR = java.util.regex.Pattern.compile(
            "((?:\\S+ )+?)(\\p{Lu}[^-]*)-(\\p{Lu}[^-]*)");
    private static final java.util.regex.Pattern PARTY_PAIR = java.util.regex.Pattern.compile(
            "\\b(\\p{Lu}{2,6})-(\\p{Lu}{2,6})\\b");

    /** The canonical name of the body the dictionary gives an acronym, or null. */
    private static String bodyName(Dictionaries dict, String acronym) {
        for (DictEntry e : dict.lookup(TextFolding.fold(acronym))) {
            if (e.type() == EntityType.ORGANIZATION) {
                return e.canonicalName();
            }
        }
        return null;
    }

    /**
     * (h62-ents) A body the gazetteer knows, written in full under another spelling than its canonical name (`la
     * Communauté des Etats d'Amérique latine et des Caraïbes`, `le Groupe des 20`, `la Communauté est-africaine`): in a
     * meeting's name it is spelled as its canonical name, as its acronym is, so that `le sommet de la Celac` and `le
     * sommet de la Communauté des Etats d'Amérique latine …` are one meeting. Only a body that ends the meeting's name:
     * inside it (`la Conférence des Nations unies sur l'océan`) the name is the series' own, as the dictionary spells it.
     */
    private static boolean spelledOtherwise(Candidate body) {
        return body.method().equals("gazetteer")
                && !TextFolding.fold(body.text()).replace('’', '\'').equals(TextFolding.fold(body.canonical()));
    }

    /**
     * (h63-ents) The bodies the gazetteer knows inside a meeting's name, as written (`… de la Communauté d'Afrique de
     * l'Est`): in the key their article is the elided one, like that of a body's acronym or other spelling, whose
     * gender or elision differ (`de l'EAC`, `de la Communauté est-africaine`), wherever the body stands in the name.
     */
    private static List<Candidate> bodiesInTheName(Candidate event, List<Candidate> all) {
        List<Candidate> out = new ArrayList<>();
        for (Candidate c : all) {
            if (c.type() == EntityType.ORGANIZATION && c.method().equals("gazetteer")
                    && c.sentenceIndex() == event.sentenceIndex() && c.start() > event.start() && c.end() <= event.end()) {
                out.add(c);
            }
        }
        return out;
    }

    /** The length of the article `la ` / `le ` / `l'` right after `de ` that ends {@code text} at {@code at}, or 0. */
    private static int articleBefore(CharSequence text, int at) {
        String before = text.subSequence(0, at).toString().toLowerCase(java.util.Locale.ROOT).replace('’', '\'');
        for (String article : new String[] {"de la ", "de le ", "de l'"}) {
            if (before.endsWith(article) && (before.length() == article.length()
                    || before.charAt(before.length() - article.length() - 1) == ' ')) {
                return article.length() - 3;
            }
        }
        return 0;
    }

    private static String withBodiesSpelledOut(Dictionaries dict, Candidate event, List<Candidate> all) {
        StringBuilder text = new StringBuilder(event.text());
        List<Candidate> inner = new ArrayList<>();
        for (Candidate c : all) {
            if (c.type() == EntityType.ORGANIZATION && c.sentenceIndex() == event.sentenceIndex()
                    && c.start() >= event.start() && c.end() <= event.end() && c.canonical() != null
                    && !c.canonical().isEmpty() && (c.end() - c.start() < c.canonical().length()
                    && Words.isAllCaps(c.text().replaceAll("[^\\p{L}]", "")) || spelledOtherwise(c) && c.end() == event.end())) {
                inner.add(c);
            }
        }
        for (Candidate c : all) {
            // (h49-entites16) `le sommet de Baghdad`, then `le Sommet de Bagdad`: a place the gazetteer knows under
            // another spelling is one place, and the meeting named by it one meeting (its name keeps the text's spelling)
            if (c.type() == EntityType.LOCATION && c.method().equals("gazetteer") && c.sentenceIndex() == event.sentenceIndex()
                    && c.start() >= event.start() && c.end() <= event.end() && c.canonical() != null
                    && !c.canonical().isEmpty() && !TextFolding.fold(c.text()).equals(TextFolding.fold(c.canonical()))
                    && inner.stream().noneMatch(o -> o.start() < c.end() && c.start() < o.end())) {
                inner.add(c);
            }
        }
        List<Candidate> spans = new ArrayList<>(inner);
        for (Candidate c : bodiesInTheName(event, all)) {
            if (!spans.contains(c)) {
                spans.add(c);
            }
        }
        spans.sort(Comparator.comparingInt(Candidate::start).reversed());
        for (Candidate c : spans) {
            int from = c.start() - event.start();
            String article = "";
            if (c.type() == EntityType.ORGANIZATION && articleBefore(text, from) > 0) {
                from -= articleBefore(text, from);
                article = "l'"; // `de l'EAC` = `de la Communauté est-africaine`: one (elided) article for both
            }
            text.replace(from, c.end() - event.start(), article + (inner.contains(c) ? c.canonical() : c.text()));
        }
        // `sommet UE-UA` = `sommet Union européenne-Union africaine`: each acronym of a pair of parties spelled out
        java.util.regex.Matcher m = PARTY_PAIR.matcher(text);
        StringBuilder spelled = new StringBuilder();
        while (m.find()) {
            String left = bodyName(dict, m.group(1));
            String right = bodyName(dict, m.group(2));
            left = left == null ? m.group(1) : left;
            right = right == null ? m.group(2) : right;
            if (TextFolding.fold(left).compareTo(TextFolding.fold(right)) > 0) { // `UA-UE` = `UE-UA`: the same two bodies
                String t = left;
                left = right;
                right = t;
            }
            m.appendReplacement(spelled, java.util.regex.Matcher.quoteReplacement(left + "-" + right));
        }
        m.appendTail(spelled);
        java.util.regex.Matcher pair = NAMED_PAIR.matcher(spelled);
        if (pair.matches() && TextFolding.fold(pair.group(2)).compareTo(TextFolding.fold(pair.group(3))) > 0) {
            return pair.group(1) + pair.group(3) + "-" + pair.group(2); // `sommet Union européenne-Union africaine`
        }
        return spelled.toString();
    }

    private static final java.util.Set<String> FUNCTION_WORDS = java.util.Set.of("de", "du", "des", "d'", "la", "le",
            "l'", "les", "et", "pour", "sur", "en", "a", "à", "aux", "au");

    /** The first letters of the words in [from, to), function words left out. */
    private static String initialsOf(List<Token> toks, int from, int to) {
        StringBuilder b = new StringBuilder();
        for (int k = from; k < to; k++) {
            String w = Words.fold(toks.get(k));
            if (!FUNCTION_WORDS.contains(w) && !w.isEmpty() && Character.isLetter(w.charAt(0))) {
                b.append(w.charAt(0));
            }
        }
        return b.toString();
    }

    /** How many words may complete a meeting's name before its short name in brackets. */
    private static final int BRACKET_GAP = 12;

    /**
     * `la 29e Conférence des Parties (COP29)`: a meeting's name, with the words that complete it, followed by
     * another name of it in brackets is one meeting, under the bracketed name (the short form the rest of the
     * article uses).
     */
    private static List<Candidate> bracketedEventNames(AnnotatedText doc, List<Candidate> events) {
        Map<String, Candidate> renamed = new HashMap<>();
        for (Candidate a : events) {
            for (Candidate b : events) {
                if (a.sentenceIndex() == b.sentenceIndex() && b.firstToken() > a.endToken()
                        && b.firstToken() - a.endToken() <= BRACKET_GAP && !a.entityId().equals(b.entityId())) {
                    List<Token> toks = tokens(doc, a.sentenceIndex());
                    boolean plainGap = true; // `la 29e Conférence des Parties à la convention sur le climat (COP29)`
                    for (int k = a.endToken(); k < b.firstToken() - 1; k++) {
                        plainGap &= !Words.isPunctuation(toks.get(k));
                    }
                    if (plainGap && toks.get(b.firstToken() - 1).word().equals("(") && b.endToken() < toks.size()
                            && toks.get(b.endToken()).word().equals(")")) {
                        if (numbered(a) && !numbered(b) && b.firstToken() == a.endToken() + 1) {
                            // `la COP32 (Conférence des Nations unies sur le climat)`: the expansion in brackets
                            // explains the numbered name, which says which meeting it is
                            renamed.putIfAbsent(b.entityId(), a);
                        } else {
                            renamed.putIfAbsent(a.entityId(), b);
                        }
                    }
                }
            }
        }
        if (renamed.isEmpty()) {
            return events;
        }
        List<Candidate> out = new ArrayList<>(events.size());
        for (Candidate c : events) {
            Candidate to = renamed.get(c.entityId());
            out.add(to == null ? c : c.withIdentity(to.entityId(), to.canonical(), to.countryCode()));
        }
        return out;
    }

    /** A meeting's name that carries its edition: `COP32`, `UNOC 3`, `12e sommet de …`. */
    private static boolean numbered(Candidate c) {
        return edition(c.text()) != null || c.text().matches(".*\\p{L}[ -]?\\d{1,3}");
    }

    private static final java.util.regex.Pattern COP_NAME = java.util.regex.Pattern.compile("(?:COP|Cop|CdP|CDP)[ -]*(\\d{1,2})");

    /** `Cop 29`, `COP-29`, `CdP29` → `COP29`: one meeting, one id whatever the spelling. */
    static String copName(String name) {
        java.util.regex.Matcher m = COP_NAME.matcher(name);
        return m.matches() ? "COP" + m.group(1) : name;
    }

    /** `la 31e Conférence des parties (à la CCNUCC)`: the numbered COP under its long name. */
    private static final java.util.regex.Pattern NUMBERED_PARTIES = java.util.regex.Pattern.compile(
            "(\\d{1,2})\\s*-?\\s*(?:e|è|er|ère|ème|eme|ieme|ième|ᵉ)\\s+conf[ée]rence\\s+des\\s+parties\\b.*",
            java.util.regex.Pattern.CASE_INSENSITIVE | java.util.regex.Pattern.UNICODE_CASE);
    /** `des chefs d'État et de gouvernement`: who meets, no part of which meeting it is. */
    /** (h63-ents) `TICAD2019` = `TICAD 2019`: a series' short name and the year glued to it are the same name. */
    private static final java.util.regex.Pattern GLUED_YEAR = java.util.regex.Pattern.compile(
            "\\b(\\p{L}{3,}?)((?:19|20)\\d\\d)\\b");
    private static final java.util.regex.Pattern LEADERS_OF = java.util.regex.Pattern.compile(
            " des chefs d'etats?(?: et de(?:s)? gouvernements?)?(?= |$)");
    /**
     * (h22-ents) `la 31e session du Sommet arabe` = `le 31e Sommet arabe`: the session of a summit, as the Maghreb and
     * Gulf press number the Arab League's, is that summit.
     */
    private static final java.util.regex.Pattern SESSION_OF_SUMMIT = java.util.regex.Pattern.compile(
            "^session (?:ordinaire |extraordinaire )?du sommet(?= |$)");
    /** `session ordinaire de la Conférence de la SADC` = `session ordinaire de la SADC`: the body's assembly is its meeting. */
    private static final java.util.regex.Pattern ASSEMBLY_OF = java.util.regex.Pattern.compile(
            " de la conference(?= (?:de|du|d')(?: |'|$))");
    /** `sommet « Choose France »` = `forum Choose France` = `Choose France`: a head before a proper name adds nothing. */
    private static final java.util.regex.Pattern NAMED_HEAD = java.util.regex.Pattern.compile(
            "^(?:sommet|forum) (?=[a-z])(?!(?:de|du|des|d'|sur|pour|international|internationale|mondial|mondiale|africain|europeen|extraordinaire|special|annuel|regional|ordinaire)\\b)");
    /** `sommet du G20 de Rio` = `G20 de Rio`, `sommet de la COP29` = `COP29`: the head adds nothing to the name. */
    private static final java.util.regex.Pattern SUMMIT_OF_NAMED = java.util.regex.Pattern.compile(
            "^sommet (?:du |de la |de l'|des )(?=(?:g\\d|groupe des|cop\\d))");

    private static String eventKey(String text) {
        java.util.regex.Matcher parties = NUMBERED_PARTIES.matcher(text.trim());
        if (parties.matches()) {
            return "cop" + Integer.parseInt(parties.group(1));
        }
        String key = TextFolding.fold(withoutOrdinal(text)).replaceAll("\\b(?:cop|cdp)[ -]*(\\d)", "cop$1")
                .replaceAll("[«»\"“”‹›]", " ").replaceAll(" {2,}", " ").strip();
        key = LEADERS_OF.matcher(key).replaceAll("");
        key = GLUED_YEAR.matcher(key).replaceAll("$1 $2");
        key = ASSEMBLY_OF.matcher(key).replaceAll("");
        key = SESSION_OF_SUMMIT.matcher(key).replaceFirst("sommet");
        key = NAMED_HEAD.matcher(key).replaceFirst("");
        java.util.regex.Matcher closing = NAME_THEN_COP.matcher(key);
        if (closing.matches()) {
            return closing.group(1); // `la Conférence des Nations unies sur le climat COP31` = `COP31`
        }
        return SUMMIT_OF_NAMED.matcher(key).replaceFirst("");
    }

    /** A conference or a summit named in full and then by its COP number: the number says which meeting. */
    private static final java.util.regex.Pattern NAME_THEN_COP = java.util.regex.Pattern.compile(
            "(?:conference|sommet) .* (cop\\d{1,2})");

    private static final java.util.regex.Pattern COP_KEY = java.util.regex.Pattern.compile("cop(\\d{1,2})");

    /** `38e sommet de l'Union africaine` → `sommet de l'Union africaine`: one meeting series, one name. */
    static String withoutOrdinal(String text) {
        int space = text.indexOf(' ');
        if (space > 0 && EventRecognizer.ORDINAL.matcher(text.substring(0, space)).matches()) {
            return text.substring(space + 1);
        }
        return text;
    }

    /**
     * (h52-entites19) The name a meeting is shown under: without its edition (one series, one name), unless the edition
     * is all that names it (`le 16e sommet`, `leur 17ᵉ Sommet`, `la 33e conférence`): a bare `Sommet` names no meeting.
     */
    static String shownName(String text) {
        String w = withoutOrdinal(text);
        if (w.equals(text) || w.strip().indexOf(' ') >= 0) {
            return w;
        }
        // (h56-entites22) the ordinal in one spelling (`17ᵉ`, `17ème`, `17eme` → `17e`), so that name and id agree and
        // one meeting has one id whatever the outlet typed: `17e Sommet`, `event:17e-sommet`
        return OrdinalSpelling.withPlainEdition(text);
    }

    static String capitalizeFirst(String s) {
        return s.isEmpty() ? s : s.substring(0, 1).toUpperCase(java.util.Locale.ROOT) + s.substring(1);
    }

    private static List<Entity> entities(List<Candidate> cands) {
        Map<String, Entity> byId = new LinkedHashMap<>();
        for (Candidate c : cands) {
            byId.merge(c.entityId(), new Entity(c.entityId(), c.type(), c.canonical(), c.countryCode(), 1, c.start()),
                    (a, b) -> new Entity(a.entityId(), a.type(), a.canonicalName(),
                            a.countryCode().isEmpty() ? b.countryCode() : a.countryCode(), a.mentions() + 1,
                            Math.min(a.firstStart(), b.firstStart())));
        }
        List<Entity> out = new ArrayList<>(byId.values());
        out.sort(Comparator.comparingInt(Entity::firstStart).thenComparing(Entity::entityId));
        return out;
    }

    private static List<Mention> mentions(List<Candidate> cands) {
        List<Mention> out = new ArrayList<>();
        for (Candidate c : cands) {
            out.add(new Mention(c.entityId(), c.type(), c.text(), c.sentenceIndex(), c.start(), c.end(), c.nerLabel(),
                    c.method()));
        }
        return out;
    }

    private static List<Candidate> only(List<Candidate> all, EntityType type) {
        List<Candidate> out = new ArrayList<>();
        for (Candidate c : all) {
            if (c.type() == type) {
                out.add(c);
            }
        }
        return out;
    }

    private static boolean overlapsAny(Candidate c, List<Candidate> others) {
        for (Candidate o : others) {
            if (c.overlaps(o)) {
                return true;
            }
        }
        return false;
    }

    /** Tokens of a sentence, for the resolvers. */
    /**
     * The end (token index) of a dateline opening the sentence, `RIO DE JANEIRO, 18 novembre (AFP) -`, or -1:
     * the agency credited there is the source of the dispatch, not an actor of the story.
     */
    static int datelineEnd(AnnotatedText doc, int sentenceIndex) {
        List<Token> toks = tokens(doc, sentenceIndex);
        if (toks.isEmpty() || toks.get(0).word().length() < 3) {
            return -1;
        }
        if (!Words.isAllCaps(toks.get(0).word()) && toks.get(0).isCapitalized()) {
            // `Hanoi (VNA) - Le Premier ministre …`, `Dakar, 6 mai (APS) – Le président …`: the place, maybe a date,
            // and the agency in brackets before a dash that opens the story in the same sentence
            boolean date = false;
            for (int k = 1; k + 3 < toks.size() && k < 12; k++) {
                String w = toks.get(k).word();
                if (w.equals("(") && Words.isAllCaps(toks.get(k + 1).word()) && toks.get(k + 2).word().equals(")")
                        && Set.of("-", "–", "—").contains(toks.get(k + 3).word())) {
                    return k + 3;
                }
                date |= Character.isDigit(w.charAt(0));
                boolean datelineWord = toks.get(k).isCapitalized() || w.equals(",") || w.equals(".") || Character.isDigit(w.charAt(0))
                        || date && w.length() <= 9; // a month after the day, `6 mai`
                if (!datelineWord) {
                    break;
                }
            }
        }
        if (!Words.isAllCaps(toks.get(0).word())) {
            // `Libreville, 22 juin (AFP) -` set apart by the clean stage: the dash ends the sentence
            String last = toks.get(toks.size() - 1).word();
            boolean alone = last.equals("-") || last.equals("–") || last.equals("—") || last.equals("--");
            return alone && toks.get(0).isCapitalized() && toks.size() > 2 && toks.get(1).word().equals(",") ? toks.size() - 1 : -1;
        }
        boolean placeThenDate = false; // `BAKOU, 24 novembre (AFP) -`, not a headline `OTAN - Le sommet …`
        for (int k = 1; k < Math.min(toks.size(), 16); k++) {
            String w = toks.get(k).word();
            placeThenDate |= w.equals(",") || w.equals("(");
            if (w.equals("-") || w.equals("–") || w.equals("—")) {
                return placeThenDate ? k : -1;
            }
            if (w.equals(".") || w.equals(";")) {
                return -1;
            }
        }
        return -1;
    }

    static List<Token> tokens(AnnotatedText doc, int sentenceIndex) {
        return doc.sentences().get(sentenceIndex).tokens();
    }
}
