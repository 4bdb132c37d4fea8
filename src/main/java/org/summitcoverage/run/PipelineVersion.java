package org.summitcoverage.run;

import org.summitcoverage.corpus.Hashing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;

/**
 * Identifies what produced a result: the tool version (the pom's, {@link ToolVersion}), a results revision
 * and a hash of the dictionaries, so an incremental run never reuses results made with other word lists.
 */
public final class PipelineVersion {
    /** Every word list of src/main/resources/dict (PipelineVersionTest checks that none is missing). */
    static final List<String> RESOURCES = List.of("/dict/countries.tsv", "/dict/organizations.tsv",
            "/dict/locations.tsv", "/dict/role_cues.tsv", "/dict/role_words.tsv", "/dict/furniture.tsv",
            "/dict/state_nouns.txt", "/dict/titles.txt", "/dict/site_nouns.txt", "/dict/common_words.txt",
            "/dict/venue_heads.txt", "/dict/company_nouns.txt", "/dict/body_heads.txt", "/dict/leader_governments.txt",
            "/dict/place_nouns.txt", "/dict/government_verbs.txt", "/dict/body_suffixes.txt", "/dict/group_heads.txt", "/dict/organ_heads.txt",
            "/dict/first_name_words.txt", "/dict/name_particles.txt", "/dict/name_infixes.txt", "/dict/meeting_series.txt",
            "/dict/meeting_series_names.tsv", "/dict/name_linkers.txt", "/dict/territorial_titles.txt",
            "/dict/no_entity_names.txt", "/dict/media_suffixes.txt", "/dict/institution_heads.txt",
            "/dict/source_cues.txt", "/dict/regime_nouns.txt", "/dict/goods_nouns.txt", "/dict/party_nouns.txt", "/dict/press_nouns.txt", "/dict/family_nouns.txt",
            "/dict/force_heads.txt", "/dict/sovereign_titles.txt", "/dict/social_networks.txt", "/dict/site_suffixes.txt",
            "/dict/ordinal_words.tsv", "/dict/decision_verbs.txt");
    /**
     * Bump when a code change alters what an article yields (rows or columns), so that `--incremental`
     * recomputes instead of reusing rows made by the older code. 2: `ner_label` empty for dictionary
     * and rule mentions. 3: sites, names after titles. 4: nationalities before names, lists of states and of
     * people, numbered meetings, buildings with their towns (issue 15). 5: the parse's enhanced graph instead
     * of enhanced++ (issue 19; same rows on every corpus we have, but a stored row must not outlive a change
     * of reading). 6: companies after their trade, bodies named with lower-case adjectives, leaders a government
     * is named after, names after a plural title; negation by `ni`, reflexive causatives, delegations headed.
     * 7: the name tagger reads the words around the unknown capitals, not the whole sentence (issue 19). 8: the
     * readings of 2026-12-03 (acronyms in brackets, venues past dates, exceptions after a refusal, titles named elsewhere).
     * 9: the afternoon's readings (delegations by title, presidencies handed over, elliptic signatures, page furniture
     * out of the text, one event for a place's and a body's name, discourse inserts hidden from the parser).
     * 10: the evening's readings (flattened lists, sidelines and travel, earlier editions, headlines, communiqués,
     * editions of one series kept apart, agency datelines and sign-offs).
     * 11: roles.csv gains its last column `rule`; the readings of the fifth round of real pages.
     * 12: the readings of the sixth round of real pages (climate, Arab, Eurasian, West African, European summits).
     * 13: the readings of the seventh and eighth rounds (donors, health, Europe, peace talks, blocs, climate, security,
     * bilateral and tripartite meetings; honorific H.E.).
     * 14: the readings of the ninth round (UN conferences, Latin American and Asian summits, Francophonie and Europe,
     * accords; African Union, Arab League, Gulf and SADC pages; op-eds, stand-ins `remplacé par`, represented heads).
     * 15: the readings of the tenth round (AI summits, G20/G7/NATO/OSCE, Africa-partner summits, BRICS, treaties and
     * ministerials; membership lists, joining a bloc, roll calls, venues named after their city, words told to the press).
     * 16: the readings of the eleventh and twelfth rounds (Francophonie and Europe, crisis conferences, regional blocs,
     * climate side meetings; past times that date nothing, kingdoms taken up, cities that host, membership lists).
     * 17: the readings of the thirteenth round (Asian, Latin American, peace and declaration summits; briefings held
     * elsewhere, joining a body, sources a sentence opens on, withdrawn troops, arrival sequences, towns as first names).
     * 18: the readings of the fourteenth round (Gulf and Arab summits, treaty conferences, bilateral visits, summits named in
     * passing; bilateral meetings, joint presidencies, ranking predicates, unasserted attendance, analysts, greetings).
     * 19: the readings of the fifteenth round (African regional summits, ministerial councils, refusals and abstentions,
     * entities from more outlets; council sessions and their chairs, honorific dots, invited personalities, vote counts).
     * 20: the readings of the sixteenth round (short names and titles, Western summits, UN conferences, Southern summits;
     * absolute abstention clauses, co-chairs between commas, texts adopted by an assembly, gapped delegation parts).
     * 21: the readings of the seventeenth and eighteenth rounds (peace and crisis conferences, European summits, climate
     * and development summits, AI summits, Latin American summits, trade and Asia-Pacific meetings, Asian and Russian
     * partner summits; negated claims, blocking and opposing a text, unnamed co-chair titles, oblique names before the
     * verb, side meetings organised, travelling in person, comparisons before a host, invited sets, fronted statuses).
     * 23: the readings of the twentieth round (AI and climate, African, UN and Western, Asian, Arab and Latin American
     * summits; co-chairs beside the subject, counted sets spelled out in brackets, datelines with a bracketed country,
     * standing bodies chaired for a term, invitations to attend, dash lists, capitals as governments).
     * 22: the readings of the nineteenth round (health and disarmament, oceans and biodiversity, Arab and Mediterranean
     * summits; gatherings that prepare the summit, states represented in a capacity, reflexive clitics taken for subjects,
     * first-person declarations, inverted and long arrival lists, convened personalities, confirmed attendance).
     * 25: the readings of the twenty-first and twenty-second rounds (G20, Asian, EU, Francophonie and Latin American
     * summits; climate negotiations, security summits, agreements at the margins, failed adoptions, presidencies held
     * through a relative, passive attendance headers, signings between parties, witnesses and companions).
     * 26: the twenty-third round (participant lists opened by `Outre`, co-organisers, appointments to chair, summing-up
     * nouns, bodies that meet as the meeting, signatories taken up by `en font partie`, pledge nouns, signings by side).
     * 27: the twenty-fourth and twenty-fifth rounds (lists after `Outre`, dash inserts and `de celui de`, sets named again
     * with `comprennent`, sources that open a sentence, thanks for the welcome, several meetings as other meetings,
     * nominal signings between parties, signed texts taken for signers, Vietnamese and Korean names).
     * 28–30: the three rounds on 340 real pages of 2026-12-07 (README changelog). 31: words a page's extraction glued
     * together split in the clean stage, outlets and aircraft that are no bodies, vote cues in the infinitive and across
     * semicolons, `il y avait` / `on notait` presence lists, host relatives on `son pays`, another body's summit chaired.
     * 32: long lists of heads each with their state, verbless fronted sets of attendees, arrival orders, second chairs
     * after a `par` agent, sides of a vote after `Parmi les abstentions`, votes joined; names cut by a page's end,
     * initials and lone given names as the article's full name, notions and outlets that are no bodies or places.
     * 33: a source phrase between commas inside the subject, an unnamed title joined to a named person by `et`, a known
     * body inside a quoted name.
     * 34: unnamed demonym titles as items of an inverted presence list, a standing refused as no text, a family
     * named after `les` as no place.
     * 35: arrivals repeated by `celle de`, unnamed titles in a pre-verbal list, vote partners after `avec`, represented
     * heads and deeds' places no longer read; credit lines, forces, royal seats and given names, more titles.
     * 36: turns in a sequence of arrivals, staying at the meeting's city, fronted `Avec` companions, `Ce sont` lists with
     * names in brackets, second clauses of a vote's sides, vetoes on another text no longer read; social networks,
     * sites with their noun, ages, dates, newspaper titles.
     * 37: bracketed demonym lists of varied items, attendance sets after `à savoir`, batons handed over at the summit,
     * greetings of a counterpart no longer hosting; outlets after a source word, periods of a state, brands, airlines.
     * 38: `à savoir` lists past places, states paired with named people, founding meetings' places no longer read;
     * outlets named after a place, parties, each listed person's own state.
     * 39: sets placed at the meeting's city, `ceux de X, A ; de Y, B`, coordinated passives, `respectifs`, replacements
     * after an absence, relatives past an incise; vote tallies in brackets and after a colon, `mais aussi`, refusals
     * later withdrawn, signings between states as the meeting, bodies adopting their own text no longer signing; taking
     * place, intentions, standing bodies' sessions, side meetings, greetings and past meetings' places no longer
     * hosting or chairing; island states with a lower-case noun, Gulf names and titles, press nouns, dotted acronyms,
     * each person's state from an apposition or a bracket.
     * 40: unnamed ministers closing a list, demonyms between commas after a plural title, a state with its leader in an
     * `avec` aside, states after `au pouvoir`; agency credits, relatives between commas, `avec qui`, a presidency's
     * office, joining a person, earlier visits no longer read; bodies named by their head alone, families, State House.
     * 41: `mobiliser` with a meeting subject, `comme X` in a coordinated `et que` clause no longer voting; names in
     * capitals after a title and its complement or after `et` and a person.
     * 42: represented pronouns three sentences back, lists past a relative, expected guests, `celle de X` after a speech
     * noun, `du pays hôte, X`; appointments, standing bodies' courses, earlier editions and representations, `s'abstenir
     * de` another act, lists of states, `il y avait eu`, `sans` no longer read; one event for two spellings of a place,
     * English venues, outlets named as sources, hyphenated names split by a space.
     * 43: `figurer parmi les participants` in the future, states apposed to all members, `ne` + modal as negation;
     * offers to host, `accepter de signer`, reporters' contacts, presidency offices in any verb form, proclaimed
     * results, spokespersons titled elsewhere, earlier chairs past an insert, absences, photo credits no longer read.
     * 44: lists past a prepositional modifier on an item, a name particle read as a conjunction; earlier editions named
     * by an ordinal word no longer hosting.
     * 45: plural apparitions, guests apposed to `ses pairs`, capacity phrases before a representative, future-plural
     * relatives; signing nouns under a promise, offices `au sein de` a presidency, `connectée` epithets, joining leaders
     * no longer read as signing; numbered meeting names, communiqué verbs, qualified conference centres, titles after
     * names, inverted verbs.
     * 46: copulas before listing cues, a person apposed to the last state of a `de` list, plural titles with a
     * portfolio in lists.
     * 47: attendance with its means after `par`, a person's state from the state his name is apposed to, a state's
     * acronym in title case no longer the state.
     * 48: a state run into a person's name after `du`; a host of another kind of meeting no longer hosting.
     * 49: far co-chair partners, lists after `mais aussi`, names apposed to a participle's agent, welcomes as
     * speeches, persons' states from nationality nouns and titles before a comma, elided place coordinations, one
     * spelling of an edition's ordinal; no longer read: long spokesperson titles, neighbours in colon lists, earlier
     * meetings' hosts, observer status in a body, habits over plural meetings, other bodies' meeting places.
     * 50: stray commas before demonyms, sets of bodies, `, parmi eux`, speakers by title, host nouns coordinated with
     * titles, partitive guests, lower-case state names; no longer read: bylines, datelines and wires, countries in
     * caption names.
     * 51: cities apposed to the meeting, sideline meetings, parts of the participants, demonyms in chair titles,
     * islands, bracketed acronyms, delegations' `celle de`, gapped passives of representation, convened guests,
     * witnessed participation, `l'un des hôtes`, observers after members, presence by `être à`, `lu par`, plural sea
     * heads; no longer read: lists in quotations, presence called for, another meeting's place, bodies completing
     * group nouns, inverted subjects after an opening participle.
     * 52: sets named by `à savoir`, passive invitations, companions after an opener, people found there through `y`,
     * peers joining an arriving leader, titles with a name and `du` + state, princes and emirs, names after a
     * bracketed acronym, family names without their article, respective demonyms; no longer read: a breadcrumb's
     * last crumb.
     * 53: speakers named by a title and a state, attendance nouns past an inserted phrase, co-organisers listed after
     * their clause.
     * 54: `Président de la République du X` as a title with its state, a bare `à cette occasion` after a noun of
     * attendance.
     * 55: one meeting under a body's full name and its acronym, numbered summits named by a body's last word, a bare
     * title's sole holder, a name in the next sentence, delegations led by a definite title, `et ceux du X`, apposed
     * host and attendance lists, the state of a second represented head; no longer read: negations around a topic
     * phrase, wishes to join, an earlier edition's chair, words said before the meeting, later meetings of other
     * attendees, bodies in a text's title, a meeting's own body, `ODD`, social networks.
     * 56: additions to a set of attendees, participles of representation, proclamations signed, meetings under an
     * elided or spelled-out body, the APEC's full name, glued years; no longer read: meetings in another format, blocs
     * listed by their members, holders past a clause break, news outlets and their interviewees, refusals of acts
     * that are no text, `>>` link lines, participles in a meeting's name.
     * 57: given names before a glued particle (`Sultan al-Jaber`), a passive of following that names the act.
     */
    static final int RESULTS_REVISION = 57;
    private static final String CURRENT = compute();

    private PipelineVersion() {
    }

    public static String current() {
        return CURRENT;
    }

    private static String compute() {
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        for (String r : RESOURCES) {
            try (InputStream in = PipelineVersion.class.getResourceAsStream(r)) {
                if (in == null) {
                    // a renamed word list would otherwise drop out of the hash and let stale results be reused
                    throw new IllegalStateException(r + " is not on the class path");
                }
                all.write(in.readAllBytes());
            } catch (IOException e) {
                throw new IllegalStateException("cannot read " + r, e);
            }
        }
        // a run with other parse settings (-Dsummit.parse) gives other roles: never reuse one's rows for the other
        org.summitcoverage.nlp.ParseSettings parse = org.summitcoverage.nlp.ParseSettings.configured();
        String settings = parse.equals(org.summitcoverage.nlp.ParseSettings.DEFAULT) ? ""
                : "+" + parse.label().replace(' ', '.');
        return ToolVersion.current() + "+r" + RESULTS_REVISION + "+" + Hashing.sha256(all.toByteArray()).substring(0, 12)
                + settings;
    }
}
