package org.summitcoverage.dict;

import org.summitcoverage.model.EntityType;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * All dictionaries of {@code src/main/resources/dict}, loaded once per JVM: countries (names, demonyms,
 * capitals, seats of power), organisations, locations, and the word lists the rules use.
 * Lookups are by folded form ({@link TextFolding#fold}).
 */
public final class Dictionaries {
    public static final String COUNTRIES = "/dict/countries.tsv";
    public static final String ORGANIZATIONS = "/dict/organizations.tsv";
    public static final String LOCATIONS = "/dict/locations.tsv";
    static final String[] COUNTRY_HEADER = {"iso2", "name", "article", "variants", "demonyms", "capitals", "metonyms",
            "ambiguous"};
    static final String[] ORG_HEADER = {"canonical", "acronyms", "variants", "kind"};
    static final String[] LOCATION_HEADER = {"name", "country", "kind", "variants"};

    private final Map<String, List<DictEntry>> forms = new HashMap<>();
    private final java.util.Set<String> firstWords = new java.util.HashSet<>();
    /**
     * Every leading substring of every folded form, the empty one and the whole form included (26,000 strings for
     * 3,700 forms): a span whose key is none of them cannot grow into a form, so the matchers stop lengthening it.
     */
    private final java.util.Set<String> formPrefixes = new java.util.HashSet<>();
    private final Map<String, String> countryNames = new HashMap<>();
    /** Ids of the news media of the organisation list (kind `media`): `RFI`, `Jeune Afrique`, `TV5Monde`. */
    private final java.util.Set<String> mediaIds = new java.util.HashSet<>();
    private int longestFormTokens = 1;
    public final WordList stateNouns;
    public final WordList titles;
    /** Titles held of a territory (`prince de Galles`, `duchesse de Cornouailles`): the place after `de` is the title's. */
    public final WordList territorialTitles;
    public final WordList commonWords;
    public final WordList siteNouns;
    /** Heads of building names that take their town (`dict/venue_heads.txt`), folded, possibly several words. */
    public final WordList venueHeads;
    public final WordList companyNouns;
    public final WordList bodyHeads;
    /** Nouns that name an organ of a known body: `Parlement`, `Cour`, `Conseil` (dict/organ_heads.txt). */
    public final WordList organHeads;
    public final WordList groupHeads;
    public final WordList leaderGovernments;
    public final WordList placeNouns;
    /** Verbs after which a capital is its government (`représentera Moscou`). */
    public final WordList governmentVerbs;
    public final WordList bodySuffixes;
    /** Last words of a news outlet's name (`Eurokaz News`, `Baobab TV`). */
    public final WordList mediaSuffixes;
    /** Heads of two-word names of institutions, parties and forces besides the body, organ and group heads. */
    public final WordList institutionHeads;
    /** Heads of armed, guard and police bodies (`Garde`, `Gendarmerie`, `Police`). */
    public final WordList forceHeads;
    /** Titles of sovereigns and their families (`roi`, `reine`, `pape`, `émir`). */
    public final WordList sovereignTitles;
    /** Common words that are also first names (`dict/first_name_words.txt`): `Grâce`, `Espoir`. */
    public final WordList firstNameWords;
    /** (h38-entites5) Proper names that are no entity (`dict/no_entity_names.txt`): `Air Force One`, `Marine One`. */
    public final WordList noEntityNames;
    /** (h44-entites11) Words before a newspaper's title naming it a source (`dict/source_cues.txt`): `selon`, `rapporte`. */
    public final WordList sourceCues;
    /** (h45-entites12) Nouns of a party right before its name (`dict/party_nouns.txt`): `le parti Ennahda`. */
    public final WordList partyNouns;
    /** (h46-entites13) Nouns of a news outlet right before its name (`dict/press_nouns.txt`): `le journal X`. */
    public final WordList pressNouns;
    public final WordList familyNouns;
    /** (h44-entites11) Nouns of a state's period after a Roman ordinal (`dict/regime_nouns.txt`): `Ve République`. */
    public final WordList regimeNouns;
    /** (h44-entites11) Nouns of goods before a brand (`dict/goods_nouns.txt`): `du cristal Baccarat`. */
    public final WordList goodsNouns;
    /** (h43-entites10) Social networks, a medium before a name (`dict/social_networks.txt`): `X`, `Telegram`. */
    public final WordList socialNetworks;
    /** (h43-entites10) English nouns closing a hotel's or farm's name (`dict/site_suffixes.txt`): `Hôtel`, `Farm`. */
    public final WordList siteSuffixes;
    /** Particles hyphenated to Arabic family names (`dict/name_particles.txt`): `al-`, `el-`. */
    public final WordList nameParticles;
    /** Lower-case particles inside a European family name (`dict/name_infixes.txt`): `von`, `der`, `da`. */
    public final WordList nameInfixes;
    /** (h23-names) Words that link a name's parts (`dict/name_linkers.txt`): `Ould`, `Bint`, `Abou`, never a short name. */
    public final WordList nameLinkers;
    /** Recurring meetings named by a short name of their own (`dict/meeting_series.txt`): `TICAD`, `CHOGM`. */
    public final WordList meetingSeries;
    /**
     * The full names of those series (`dict/meeting_series_names.tsv`), folded and read as {@link #seriesNameKey}:
     * full name → folded short name (`conference des nations unies sur l'ocean` → `unoc`).
     */
    public final Map<String, String> meetingSeriesNames = new java.util.HashMap<>();

    private static final class Holder {
        static final Dictionaries INSTANCE = new Dictionaries();
    }

    public static Dictionaries shared() {
        return Holder.INSTANCE;
    }

    private Dictionaries() {
        loadCountries();
        loadOrganizations();
        loadLocations();
        addBodiesWithoutRegionsArticle();
        addDottedAcronyms();
        stateNouns = WordList.load("/dict/state_nouns.txt");
        titles = WordList.load("/dict/titles.txt");
        territorialTitles = WordList.load("/dict/territorial_titles.txt");
        commonWords = WordList.load("/dict/common_words.txt");
        siteNouns = WordList.load("/dict/site_nouns.txt");
        venueHeads = WordList.load("/dict/venue_heads.txt");
        companyNouns = WordList.load("/dict/company_nouns.txt");
        bodyHeads = WordList.load("/dict/body_heads.txt");
        organHeads = WordList.load("/dict/organ_heads.txt");
        groupHeads = WordList.load("/dict/group_heads.txt");
        leaderGovernments = WordList.load("/dict/leader_governments.txt");
        placeNouns = WordList.load("/dict/place_nouns.txt");
        governmentVerbs = WordList.load("/dict/government_verbs.txt");
        bodySuffixes = WordList.load("/dict/body_suffixes.txt");
        mediaSuffixes = WordList.load("/dict/media_suffixes.txt");
        institutionHeads = WordList.load("/dict/institution_heads.txt");
        forceHeads = WordList.load("/dict/force_heads.txt");
        sovereignTitles = WordList.load("/dict/sovereign_titles.txt");
        firstNameWords = WordList.load("/dict/first_name_words.txt");
        noEntityNames = WordList.load("/dict/no_entity_names.txt");
        sourceCues = WordList.load("/dict/source_cues.txt");
        partyNouns = WordList.load("/dict/party_nouns.txt");
        pressNouns = WordList.load("/dict/press_nouns.txt");
        familyNouns = WordList.load("/dict/family_nouns.txt");
        regimeNouns = WordList.load("/dict/regime_nouns.txt");
        goodsNouns = WordList.load("/dict/goods_nouns.txt");
        socialNetworks = WordList.load("/dict/social_networks.txt");
        siteSuffixes = WordList.load("/dict/site_suffixes.txt");
        nameParticles = WordList.load("/dict/name_particles.txt");
        nameInfixes = WordList.load("/dict/name_infixes.txt");
        nameLinkers = WordList.load("/dict/name_linkers.txt");
        meetingSeries = WordList.load("/dict/meeting_series.txt");
        for (TsvResource.Row row : TsvResource.read("/dict/meeting_series_names.tsv", "short_name", "full_name")) {
            meetingSeriesNames.put(seriesNameKey(row.get(1)), TextFolding.fold(row.get(0)));
        }
    }

    /** A meeting's full name as the series table compares it: folded, the United Nations under one spelling. */
    public static String seriesNameKey(String name) {
        return TextFolding.fold(name).replace('’', '\'').replaceAll("\\s+", " ").strip()
                .replace("de l'organisation des nations unies", "des nations unies")
                .replace("de l'onu", "des nations unies");
    }

    private void loadCountries() {
        for (TsvResource.Row row : TsvResource.read(COUNTRIES, COUNTRY_HEADER)) {
            String code = row.get(0);
            if (!code.matches("[A-Z]{2}")) {
                throw new IllegalStateException(row.where() + ": bad ISO code " + code);
            }
            String name = row.get(1);
            String id = "country:" + code;
            countryNames.put(code, name);
            Set<String> ambiguous = foldedSet(TsvResource.list(row.get(7)));
            addCountry(row, id, name, code, name, Kind.NAME, ambiguous);
            for (String v : TsvResource.list(row.get(3))) {
                addCountry(row, id, name, code, v, looksLikeAcronym(v) ? Kind.ACRONYM : Kind.NAME, ambiguous);
            }
            for (String d : TsvResource.list(row.get(4))) {
                addCountry(row, id, name, code, d, Kind.DEMONYM, ambiguous);
            }
            for (String c : TsvResource.list(row.get(5))) {
                addCountry(row, id, name, code, c, Kind.CAPITAL, ambiguous);
            }
            for (String m : TsvResource.list(row.get(6))) {
                addCountry(row, id, name, code, m, Kind.METONYM, ambiguous);
            }
        }
    }

    private void addCountry(TsvResource.Row row, String id, String name, String code, String form, Kind kind,
                            Set<String> ambiguous) {
        add(form, new DictEntry(EntityType.COUNTRY, id, name, code, kind, ambiguous.contains(TextFolding.fold(form)),
                row.where(), false));
    }

    private void loadOrganizations() {
        for (TsvResource.Row row : TsvResource.read(ORGANIZATIONS, ORG_HEADER)) {
            String canonical = row.get(0);
            String id = "org:" + TextFolding.slug(canonical);
            if (row.get(3).strip().equals("media")) {
                mediaIds.add(id);
            }
            add(canonical, new DictEntry(EntityType.ORGANIZATION, id, canonical, "", Kind.NAME, false, row.where(), false));
            addWithoutRegionsArticle(canonical, new DictEntry(EntityType.ORGANIZATION, id, canonical, "", Kind.NAME, false,
                    row.where(), false));
            for (String a : TsvResource.list(row.get(1))) {
                add(a, new DictEntry(EntityType.ORGANIZATION, id, canonical, "", Kind.ACRONYM, false, row.where(), false));
                dottedAcronyms.add(Map.entry(a, new DictEntry(EntityType.ORGANIZATION, id, canonical, "", Kind.ACRONYM,
                        false, row.where(), false)));
            }
            for (String v : TsvResource.list(row.get(2))) {
                add(v, new DictEntry(EntityType.ORGANIZATION, id, canonical, "",
                        looksLikeAcronym(v) ? Kind.ACRONYM : Kind.NAME, false, row.where(), false));
                if (!looksLikeAcronym(v)) {
                    addWithoutRegionsArticle(v, new DictEntry(EntityType.ORGANIZATION, id, canonical, "", Kind.NAME, false,
                            row.where(), false));
                }
            }
        }
    }

    /** ` de l'` before a capitalised word that starts with a vowel: `de l'Afrique`, `de l'Asie`. */
    private static final java.util.regex.Pattern ARTICLE_BEFORE_A_NAME =
            java.util.regex.Pattern.compile(" de l['’]([AEIOUYÂÉÈÊÎÔÛ][\\p{L}-]*)");
    /** Bodies' names that hold ` de l'` before a capitalised word, with their entries, read once the places are loaded. */
    private final List<Map.Entry<String, DictEntry>> namesWithARegionsArticle = new ArrayList<>();

    private void addWithoutRegionsArticle(String form, DictEntry entry) {
        if (ARTICLE_BEFORE_A_NAME.matcher(form).find()) {
            namesWithARegionsArticle.add(Map.entry(form, entry));
        }
    }

    /**
     * (h46-entites13) `l'Association des Nations d'Asie du Sud-Est`, `la Communauté économique des États d'Afrique de
     * l'Ouest`: the press often drops the article of the continent or region in a body's name. Each `de l'` before a
     * word that is a place of `dict/locations.tsv` (`Afrique`, `Asie`; not `de l'Ouest`, `de l'Union`) may be written
     * `d'`; that form is the same body, unless the dictionary already gives it to something else.
     */
    /** Bodies' acronyms in capitals, read once every form is loaded. */
    private final List<Map.Entry<String, DictEntry>> dottedAcronyms = new ArrayList<>();

    /**
     * (h46-entites13) `l'O.N.U.`, `de l'U.A`, `la C.E.D.E.A.O`: an acronym of two to seven capitals written with a dot
     * after each letter (the last one or not) is the same body, unless the dictionary gives that form to another entry.
     */
    private void addDottedAcronyms() {
        for (Map.Entry<String, DictEntry> e : dottedAcronyms) {
            String a = e.getKey();
            if (!a.matches("[A-Z]{2,7}")) {
                continue;
            }
            String dotted = a.replaceAll("(.)", "$1.");
            for (String form : List.of(dotted, dotted.substring(0, dotted.length() - 1))) {
                if (lookup(TextFolding.fold(form)).isEmpty()) {
                    add(form, e.getValue());
                }
            }
        }
        dottedAcronyms.clear();
    }

    private void addBodiesWithoutRegionsArticle() {
        for (Map.Entry<String, DictEntry> e : namesWithARegionsArticle) {
            java.util.regex.Matcher m = ARTICLE_BEFORE_A_NAME.matcher(e.getKey());
            while (m.find()) {
                boolean place = lookup(TextFolding.fold(m.group(1))).stream().anyMatch(x -> x.type() == EntityType.LOCATION);
                String elided = e.getKey().substring(0, m.start()) + " d'" + e.getKey().substring(m.start(1));
                if (place && lookup(TextFolding.fold(elided)).isEmpty()) {
                    add(elided, e.getValue());
                }
            }
        }
        namesWithARegionsArticle.clear();
    }

    private void loadLocations() {
        for (TsvResource.Row row : TsvResource.read(LOCATIONS, LOCATION_HEADER)) {
            String name = row.get(0);
            String id = "location:" + TextFolding.slug(name);
            String country = row.get(1);
            add(name, new DictEntry(EntityType.LOCATION, id, name, country, Kind.NAME, false, row.where(), false));
            for (String v : TsvResource.list(row.get(3))) {
                add(v, new DictEntry(EntityType.LOCATION, id, name, country, Kind.NAME, false, row.where(), false));
            }
        }
    }

    private void add(String form, DictEntry entry) {
        String key = TextFolding.fold(form);
        entry = entry.withLowercaseForm(!form.isEmpty() && Character.isLowerCase(form.charAt(0)));
        if (key.isEmpty()) {
            return;
        }
        List<DictEntry> list = forms.computeIfAbsent(key, k -> new ArrayList<>(1));
        for (DictEntry e : list) {
            if (e.entityId().equals(entry.entityId()) && e.kind() == entry.kind()) {
                return;
            }
        }
        list.add(entry);
        firstWords.add(firstWord(key));
        for (int end = 0; end <= key.length(); end++) {
            formPrefixes.add(key.substring(0, end));
        }
        longestFormTokens = Math.max(longestFormTokens, key.split("[ ']").length + 1);
    }

    /** The first word of a folded form: a dictionary match can only start at a token whose folded text starts so. */
    public static String firstWord(String folded) {
        int end = 0;
        while (end < folded.length() && folded.charAt(end) != ' ' && folded.charAt(end) != '\'') {
            end++;
        }
        return folded.substring(0, end);
    }

    /** True when some form starts with this (folded) word: lets the matcher skip most positions at once. */
    public boolean startsSomeForm(String foldedWord) {
        return firstWords.contains(foldedWord);
    }

    /**
     * True when some form starts with this folded text, character for character (the form itself included). Any
     * longer span of tokens extends its key (see {@code FormKeys}), so when this is false no longer span is a form.
     */
    public boolean startsSomeFormWith(String foldedText) {
        return formPrefixes.contains(foldedText);
    }

    /**
     * A title word, prefixed ones included: `vice-ministre` and `sous-secrétaire` are titles because
     * `ministre` and `secrétaire` are.
     */
    public boolean isTitle(String word) {
        return titles.contains(withoutTitlePrefix(word));
    }

    /** `vice-ministre` → `ministre`, `sous-secrétaire` → `secrétaire`; other words unchanged. */
    public static String withoutTitlePrefix(String word) {
        String w = word.toLowerCase(java.util.Locale.ROOT);
        for (String prefix : new String[]{"vice-", "sous-", "co-", "ex-", "pro-", "vice ", "sous "}) {
            if (w.startsWith(prefix) && w.length() > prefix.length() + 2) {
                return word.substring(prefix.length());
            }
        }
        return word;
    }

    /** A news outlet of the organisation list (`RFI`, `Jeune Afrique`): it may open a quoted person's name by NER. */
    public boolean isMedia(DictEntry e) {
        return e.type() == EntityType.ORGANIZATION && mediaIds.contains(e.entityId());
    }

    /** A news outlet's entity id (`org:reuters`): words told to it are told to the press, not at a meeting. */
    public boolean isMediaId(String entityId) {
        return mediaIds.contains(entityId);
    }

    /** A demonym of the country dictionary (`français`, `sud-africaine`), given folded. */
    public boolean isDemonym(String folded) {
        for (DictEntry e : lookup(folded)) {
            if (e.kind() == Kind.DEMONYM) {
                return true;
            }
        }
        return false;
    }

    /** Every entry whose form folds to {@code folded}. */
    public List<DictEntry> lookup(String folded) {
        return forms.getOrDefault(folded, List.of());
    }

    /** All forms with their entries, for the dictionary checks. */
    public Map<String, List<DictEntry>> allForms() {
        return Map.copyOf(forms);
    }

    public String countryName(String code) {
        return countryNames.get(code);
    }

    public Set<String> countryCodes() {
        return countryNames.keySet();
    }

    public int longestFormTokens() {
        return longestFormTokens;
    }

    static boolean looksLikeAcronym(String s) {
        return s.length() <= 8 && s.equals(s.toUpperCase(java.util.Locale.ROOT)) && s.chars().anyMatch(Character::isLetter)
                && !s.contains(" ");
    }

    private static Set<String> foldedSet(List<String> items) {
        Set<String> out = new java.util.HashSet<>();
        for (String s : items) {
            out.add(TextFolding.fold(s));
        }
        return out;
    }
}
