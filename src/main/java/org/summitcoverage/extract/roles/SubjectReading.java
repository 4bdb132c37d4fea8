package org.summitcoverage.extract.roles;

import org.summitcoverage.extract.roles.RoleCueLexicon.CueKind;
import org.summitcoverage.model.EntityType;
import org.summitcoverage.model.Mention;
import org.summitcoverage.model.RoleType;
import org.summitcoverage.nlp.ParsedSentence;

import java.util.ArrayList;
import java.util.List;

/**
 * The subject of a verb cue (`La France et l'Inde coprésident le sommet`); a subject pronoun stands for the
 * topic opened by `Quant à` or for the subject of the previous sentence.
 */
final class SubjectReading implements ParsedReading {
    @Override
    public List<Finding> readParsed(CueSite site) {
        SentenceGraph g = site.graph();
        List<Finding> out = new ArrayList<>();
        for (int subj : ClauseReading.subjects(g, site.cueNode(), site.hit().kind() == CueKind.REFLEXIVE)) {
            String w = g.word(subj);
            boolean pronoun = site.words().subjectPronouns.contains(w);
            Mention topic = pronoun ? PronounAntecedents.topicOf(g) : null;
            List<Mention> dislocated = pronoun ? PronounAntecedents.dislocatedSubject(g, subj) : List.of();
            if (!dislocated.isEmpty()) {
                // `La Guinée, elle, a refusé de signer`: the pronoun takes up the noun right before it
                for (Mention m : dislocated) {
                    out.add(site.finding(m, Confidence.PRONOUN, "pronoun", w + " → " + m.text() + " (dislocated subject)"));
                }
            } else if (topic != null) {
                // `Quant à l'Argentine, elle a refusé de signer`
                out.add(site.finding(topic, Confidence.PRONOUN, "pronoun", w + " → " + topic.text() + " (quant à)"));
            } else if (pronoun && !coordinatedSubject(site, w).isEmpty()) {
                // `Le président X n'a pas pu venir, mais il prend part au sommet par vidéo`: the subject of the
                // clause the pronoun's clause is coordinated with
                out.addAll(coordinatedSubject(site, w));
            } else if (demonstrativeSet(site, subj)) {
                // `Les dirigeants de A et de B sont invités. Ces pays participeront aux travaux`
                for (Mention m : PronounAntecedents.previousList(site.discourse(), site.words())) {
                    out.add(site.finding(m, Confidence.PRONOUN, "pronoun", w + " → " + m.text() + " (previous list)"));
                }
            } else if (pronoun && (w.equals("il") || w.equals("elle"))
                    && !PronounAntecedents.subjectAfterAFrontedRelative(g, subj, site.words()).isEmpty()) {
                // `Durant le sommet, auquel il a participé par vidéo, le président X a déclaré`: the subject after the clause
                for (Mention m : PronounAntecedents.subjectAfterAFrontedRelative(g, subj, site.words())) {
                    out.add(site.finding(m, Confidence.PRONOUN, "pronoun", w + " → " + m.text() + " (subject after the clause)"));
                }
            } else if (pronoun) {
                for (Mention m : PronounAntecedents.previousSubject(site.discourse(), site.words(), w)) {
                    out.add(site.finding(m, Confidence.PRONOUN, "pronoun", w + " → " + m.text() + " (previous sentence)"));
                }
            } else {
                List<Finding> named = site.phrases(List.of(subj), Confidence.PARSE_SUBJECT,
                        s -> "parse: nsubj(" + site.cueText() + ", " + w + ")");
                out.addAll(named);
                Mention person = named.isEmpty() ? titledAntecedent(site, subj) : null;
                if (person != null) {
                    // `X avait tout préparé. Le président équato-guinéen accueille …`: the title stands for the person
                    out.add(site.finding(person, Confidence.PRONOUN, "title",
                            w + " → " + person.text() + " (previous sentence)"));
                } else if (named.isEmpty()) {
                    // `Le chef de l'État sénégalais a coprésidé la séance avec X`: the unnamed title's state, as for
                    // an agent; the partner found after `avec` no longer leaves it to the token fallback
                    for (Mention m : UnnamedTitleState.statesOfUnnamedChairsAndHosts(site, subj, java.util.Set.of())) {
                        out.add(site.finding(m, Confidence.PARSE_SUBJECT, "parse",
                                "parse: nsubj(" + site.cueText() + ", " + w + ") → unnamed title → " + m.text()));
                    }
                    // `Trois pays ont signé la charte (A, B et C).`: the bracket closing the sentence lists the set
                    for (Mention m : TrailingBracketMembers.of(site, subj)) {
                        out.add(site.finding(m, Confidence.ENUMERATION, "bracketed members",
                                "parse: nsubj(" + site.cueText() + ", " + w + ") … (" + m.text() + ")"));
                    }
                }
            }
        }
        return out;
    }

    /** The subject is the set noun of a `demonstrative_set_subjects` phrase opening the sentence (`Ces pays`). */
    private static boolean demonstrativeSet(CueSite site, int subj) {
        SentenceGraph g = site.graph();
        int end = site.words().demonstrativeSetSubjectEnd(g.tokens());
        return end > 0 && g.tokenIndexAt(g.startOf(subj)) >= 0 && g.tokenIndexAt(g.startOf(subj)) < end
                && g.entitiesInPhrase(subj).isEmpty();
    }

    /**
     * A singular title with its state's demonym and no name (`le président équato-guinéen`) stands for the person the
     * previous sentence opens on, unless the article gives that person another state's demonym.
     */
    private static Mention titledAntecedent(CueSite site, int subj) {
        SentenceGraph g = site.graph();
        String title = g.word(subj);
        if (!site.words().isTitle(title) || title.endsWith("s")) {
            return null;
        }
        Mention demonym = null;
        for (Mention m : g.phraseWithoutConj(subj)) {
            if (!TitleAppositions.isTitleDemonym(m)) {
                return null;
            }
            demonym = m;
        }
        if (demonym == null) {
            return null;
        }
        // `Le Premier ministre malien a pris la parole` in an article that names `le Premier ministre malien, X`: X
        Mention elsewhere = TitleAppositions.personNamedElsewhere(site.discourse(), demonym, site.words());
        if (elsewhere != null) {
            return elsewhere;
        }
        List<Mention> prev = PronounAntecedents.previousSubject(site.discourse(), site.words(), "il");
        if (prev.size() != 1 || prev.get(0).type() != EntityType.PERSON) {
            return null;
        }
        Mention person = prev.get(0);
        List<Mention> all = site.discourse().allMentions();
        for (Mention other : all) {
            Mention state = other.type() == EntityType.PERSON && !other.entityId().equals(person.entityId())
                    ? TitleAppositions.stateRightBefore(all, other) : null;
            if (state != null && state.entityId().equals(demonym.entityId())) {
                // `le président français Emmanuel Macron` earlier in the article: `Le chef de l'État français` is not
                // the previous sentence's `président X` just because X was given no state
                return null;
            }
        }
        for (Mention named : all) {
            if (!named.entityId().equals(person.entityId())) {
                continue;
            }
            Mention before = TitleAppositions.stateRightBefore(all, named);
            if (before != null && !before.entityId().equals(demonym.entityId())) {
                return null; // `le président français Emmanuel Macron`, `le roi du Maroc, X`: another state's
            }
            for (Mention m : all) {
                if (m.type() == EntityType.COUNTRY && !m.entityId().equals(demonym.entityId())
                        && m.sentenceIndex() == named.sentenceIndex() && m.start() >= named.end()
                        && titleAfter(site.discourse(), named, m)) {
                    return null; // `X, roi du Maroc`, `X, président sénégalais`: another state's
                }
            }
        }
        return person;
    }

    /** The state {@code state} is named in the title in apposition right after {@code person}: `X, roi du Maroc`. */
    private static boolean titleAfter(Discourse d, Mention person, Mention state) {
        String text = d.doc().text();
        if (state.start() > text.length() || state.start() - person.end() > 40) {
            return false;
        }
        String between = text.substring(person.end(), state.start());
        // `X, roi du Maroc`; `le roi X de Jordanie`: the state right after the name
        return between.startsWith(",") && between.indexOf('.') < 0 && between.indexOf(',', 1) < 0
                || OF_STATE.matcher(between).matches();
    }

    private static final java.util.regex.Pattern OF_STATE = java.util.regex.Pattern.compile("\\s+(de|du|des|d')\\s*(la\\s+|l'|le\\s+|les\\s+)?");

    /** The head of the noun phrase {@code node} stands in, climbed up `nmod`, `appos`, `flat`, `conj` and `amod` edges. */
    private static int phraseHead(SentenceGraph g, int node) {
        int head = node;
        for (int steps = 0; steps < 6; steps++) {
            ParsedSentence.Edge up = g.phraseEdgeUp(head);
            if (up == null) {
                break;
            }
            head = up.governor();
        }
        return head;
    }

    private static List<Finding> coordinatedSubject(CueSite site, String pronoun) {
        SentenceGraph g = site.graph();
        List<Finding> out = new ArrayList<>();
        List<Integer> clauses = new ArrayList<>(site.governors("conj"));
        // `Le Honduras a critiqué le texte, qu'il a néanmoins signé`: a clause attached to the main clause (or to its
        // object, as a relative clause) takes its pronoun subject from the main clause
        clauses.addAll(site.governors("advcl"));
        // `X a annoncé qu'elle assisterait au sommet`, `qu'elle allait présider la séance`: the speaker (a signature
        // announced through `aller` + infinitive, `qu'il allait signer`, is an intention: only its own clause)
        boolean signing = site.role() == RoleType.SIGNATORY || site.role() == RoleType.NON_SIGNATORY;
        clauses.addAll(signing ? ReportedSpeaker.reportingVerbs(g, site.cueNode(), site.words(), 0)
                : ReportedSpeaker.reportingVerbs(g, site.cueNode(), site.words(), 3));
        for (int relative : site.governors("acl:relcl")) {
            // `X se rendra au Chili du 3 au 5 mai, où il participera`: the relative clause may hang on a noun inside the
            // phrase (`mai` in `du 3 au 5 mai`); the phrase's head is the object or the adverbial of the main verb
            int noun = phraseHead(g, relative);
            if ("VERB".equals(g.pos(noun))) {
                clauses.add(noun); // `X se rendra en Chine du 31 août au 3 septembre, où il participera`: hung on the verb itself
            }
            clauses.addAll(g.governors(noun, "obj"));
            for (ParsedSentence.Edge e : g.incoming(noun)) {
                if (e.relation().startsWith("obl") && !e.relation().startsWith("obl:agent") && e.governor() > 0) {
                    // `X a quitté Luanda pour Abuja, où il participera au sommet`: a relative clause on the place
                    clauses.add(e.governor());
                }
            }
        }
        for (int v : clauses) {
            List<Integer> subjects = ClauseReading.subjects(g, v, false);
            if (subjects.isEmpty()) {
                // `Rappelons que X ne sera pas présent, mais il y participera par vidéo`: an imperative that frames
                // the first clause has no subject; the pronoun takes up the subject of the clause it frames
                for (int framed : g.dependents(v, "ccomp")) {
                    subjects = ClauseReading.subjects(g, framed, false);
                }
            }
            for (int s : subjects) {
                if (!site.words().subjectPronouns.contains(g.word(s))) {
                    out.addAll(site.phrases(List.of(s), Confidence.PRONOUN,
                            n -> pronoun + " → " + g.word(s) + " (coordinated clause)"));
                }
            }
        }
        return out;
    }
}
