package org.summitcoverage.extract.roles;

import org.summitcoverage.dict.TextFolding;
import org.summitcoverage.extract.roles.RoleCueLexicon.Hit;
import org.summitcoverage.model.EntityType;
import org.summitcoverage.model.Mention;
import org.summitcoverage.nlp.Token;

import java.util.ArrayList;
import java.util.List;

/**
 * Word-order readings for when the parse found no argument of a verb cue (long lists defeat it): the list
 * after `par`, the name right before the verb (adverbs, auxiliaries, negation and a lower-case apposition
 * skipped), the subject after the verb (`Ont participé à la réunion l'Allemagne, l'Arménie…`), and the list
 * after the main verb of an opening `Parmi les … qui <cue> figurent X, Y`.
 */
final class TokenFallbackReading implements HolderReading {
    private final boolean readsParAgent;

    /** @param readsParAgent false for a participle whose `par` agent does not hold the role (`attendu par X`) */
    TokenFallbackReading(boolean readsParAgent) {
        this.readsParAgent = readsParAgent;
    }

    TokenFallbackReading() {
        this(true);
    }

    @Override
    public List<Finding> read(CueSite site) {
        List<Finding> out = readsParAgent ? listAfterPar(site) : new ArrayList<>();
        if (!out.isEmpty()) {
            return out;
        }
        SentenceGraph g = site.graph();
        List<Token> toks = g.tokens();
        Hit h = site.hit();
        RoleWords words = site.words();
        if (purposeInfinitive(toks, h)) {
            // `Les chefs d'État sont en route pour Astana, la capitale du Kazakhstan, pour assister au sommet`:
            // the name before `pour` is the main verb's complement, not the subject of the infinitive
            return out;
        }
        int k = h.first() - 1;
        while (k >= 0 && (words.skippableBeforeVerb.containsWord(toks.get(k)) || ClauseReading.isAdverb(toks, k)
                || ClauseReading.isEmphaticPronoun(words, toks, k))) {
            if (toks.get(k).word().equals(",") && FrontedAddition.closesAt(g, words, toks, k)) {
                // (h31-listes) `Outre A, qui …, y participent B et C`, `Outre le président X, Y, y participent B`: the
                // comma closes the fronted phrase (a person there is its title's name, no subject): the subject is inverted
                k = -1;
                break;
            }
            if (toks.get(k).word().equals(",") && !(k + 1 < h.first() && isQui(toks.get(k + 1)))
                    && !TitleAppositions.personBefore(g, k)) {
                if (openingTopic(words, toks, k)) {
                    k = -1; // `Côté brésilien, étaient présents A, B`: the subject is inverted after the verb
                    break;
                }
                int opening = ClauseReading.appositionStart(words, toks, k);
                if (opening > 0) {
                    // `Le Nigeria, premier producteur du continent, s'est tenu à l'écart`: skip the apposition
                    k = opening - 1;
                    break;
                }
                // `Les deux pays, qui coorganiseront … avec le Portugal, ont signé`: the name before the comma
                // closes an incise; it is not the subject. A person there is the usual apposition to a title
                // (`Le Premier ministre belge, Alexander De Croo, a pris part`).
                return out;
            }
            k--;
        }
        List<Mention> companions = k >= 0 && site.role() == org.summitcoverage.model.RoleType.PARTICIPANT
                ? FrontedCompanion.endingAt(g, words, toks, k) : List.of();
        if (!companions.isEmpty()) {
            k = -1; // (h43-presences10) `Avec le président X seront également présents A et B`: the subject is inverted
        }
        boolean relative = false;
        for (int j = Math.max(0, k); j < h.first(); j++) {
            relative |= isQui(toks.get(j));
        }
        if ((relative || inOpeningParmiPhrase(words, toks, h)) && CueScope.startsWithParmi(toks)) {
            List<Finding> members = listAfterListingVerb(site);
            if (members != null) {
                return members;
            }
        }
        int agentAt = k < 0 ? agentInParticiplePhrase(toks, h) : -1;
        if (k < 0 && h.first() == 0 && readsParAgent && agentAt >= 0 && subjectAfterOpeningParticiple(g, h) != null) {
            // `Accueilli avec chaleur par X, le président Y a salué …`: the main clause's subject is the one it was done
            // to, a person greeted, and who greets holds nothing (GreetingIsNoHosting)
            return out;
        }
        if (k < 0 && h.first() == 0 && !(readsParAgent && agentAt >= 0)) {
            Mention subject = subjectAfterOpeningParticiple(g, h);
            if (subject != null) {
                // `Venu à l'invitation de A et B, C a pris part`: the participle's subject is the main clause's
                for (Mention x : Enumerations.coordination(g, subject)) {
                    out.add(site.finding(x, Confidence.TOKEN_RULE, "tokens: subject of an opening participle", h.text() + " … " + x.text()));
                }
                return out;
            }
        }
        if (k < 0 && h.first() == 0 && agentAt < 0 && frontedPlacingParticiple(site, toks, h)) {
            // (h37) `Organisée à Kigali, la réunion des chefs d'État du Commonwealth a …`: the main clause's subject is the
            // meeting placed, not an inverted holder; the body in its name organised nothing (the place's state hosts:
            // MeetingPlaceReading)
            return out;
        }
        if (k < 0 || isObjectRelative(words, toks.get(k).word())) {
            // `Participent au sommet, dans la capitale, les présidents A et B`, `la cérémonie, lors de laquelle
            // étaient présents A et B`: the subject stands after the verb and its complements
            // `Présidé par le chef de l'État malien, le sommet …`, `Accueilli avec chaleur par X, Y …`: the agent holds it
            if (agentAt > h.end() && !readsParAgent) {
                agentAt = -1; // `Attendus avec impatience par les observateurs, A et B`: that agent holds nothing
            }
            if (agentAt < 0 && openingPresentParticiple(toks, h)) {
                // (h58-c) `S'exprimant en séance plénière, tous les représentants ont remercié le Pérou`: the main clause's
                // subject speaks; what follows it is no inverted subject
                Mention subject = mainClauseSubject(g, h);
                if (subject != null) {
                    for (Mention x : Enumerations.coordination(g, subject)) {
                        out.add(site.finding(x, Confidence.TOKEN_RULE, "tokens: subject of an opening participle", h.text() + " … " + x.text()));
                    }
                }
                return out;
            }
            int start = agentAt >= 0 ? agentAt : invertedSubjectStart(words, toks, h.end());
            if (start < 0 || sumOfMoneyAt(words, toks, h.end())) {
                return out; // `Ont été réunis plus de 2 milliards d'euros, demandés par l'ONU`: money gathered, no one
            }
            int phraseEnd = agentAt >= 0 ? agentPhraseEnd(g, agentAt) : toks.size();
            for (Mention x : Enumerations.listAfter(g, start, start == h.end() && k < 0 || agentAt >= 0 ? 8 : 12)) {
                if (x.type() == EntityType.ORGANIZATION && ofGroupNoun(words, toks, g.tokenIndexAt(x.start()))) {
                    continue; // (h58-c) `auquel prendront part les chefs d'État de l'OCI`: the members, not the body
                }
                if (x.start() < toks.get(Math.min(phraseEnd, toks.size() - 1)).start() || phraseEnd >= toks.size()) {
                    out.add(site.finding(x, Confidence.TOKEN_RULE, "tokens: inverted subject", h.text() + " … " + x.text()));
                }
            }
            if (!out.isEmpty()) {
                for (Mention c : companions) { // present with those named: the companion attends too
                    out.add(site.finding(c, Confidence.TOKEN_RULE, FrontedCompanion.RULE, c.text() + " … " + h.text()));
                }
            }
            return out;
        }
        if (readsParAgent && h.end() < toks.size() && toks.get(h.end()).folded().equals("par")
                && !(site.role() == org.summitcoverage.model.RoleType.PARTICIPANT && meansAfterPar(words, toks, h.end()))) {
            // `le président X, accueilli par le chancelier avec une accolade`: before a participle whose `par` agent
            // holds the role stands the one it was done to, never its holder. (h54-presences20) A bare noun after `par`
            // is the means, no agent (`Le président X, présent par visioconférence, a plaidé`): X attends
            return out;
        }
        if ((site.role() == org.summitcoverage.model.RoleType.HOST || site.role() == org.summitcoverage.model.RoleType.CHAIR)
                && passiveWithoutReflexive(toks, h)) {
            // `Les discussions de la Communauté seront organisées en quatre groupes`: the subject of a passive host's or
            // chair's verb is what was organised or chaired, never its holder
            return out;
        }
        Mention m = g.mentionAt(toks.get(k).start());
        if (m == null) {
            m = demonymBeforePortfolio(g, words, k); // `Le ministre turc des Affaires étrangères est sur place`
        }
        if (m == null && words.subjectPronouns.containsWord(toks.get(k))) {
            m = PronounAntecedents.topicOf(g); // `Quant à l'Argentine, elle a purement et simplement refusé de signer`
        }
        if (m != null && ObliqueNameBeforeVerb.governedByPreposition(toks, words, g.tokenIndexAt(m.start()))) {
            return out; // `Le sommet pour la paix en Ukraine organisé en Suisse`: a topic or a place, no subject
        }
        if (m != null && m.type() == EntityType.ORGANIZATION && ofGroupNoun(words, toks, g.tokenIndexAt(m.start()))) {
            return out; // `une majorité des chefs d'État de l'UA est présente`: the members, not the body
        }
        if (m != null && HolderPhrases.sentAnEnvoy(g, m)) {
            return out; // `Cet émissaire de X participera`: the one the envoy acts for
        }
        if (m != null && (m.type() == EntityType.ORGANIZATION || m.type() == EntityType.COUNTRY)) {
            Mention titled = titledPersonBefore(g, words, toks, g.tokenIndexAt(m.start()));
            if (titled != null) {
                m = titled; // `X président du Rwanda et président en exercice de l'Union africaine a prononcé`: X speaks
            }
        }
        if (m != null && SentenceGraph.canHoldRole(m) && !(m.type() == EntityType.PERSON && k > 0
                && words.isLeaderGovernment(toks.get(k - 1).word()))) { // `l'administration Trump a …`: the government acts
            for (Mention x : Enumerations.coordination(g, m)) {
                out.add(site.finding(x, Confidence.TOKEN_RULE, "tokens: subject before verb", x.text() + " … " + h.text()));
            }
        }
        return out;
    }

    /** Most tokens between a person and the body or state that ends the title after the name. */
    private static final int MAX_TITLE_AFTER_NAME = 20;

    /**
     * (h27-sante) The body or state right before the verb closes a title after a person's name, with no comma needed
     * (`Paul X président de la République du Rwanda et président en exercice de l'Union africaine a prononcé une
     * allocution`): it is the `de` complement of a title (`complement_markers`) that follows the person, and the person,
     * not the title's complement, is the verb's subject. Null when no title word stands between them, or a verb, a
     * comma, a clause opener or a sentence stop does.
     */
    private static Mention titledPersonBefore(SentenceGraph g, RoleWords words, List<Token> toks, int at) {
        int j = at - 1;
        while (j >= 0 && words.definiteArticles.containsWord(toks.get(j))) {
            j--;
        }
        if (j < 1 || !words.complementMarkers.containsWord(toks.get(j))) {
            return null;
        }
        boolean titled = false;
        for (int n = j - 1; n >= Math.max(0, at - MAX_TITLE_AFTER_NAME); n--) {
            Token t = toks.get(n);
            String w = t.word();
            if (w.equals(".") || w.equals(";") || w.equals(":") || w.equals(",") || words.clauseOpeners.contains(w) && !w.equals("et")) {
                return null; // `À l'invitation du président X, les chefs d'État du Mali …`: the comma ends X's phrase
            }
            int node = g.nodeAt(t.start());
            if (node > 0 && ("VERB".equals(g.pos(node)) || "AUX".equals(g.pos(node)))) {
                return null;
            }
            Mention p = g.mentionAt(t.start());
            if (p != null && p.type() == EntityType.PERSON) {
                return titled ? p : null;
            }
            titled |= words.isTitle(w);
        }
        return null;
    }

    /** Words of manner or time between a participle and its agent (`accueilli avec chaleur par`, `présidée cette année par`). */
    private static final int MAX_WORDS_BEFORE_AGENT = 5;

    /**
     * The `par` of the participle's agent, right after the cue or past a few words of manner or time, before any
     * comma; -1 when there is none.
     */
    private static int agentInParticiplePhrase(List<Token> toks, Hit h) {
        for (int k = h.end(); k < Math.min(toks.size(), h.end() + MAX_WORDS_BEFORE_AGENT + 1); k++) {
            String w = toks.get(k).folded();
            if (w.equals("par")) {
                return k;
            }
            if (org.summitcoverage.extract.Words.isPunctuation(toks.get(k))) {
                return -1;
            }
        }
        return -1;
    }

    /**
     * The comma that closes a participle's agent phrase. A title's name in apposition (`par le chef de l'État tunisien,
     * X,`) and a second agent (`, et par le président Y,`) belong to it.
     */
    private static int agentPhraseEnd(SentenceGraph g, int agentAt) {
        List<Token> toks = g.tokens();
        int from = agentAt;
        int end = nextComma(toks, from);
        while (end + 1 < toks.size()) {
            Mention named = g.mentionAt(toks.get(end + 1).start());
            boolean nameOfTitle = named != null && named.type() == EntityType.PERSON && titleWithoutName(g, from, end);
            if (!nameOfTitle && !toks.get(end + 1).folded().equals("et")) {
                break;
            }
            from = end + 1;
            end = nextComma(toks, from);
        }
        return end;
    }

    /** The tokens from {@code from} to {@code to} hold a title and name no person. */
    private static boolean titleWithoutName(SentenceGraph g, int from, int to) {
        boolean title = false;
        for (int k = from; k < to; k++) {
            Mention m = g.mentionAt(g.tokens().get(k).start());
            if (m != null && m.type() == EntityType.PERSON) {
                return false;
            }
            title |= g.words().isTitle(g.tokens().get(k).word());
        }
        return title;
    }

    private static int nextComma(List<Token> toks, int from) {
        int k = from;
        while (k < toks.size() && !toks.get(k).word().equals(",")) {
            k++;
        }
        return k;
    }

    /** The words from {@code start} (the cue's end) name a sum of money before any comma (`plus de 2 milliards d'euros`). */
    private static boolean sumOfMoneyAt(RoleWords words, List<Token> toks, int start) {
        for (int k = start; k < Math.min(toks.size(), start + 6); k++) {
            String w = toks.get(k).word();
            if (w.equals(",")) {
                return false;
            }
            if (words.pledgeCounts.contains(w) || words.pledgeAmountWords.contains(w)) {
                return true;
            }
        }
        return false;
    }

    /** The longest topic phrase opening a sentence: `Du côté de la Guinée-Bissau,`. */
    private static final int MAX_TOPIC_TOKENS = 7;

    /** The sentence opens on a topic phrase (`Côté brésilien`, `Du côté nigérien`) that the comma at {@code comma} closes. */
    private static boolean openingTopic(RoleWords words, List<Token> toks, int comma) {
        if (comma > MAX_TOPIC_TOKENS) {
            return false;
        }
        for (int j = 0; j < comma && j < 3; j++) {
            if (words.topicNouns.containsWord(toks.get(j))) {
                for (int i = j + 1; i < comma; i++) {
                    if (toks.get(i).word().equals(",")) {
                        return false;
                    }
                }
                return true;
            }
        }
        return false;
    }

    /** Endings of a past participle (`Venu`, `Arrivée`, `Invités`, `Réunis`); a finite verb (`Participent`) has none. */
    private static final int MAX_TITLE_WORDS = 5;
    private static final List<String> PARTICIPLE_ENDINGS = List.of("é", "ée", "és", "ées", "u", "ue", "us", "ues", "i", "ie", "is", "ies");

    /**
     * A past participle opening the sentence (`Venu au Togo à l'invitation de A et B, C a pris part`): its subject is
     * the name after a comma that a verb follows, the main clause's subject; null when there is none.
     */
    private static Mention subjectAfterOpeningParticiple(SentenceGraph g, Hit h) {
        List<Token> toks = g.tokens();
        String cue = toks.get(h.first()).word().toLowerCase(java.util.Locale.ROOT);
        if (h.end() - h.first() != 1 || PARTICIPLE_ENDINGS.stream().noneMatch(cue::endsWith)) {
            return null;
        }
        return mainClauseSubject(g, h);
    }

    /** The name that opens the main clause after the phrase of the cue (`…, le président sénégalais X a pris part`). */
    private static Mention mainClauseSubject(SentenceGraph g, Hit h) {
        List<Token> toks = g.tokens();
        for (int k = h.end(); k + 1 < toks.size(); k++) {
            if (!toks.get(k).word().equals(",")) {
                continue;
            }
            Mention m = null;
            for (int j = k + 1; j < toks.size() && j <= k + MAX_TITLE_WORDS && m == null; j++) {
                m = g.mentionAt(toks.get(j).start()); // `, le président sénégalais X a pris part`: past the title
                if (m == null && !org.summitcoverage.extract.Words.isLowerWord(toks.get(j))) {
                    break;
                }
            }
            m = Enumerations.personAfterItsTitle(g, m);
            if (m != null && SentenceGraph.canHoldRole(m) && Enumerations.verbFollows(g, m)) {
                return m;
            }
        }
        return null;
    }

    /**
     * The cue is a past participle right after a form of être (`seront organisées`, `a été présidée`, `est accueilli`),
     * with no reflexive pronoun before the auxiliary (`s'est tenu` is active in meaning).
     */
    private static boolean passiveWithoutReflexive(List<Token> toks, Hit h) {
        String cue = toks.get(h.first()).folded();
        if (h.first() < 1 || !cue.matches(".*(e|ee|es|ees|i|ie|is|ies|u|ue|us|ues)")) {
            return false;
        }
        String aux = toks.get(h.first() - 1).folded();
        if (!List.of("est", "sont", "sera", "seront", "etait", "etaient", "ete", "soit", "soient", "serait", "seraient").contains(aux)) {
            return false;
        }
        for (int k = h.first() - 2; k >= Math.max(0, h.first() - 4); k--) {
            String w = toks.get(k).folded().replace('’', '\'');
            if (w.equals("s'") || w.equals("se")) {
                return false;
            }
        }
        return true;
    }

    /** (h26-ia) Any quotation mark a French page uses: guillemets, English curly quotes, straight and low quotes. */
    static boolean isQuotationMark(String w) {
        return w.equals("«") || w.equals("»") || w.equals("\u201C") || w.equals("\u201D") || w.equals("\"")
                || w.equals("\u201E") || w.equals("``") || w.equals("''");
    }

    /**
     * Where the subject after a verb starts, past the verb's complements: the first determiner or name that no
     * preposition governs (`au sommet de la CEN-SAD dans la capitale` are complements, `les présidents A et B`
     * the subject), or the list after a colon (`Étaient présents à la cérémonie : A, B`); -1 when the clause
     * ends first.
     */
    /** A host's or chair's past participle opening the sentence, without `par` agent, its phrase closed by a comma. */
    private static boolean frontedPlacingParticiple(CueSite site, List<Token> toks, Hit h) {
        if (site.role() != org.summitcoverage.model.RoleType.HOST && site.role() != org.summitcoverage.model.RoleType.CHAIR) {
            return false;
        }
        if (!h.text().toLowerCase(java.util.Locale.ROOT).matches(".*(é|i)(e|s|es)?")) {
            return false;
        }
        for (int j = h.end(); j < toks.size(); j++) {
            if (toks.get(j).word().equals(",")) {
                return true;
            }
        }
        return false;
    }

    static int invertedSubjectStart(RoleWords words, List<Token> toks, int from) {
        boolean governed = false;
        for (int j = from; j < Math.min(toks.size(), from + 40); j++) {
            Token t = toks.get(j);
            String w = t.word();
            if (w.equals(":")) {
                return j + 1;
            }
            if (w.equals(";") || w.equals(".") || w.equals("?") || w.equals("!") || isQuotationMark(w)
                    || TextFolding.fold(w).equals("qui") || TextFolding.fold(w).equals("que")) {
                // (h26-ia) a quotation opens a title or a slogan, not the clause's subject: `Organisé sous le thème
                // “Bien-être pour tous, Bonheur pour tous”, ce sommet …` names no organiser; the English and straight
                // marks close the search like the French guillemets
                return -1;
            }
            boolean determiner = words.subjectDeterminers.contains(w);
            if (j > from && words.representingNouns.contains(w.toLowerCase(java.util.Locale.ROOT))
                    && (toks.get(j - 1).word().equalsIgnoreCase("des") || toks.get(j - 1).word().equalsIgnoreCase("de"))) {
                // `Ont aussi participé au sommet des représentants du Chili et de la Bolivie`: an indefinite noun of
                // representatives is the subject, even right after the verb's complement
                return j;
            }
            if (words.complementPrepositions.contains(w)) {
                governed = true;
                continue;
            }
            if (determiner || t.isCapitalized()) {
                if (!governed) {
                    return j;
                }
                if (determiner) {
                    continue; // `de la CEN-SAD`: the article of a complement
                }
            }
            governed = false;
        }
        return -1;
    }

    /**
     * A relative pronoun that is no subject (`lors de laquelle`, `où`); the folded lookup makes `ou` match `où`, but
     * the conjunction without its accent (`en signant ou en ratifiant le traité`) opens no inverted subject.
     */
    private static boolean isObjectRelative(RoleWords words, String w) {
        return words.objectRelatives.contains(w) && !w.equalsIgnoreCase("ou");
    }

    /**
     * The body at token {@code at} completes a group noun (`des chefs d'État de l'UA`, `les pays membres de la SADC`,
     * `les chefs d'État et de gouvernement de la CEMAC`): its members are meant, not the body.
     */
    static boolean ofGroupNoun(RoleWords words, List<Token> toks, int at) {
        int j = at - 1;
        if (j >= 0 && words.definiteArticles.containsWord(toks.get(j))) {
            j--;
        }
        if (j < 0 || !words.complementMarkers.containsWord(toks.get(j))) {
            return false;
        }
        j--;
        while (j >= 1 && words.groupTitleComplements.containsWord(toks.get(j))) {
            j -= 2; // `d'État`, `et de gouvernement`
            if (j >= 1 && toks.get(j).folded().equals("et")) {
                j--;
            }
            // j now stands on the word before the title complement's `de`/`d'`
        }
        if (j >= 1 && words.groupQualifiers.containsWord(toks.get(j))) {
            j--; // (h14-blocs) `les dirigeants des pays fondateurs des BRICS présents`: the founders, not the body
        }
        return j >= 0 && words.groupNouns.containsWord(toks.get(j));
    }

    /**
     * The cue is a present participle opening the sentence (`S'exprimant …, X a …`, `Prenant la parole, …`), with only a
     * reflexive or `en` before it: a participial phrase whose holder is the main clause's subject.
     */
    private static boolean openingPresentParticiple(List<Token> toks, Hit h) {
        if (h.end() - h.first() != 1 || !toks.get(h.first()).folded().endsWith("ant")) {
            return false;
        }
        for (int j = 0; j < h.first(); j++) {
            String w = toks.get(j).folded().replace('’', '\'');
            if (!(w.equals("s'") || w.equals("se") || w.equals("en"))) {
                return false;
            }
        }
        return true;
    }

    /** The cue is an infinitive of purpose (`, pour assister au sommet`). */
    private static boolean purposeInfinitive(List<Token> toks, Hit h) {
        String w = toks.get(h.first()).folded();
        return h.first() > 0 && toks.get(h.first() - 1).folded().equals("pour")
                && (w.endsWith("er") || w.endsWith("ir") || w.endsWith("re"));
    }

    /** `signée par le président français Emmanuel Macron et …`: the list after `par`. */
    private static List<Finding> listAfterPar(CueSite site) {
        SentenceGraph g = site.graph();
        List<Finding> out = new ArrayList<>();
        if (anotherParticipleBeforePar(g.tokens(), site.hit().end()) || meansAfterPar(site.words(), g.tokens(), site.hit().end())) {
            return out;
        }
        for (Mention m : Enumerations.listAfterWord(g, site.hit().end(), "par")) {
            Mention holder = TitleAppositions.isTitleDemonym(m) ? TitleAppositions.personRightAfter(g, m) : m;
            if (holder != null) {
                out.add(site.finding(holder, Confidence.TOKEN_RULE, "tokens: par", site.hit().text() + " par " + holder.text()));
            }
        }
        return out;
    }

    /**
     * `y participera par visioconférence, a précisé X`: a bare common noun after `par` is the means (`par vidéo`, `par
     * consensus`), not an agent; a name, a determiner, a number or a title opens one (`par le président X`, `par 40 pays`).
     */
    private static boolean meansAfterPar(RoleWords words, List<Token> toks, int from) {
        for (int k = from; k + 1 < toks.size() && k < from + 6; k++) {
            if (toks.get(k).folded().equals("par")) {
                String next = toks.get(k + 1).word();
                return Character.isLowerCase(next.charAt(0)) && !words.subjectDeterminers.contains(next)
                        && !words.complementMarkers.contains(next) && !words.isTitle(next) && !words.memberNouns.contains(next)
                        && words.count(next) == 0 && !words.definiteArticles.contains(next);
            }
        }
        return false;
    }

    /** `a adopté la décision préparée par X`: the `par` belongs to the participle between, not to the cue. */
    private static boolean anotherParticipleBeforePar(List<Token> toks, int from) {
        for (int k = from; k < Math.min(toks.size(), from + 6); k++) {
            String w = toks.get(k).word();
            if (TextFolding.fold(w).equals("par")) {
                return false;
            }
            if (w.length() > 3 && Character.isLowerCase(w.charAt(0)) && w.matches(".*(é|ée|és|ées)")) {
                return true;
            }
        }
        return false;
    }

    /**
     * `Parmi les pays qui ont rejoint l'alliance figurent X, Y`, `Parmi les dirigeants présents figuraient X,
     * Y`: the cue names the set, the members follow the main verb. Null when no listing verb follows.
     */
    private static List<Finding> listAfterListingVerb(CueSite site) {
        List<Token> toks = site.tokens();
        Hit h = site.hit();
        for (int v = h.end(); v < Math.min(toks.size(), h.end() + 12); v++) {
            if (site.words().listingVerbs.containsWord(toks.get(v))) {
                List<Finding> out = new ArrayList<>();
                for (Mention x : Enumerations.listAfter(site.graph(), v + 1, 3)) {
                    out.add(site.finding(x, Confidence.TOKEN_RULE, "tokens: parmi … qui … figurent",
                            h.text() + " … " + toks.get(v).word() + " " + x.text()));
                }
                return out;
            }
        }
        return null;
    }

    /** The cue qualifies the noun of an opening `Parmi les …` phrase: no verb, comma or name before it. */
    private static boolean inOpeningParmiPhrase(RoleWords words, List<Token> toks, Hit h) {
        if (h.first() > 6) {
            return false;
        }
        for (int k = 0; k < h.first(); k++) {
            Token t = toks.get(k);
            boolean name = k > 0 && t.isCapitalized() && !words.isStateNoun(t.word()) && !words.isCommonWord(t.word());
            if (t.word().equals(",") || words.listingVerbs.containsWord(t) || name) {
                return false;
            }
        }
        return true;
    }

    private static boolean isQui(Token t) {
        return t.folded().equals("qui");
    }

    /**
     * The subject ends on a title's portfolio (`le ministre turc des Affaires étrangères`, `la ministre ghanéenne de
     * la Santé et des Sports`): walking back over its capitalised and lower-case words and its linkers to the
     * title's demonym, right after the title, gives the state the unnamed minister stands for; null otherwise.
     */
    private static Mention demonymBeforePortfolio(SentenceGraph g, RoleWords words, int k) {
        List<Token> toks = g.tokens();
        boolean linker = false;
        boolean capital = false;
        int j = k;
        while (j > 0 && k - j < 10) {
            Token t = toks.get(j);
            String w = t.folded();
            Mention m = g.mentionAt(t.start());
            if (m != null) {
                boolean demonym = m.type() == EntityType.COUNTRY && TitleAppositions.isTitleDemonym(m)
                        && Character.isLowerCase(t.word().charAt(0));
                int before = g.tokenIndexAt(m.start()) - 1;
                return demonym && linker && capital && before >= 0 && words.isTitle(toks.get(before).word()) ? m : null;
            }
            if (PORTFOLIO_LINKERS.contains(w)) {
                linker = true;
            } else if (t.isCapitalized()) {
                capital = true;
            } else if (!Character.isLetter(t.word().charAt(0))) {
                return null;
            }
            j--;
        }
        return null;
    }

    private static final java.util.Set<String> PORTFOLIO_LINKERS = java.util.Set.of("de", "des", "du", "d'", "la", "l'", "et");
}
