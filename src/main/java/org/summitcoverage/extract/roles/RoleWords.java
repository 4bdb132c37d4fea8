package org.summitcoverage.extract.roles;

import org.summitcoverage.dict.Dictionaries;
import org.summitcoverage.dict.TextFolding;
import org.summitcoverage.dict.TsvResource;
import org.summitcoverage.dict.WordList;
import org.summitcoverage.model.EntityType;
import org.summitcoverage.model.Mention;
import org.summitcoverage.nlp.Token;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Every word the role readings know besides their cues: the closed classes of {@code dict/role_words.tsv}
 * and the dictionary's titles, state nouns and demonyms. One instance is built at the composition root and
 * handed to every reading, so no reading reaches into another's lists or into a global.
 */
public final class RoleWords {
    static final String RESOURCE = "/dict/role_words.tsv";

    final WordList subjectPronouns;
    final WordList skippableBeforeVerb;
    final WordList auxiliaries;
    final WordList pluralAuxiliaries;
    final WordList emphaticPronouns;
    final WordList clauseOpeners;
    final List<List<String>> clauseBreaks;
    final WordList appositionOpeners;
    /** Words after `et` that open another item of a list, not the title before it (`ApposedTitle`). */
    final WordList titledItemOpeners;
    final WordList definiteArticles;
    /** `ce`, `cette`, `ces`: a demonstrative determiner right after a colon opens a clause on what precedes, no list. */
    final WordList clauseDemonstratives;
    /** `groupe`, `liste`, `camp`: a group whose `de` complement is a role noun places that role's holders. */
    final WordList holderGroupNouns;
    final WordList listingVerbs;
    /** (h53-divers) `A et B seront parmi les participants`: the copula reads like `figurer parmi` before a listing cue. */
    final WordList listedCopulas;
    final WordList chairVerbsForNoun;
    final WordList memberNouns;
    /** (h57-listes3) Plural nouns for a set of bodies (`d'organisations régionales, dont A`). */
    final WordList bodySetNouns;
    /** A standing body a state joins as a member (`a rejoint le groupe`): no text of the summit. */
    final WordList joinedBodies;
    final WordList membershipListNouns;
    final WordList membershipListStates;
    final WordList membershipListModifiers;
    final WordList membershipCounts;
    final WordList setNouns;
    final WordList groupNouns;
    final WordList representingNouns;
    final WordList welcomedNotHosted;
    final WordList admissionNouns;
    final WordList newnessAdjectives;
    final WordList inclusionVerbs;
    final WordList statusOpeners;
    /** Each status opener as its folded words (`en tant qu'` → `en`, `tant`, `qu'`), in the list's order: split once. */
    final List<String[]> statusOpenerWords;
    final WordList bodyMakeupVerbs;
    final WordList habitualAdverbs;
    final WordList lastMeetingAdjectives;
    final WordList arrivalPlaceWords;
    final WordList comingVerbs;
    final WordList placeNouns;
    final WordList venueNouns;
    final List<List<String>> sideEventPhrases;
    /** (r21) `des`, `plusieurs`: an object `des rencontres thématiques` names other meetings (CueScope). */
    final WordList indefinitePluralDeterminers;
    final List<List<String>> demonstrativeSetSubjects;
    final WordList placingVerbs;
    final WordList otherMeetingMarkers;
    final WordList titlePremodifiers;
    final WordList editionComplementFillers;
    final WordList guidanceNouns;
    final WordList handoverNouns;
    final WordList successionOnlyNouns;
    final WordList absoluteClauseAuxiliaries;
    final WordList relativePronouns;
    final WordList objectRelatives;
    final WordList complementPrepositions;
    final WordList subjectDeterminers;
    final WordList chairTitles;
    final WordList chairHeadNouns;
    final WordList clockTimeNouns;
    final WordList chairedMeetings;
    /** Nouns that name the article's meeting only after a demonstrative: `président de cette édition` (h20-decl). */
    final WordList demonstrativeMeetingNouns;
    final WordList electionVerbs;
    /** `en sa qualité de`, `en tant que`: a capacity in apposition, like a comma. */
    final List<List<String>> capacityPhrases;
    final List<List<String>> representationCapacities;
    final WordList standingBodies;
    final WordList termNouns;
    /** (h49-votes7) `s'étaient mis d'accord pour la candidature de X`: agreeing on an appointment, no text. */
    final WordList agreeingCueWords;
    final WordList appointmentNouns;
    /** (h49-votes7) `présider les destinées de l'UA`: nouns through which `présider` names the body chaired. */
    final WordList bodyCourseNouns;
    final List<String> presidencyOffice;
    final WordList presidencyOfficeVerbs;
    /** (h47-faux14) `la présidence de la République`: the head of state's office (ListHeaderReading). */
    final WordList stateOfficeComplements;
    /** (h47-faux14) `rejoindre le locataire du Bureau ovale`: a person joined, no text (GroupJoiningReading). */
    final WordList joinedPersonNouns;
    /** (h47-faux14) `cette position prise par la présidence argentine`: a stance of the office (PresidencyReading). */
    final WordList presidencyStanceNouns;
    /** (h32-listes) `qui représentent 40 % du PIB`, `la moitié de`: a share after a verb of representing (CueScope.namesAShare). */
    final WordList shareQuantities;
    /** (h32-listes) `selon`, `d'après`: a presidency named as a source speaks, it chairs nothing (PresidencyReading). */
    final WordList sourcePrepositions;
    /** (h47-votes6) `avec` in an agency credit opening a sentence, `(avec Belga) …` (HolderPhrases.openingCredit). */
    final WordList creditOpeners;
    /** (h47-votes6) `pouvoir`: the states after `au pouvoir` are those the rulers stand for (SentenceGraph.inPowerIn). */
    final WordList powerNouns;
    /** (h32-listes) `à qui`, `auxquels`: a relative pronoun a pronominal verb of joining may open (CueScope.joinsPeopleOrAMeeting). */
    final List<List<String>> dativeRelatives;
    final List<String> presidencyRaceWords;
    final WordList presidencyTakingWords;
    final WordList assemblyMeetingNouns;
    final WordList organisingVerbs;
    final WordList indefiniteDeterminers;
    final WordList statusNounFillers;
    final List<String> countWords;
    final WordList speakerOpeners;
    final WordList holderTitles;
    final WordList enumerationConnectors;
    final WordList stateNameHeads;
    final WordList epithetCues;
    final WordList joinedPeopleDeterminers;
    final WordList indefiniteArticles;
    final WordList degreeAdverbs;
    final List<List<String>> exampleOpeners;
    final WordList explicitCoordinators;
    final List<List<String>> likewiseMarkers;
    final List<List<String>> likewiseAttendanceMarkers;
    final List<List<String>> companionMarkers;
    /** `et (de|par) son homologue` after a chair's `par` agent: a second agent (h39-presences6). */
    final List<List<String>> counterpartAgentOpeners;
    /** `Il était suivi par A ; B` after an attendance: an order of arrival (h39-presences6, CompanionReading). */
    final List<List<String>> followerMarkers;
    /** (h63-miss) `À ces dirigeants s'ajoutent A` after an attendance: the dative that opens it (CompanionReading). */
    final WordList frontedAdditionOpeners;
    /** (h63-miss) The verbs of addition after that dative (`s'ajoutent`, `viendront s'ajouter`, `se joignent`). */
    final List<List<String>> frontedAdditionVerbs;
    /** (h43-presences10) `ce fut le tour de A` after arrivals: the copula that opens a turn (TurnInASequenceReading). */
    final List<List<String>> turnSequenceOpeners;
    final WordList sequenceAdverbs;
    /** (h43-presences10) Folded stems of the verbs of staying, arrivals only with a place after them (ArrivalReading). */
    final WordList stayingArrivals;
    final List<List<String>> likewiseVoteMarkers;
    final List<List<String>> adjacentVotePartners;
    /** Markers after a signature whose names signed as well (`X a signé l'accord, comme le Chili et le Pérou`; h20-decl). */
    final List<List<String>> likewiseSigningMarkers;
    final WordList exampleRelations;
    final WordList rankingWords;
    final WordList focusSubjectWords;
    /** (h22-minis) `conseil`: the organ whose numbered session an article may be about (MeetingTitleReading). */
    final WordList councilHeads;
    /** (h22-minis) `session`, and the words between it and the council (`ordinaire`, `du`): SessionCouncil. */
    final WordList councilSessionNouns;
    final WordList councilSessionFillers;
    /** (h22-minis) `se joindre à`, `s'associer à`: reflexive joining verbs whose `à` object may be the meeting's talks. */
    final WordList meetingJoiningReflexives;
    /** (h22-minis) `en présence de`: a phrase that opens other people's role and so ends a person's title phrase. */
    final List<List<String>> titlePhraseBreaks;
    final WordList votingWords;
    final List<List<String>> likewiseFrontedMarkers;
    /** (h43-presences10) `Avec X seront présents A et B`: a fronted companion before an inverted subject (FrontedCompanion). */
    final List<List<String>> companionFrontedMarkers;
    /** (h32-suites) Conjunctions that open a gapped part of a representation (`alors que le Cameroun par son …`). */
    final List<List<String>> gappingContrasts;
    /** (h32-suites) Verbs by which a set of attendees named in the subject lists its members (`Ces dirigeants comprennent A`). */
    final WordList setInclusionVerbs;
    final WordList amongThem;
    final List<List<String>> amongThese;
    final List<List<String>> membersOpeners;
    final WordList negators;
    final WordList negativeWords;
    /** (h50-sweep-europe) Modals a bare `ne` negates (`L'Espagne ne peut s'engager`, `ne saurait signer`, `n'a pu signer`). */
    final WordList bareNegationModals;
    final WordList causativeVerbs;
    final WordList faireForms;
    /** (h31-signature) Adverbs between `en font` and `partie` (`La Chine en fait également partie`). */
    final WordList membershipProformInserts;
    /** (h31-signature) `Ils représentent 85 % des forêts.`: a sentence on the unnamed set keeps it open. */
    final WordList setSubjectPronouns;
    /** (h31-signature) `prendre l'engagement de verser …`: a pledge noun in a verb cue (PledgeNounIsNoRole). */
    final WordList pledgeNouns;
    final WordList supportNouns;
    final WordList supportedTexts;
    final WordList oppositionNouns;
    final WordList oppositionFrames;
    final WordList outcomeBlockingVerbs;
    final WordList opposedOutcomes;
    final WordList supportVerbs;
    final WordList pendingActPredicates;
    final WordList agentOnlyActNouns;
    final WordList signingOccasionNouns;
    final WordList occasionNouns;
    final WordList headlinePresenceParticiples;
    /** A heading's role nouns after their holder (`l'Espagne hôte`), folded, with the role each tells. */
    final java.util.Map<String, org.summitcoverage.model.RoleType> headlineRoleNouns = new java.util.HashMap<>();
    final WordList copulaSetWords;
    final WordList negationBounds;
    final WordList meetingWords;
    final WordList hostingThanksStems;
    /** (r21) `rencontre`: a meeting word only where the article names two states or more (ClauseReading). */
    final WordList meetingWordsBetweenStates;
    /** (h46-votes5) `signé`, `paraphé`: a meeting word only in a sentence that names two states or more (ClauseReading). */
    final WordList signingWordsBetweenStates;
    /** (h25-climat) Adverbs between a verb of saying and its `que` that tell when or how it was said (SaidWhen). */
    final WordList saidWhenWords;
    /** (h21-bilat) `visite d'État`, `commission mixte`, `accords de coopération`: a bilateral meeting, for the article gate. */
    final List<List<String>> bilateralMeetingPhrases;
    final List<List<String>> stateVisitPhrases;
    /** (h29-franco) `avec qui`, `avec laquelle`: a signing in the clause they open is a deal with the antecedent. */
    final List<List<String>> partnerRelatives;
    final WordList meetingNouns;
    final WordList severalMeetingNouns;
    final WordList meetingSeriesNouns;
    final WordList severalQuantifiers;
    /** `travaux`, `débats`: a meeting's proceedings, opened or closed (OpeningReading). */
    final WordList proceedingsNouns;
    final WordList directingVerbs;
    final WordList directedMeetingNouns;
    final WordList guestNouns;
    final WordList convenerHostNouns;
    final WordList guestOfNouns;
    final WordList envoyNouns;
    /** (h32-suites) Who speaks for a source whose name may follow in apposition (`Selon le porte-parole, X, …`). */
    final WordList sourceSpeakerNouns;
    final WordList etreForms;
    final WordList invitedParticiples;
    final WordList expectationModals;
    final WordList witnessingVerbs;
    final WordList presenceStatusPredicates;
    final WordList presenceJudgementPredicates;
    final WordList presenceNeedNouns;
    final WordList partitiveQuantifiers;
    final WordList chairedNonMeetings;
    final WordList commentatorTitles;
    final WordList spokespersonTitles;
    final WordList headerTopicNouns;
    final WordList cancellingVerbs;
    final List<List<String>> listOpeners;
    /** `la grande majorité des`: a share of a set opening a list (ColonListReading). */
    final List<List<String>> shareOpeners;
    final List<List<String>> attendanceListOpeners;
    final List<List<String>> speechElsewhere;
    /** (h20-asie) `lors d'une conference de presse`: a briefing of unknown place (QuotedSpeakerReading). */
    final List<List<String>> speechBriefings;
    /** (h20-asie) `à l'issue du sommet`, `en marge du sommet`: what ties a briefing to the meeting. */
    final List<List<String>> briefingAtMeeting;
    /** (h20-asie) `adhérer à`: a verb whose `à` complement is what is joined (OtherObjectIsNoSigning). */
    final WordList bodyJoiningVerbs;
    final WordList aliasParticiples;
    final WordList outsiderTitles;
    final List<List<String>> teaserOpeners;
    final List<List<String>> speechAtMeeting;
    final WordList speakingCues;
    /** Nouns of thanks a non-reflexive `exprimer` conveys as a message, no speech at the meeting (`a exprimé sa gratitude aux hôtes`). */
    final WordList thanksNouns;
    final WordList wishNouns;
    /** Titles that lead a delegation joined to it by `de`: `président de la délégation`. */
    final WordList delegationLeaderTitles;
    /** Nouns within four words before `délégation` that lead it: `à la tête de`, `chef de`. */
    final WordList delegationLeadingNouns;
    /** Participles of a body's seat before `à` + a city (`l'organisation basée à Jakarta`): no meeting place (MeetingPlaceReading). */
    final WordList seatParticiples;
    /** Prepositions of a topic's parties (`le conflit entre A et B`, `les sanctions contre C`): never a holder's (HolderPhrases). */
    final WordList topicPrepositions;
    /** (r21) `après`, `comme`: a fronted comparison before a host's or chair's verb (HolderPhrases.comparedBefore). */
    final WordList comparisonPrepositions;
    /** (h25-paix) Every form of `winning_over_verbs`, folded. */
    private final Set<String> winningOverForms = new HashSet<>();
    /** Determiners of any: a refused `tout engagement` is no text (RefusedActReading). */
    final WordList anyDeterminers;
    final WordList listItemOpeners;
    final WordList audienceOpeners;
    final WordList institutionHeads;
    final WordList notASpeech;
    final List<List<String>> topicMarkers;
    final WordList envoyTitles;
    final WordList welcomeAdverbs;
    final WordList jointAdverbs;
    final WordList meetingJoiningVerbs;
    final WordList joinedMeetings;
    final List<List<String>> representationLevels;
    final List<List<String>> sidelineMarkers;
    final WordList homingStems;
    /** Stems of words about signing a text: a roll call after them is one of signatories. */
    final WordList signingStems;
    final WordList betweenPartiesSigningStems;
    /** (h31-precision) Prepositions of a purpose: a status noun after them is an aim (`pour ratification`). */
    final WordList purposePrepositions;
    /** (h31-precision) Determiners of a noun that sums up the clause before its comma (`…, une déclaration approuvée par X`). */
    final WordList resumptiveDeterminers;
    /** (h31-precision) Forms of `s'engager` that commit to nothing named when they stand alone (BareCommitmentIsNoSigning). */
    final WordList commitmentForms;
    /** (h50-faux17) Forms of `déclarer`, `proclamer` over a participle (`a déclaré adoptées les résolutions`: ProclaimedResultIsNoSigning). */
    final WordList proclaimingVerbs;
    final WordList reflexivePronouns;
    final WordList pairLeaderNouns;
    final WordList notArrivals;
    /** (r21) Folded stems of arrivals only as pronominal verbs (`se succéder`, `se déplacer`: ArrivalReading). */
    final WordList pronominalOnlyArrivals;
    final WordList possessives;
    final WordList counterpartNouns;
    final WordList singularPossessives;
    final WordList complementMarkers;
    final WordList placePrepositions;
    /** (h51-listes1) Prepositions that open a modifier of a listed person (`A au crépuscule de son mandat, B`). */
    final WordList itemModifierPrepositions;
    /** `paix`, `crise`: a state of affairs whose `en` + country is its own place (`le sommet de la paix en Ukraine`). */
    final WordList situationNouns;
    /** `partenaires`, `alliés`: the state in their `de` complement is the other side of the relation, no holder. */
    final WordList relationalNouns;
    final WordList textNameHeads;
    /** `devenu`: a verb of becoming, a copula over a set noun (`est devenu le 20e État à ratifier`). */
    final WordList becomingVerbs;
    /** `ni`, `ou`, `encore`: the words of a list opened by `ni` after a refusal (EllipticSigningReading). */
    final WordList ellipticNeitherList;
    /** `seule`: a restrictive word that may open an elliptic signing sentence before its holders (EllipticSigningReading). */
    final WordList ellipticRestrictives;
    final WordList assemblyHeads;
    final WordList organNouns;
    final WordList representedOwnNouns;
    final WordList kingdomAnaphors;
    final WordList stateAnaphors;
    /** (h29-franco) `hôte`, `organisateur`: a state noun so qualified is the host state (RepresentationReading). */
    final WordList hostStateQualifiers;
    final WordList sentDelegationNouns;
    final WordList sentTitleDeterminers;
    final WordList cityHostingVerbs;
    final WordList outbreakParticiples;
    final WordList bareRepresentationAdverbs;
    final WordList cityHostingDeterminers;
    final WordList objectClitics;
    /** (h35-listes3) The copula forms of a part that takes up a passive with a clitic: `le Cameroun l'était par X`. */
    final WordList proPassiveForms;
    final WordList listClitics;
    final WordList preverbalClitics;
    final WordList topicNouns;
    final WordList frontedAdverbialPrepositions;
    final WordList sharedDemonyms;
    /** Words of a sum of money (`euros`, `à hauteur de`): a complement that names one makes a cue a pledge (PledgeIsNoRole). */
    final WordList pledgeAmountWords;
    /** `millions`, `milliards`: a sum after a verb of giving (`s'est engagé à donner 138 millions`). */
    final WordList pledgeCounts;
    /** Infinitives of giving money (`verser`, `débloquer`) after `s'engager à`. */
    final WordList pledgeVerbs;
    /** `aide`, `solution`: things that arrive or come, whose `de` complement attends nothing (ArrivalReading). */
    final WordList arrivingThings;
    final List<List<String>> standInMarkers;
    /** `pour le compte du Burkina Faso`: attending for a state named right after it (StandInIsDelegationHead). */
    final List<List<String>> accountMarkers;
    /** The first words of {@link #standInMarkers}, to test a token once before trying each marker. */
    final java.util.Set<String> standInFirstWords;
    final WordList setIdentityVerbs;
    /** (h39-votes2) An impersonal verb of noting that lists a fronted `Parmi` set's members. */
    final List<List<String>> setNotingPhrases;
    /** (h39-votes2) The words of a side of a vote or a signature in a fronted `Parmi` phrase. */
    final WordList voteSetWords;
    final WordList refusingSetWords;
    final WordList signingSetWords;
    /** (h39-votes2) Nouns of a side of a vote, and the words between one and its text (StanceNounOfATextOnly). */
    final WordList stanceNouns;
    final WordList stanceTextLinks;
    /** (h39-votes2) Verbs of joining a state to vote with it, and the purpose infinitives of each side (JoinedToVote). */
    final WordList voteJoiningVerbs;
    final List<List<String>> voteJoiningSignings;
    final List<List<String>> voteJoiningRefusals;
    final WordList firstPersonBeForms;
    final WordList standingBodyNameHeads;
    final WordList willVerbs;
    final WordList nearMissVerbs;
    final WordList failureVerbs;
    final WordList designatedTitleAdjectives;
    final WordList initiallyMarkers;
    final List<List<String>> initiallyPhrases;
    final List<List<String>> negationInsertions;
    final WordList successVerbs;
    final WordList litotesVerbs;
    /** Claims that, negated, leave their completive unasserted (`ne pense pas que`): CueScope.underNegatedClaim. */
    final WordList negatableClaims;
    final WordList reportedSpeechVerbs;
    /** Stems of verbs addressing words, thanks or a message to their object or `à` oblique (`a remercié les organisateurs`). */
    final WordList addressingStems;
    /** Nouns of sending someone (`l'envoi de son ministre X`): DispatchReading reads their `de` complement. */
    final WordList dispatchNouns;
    final WordList groupJoiningVerbs;
    final WordList contrastOpeners;
    final WordList memberOpeners;
    final WordList voteVerbs;
    final WordList voteForWords;
    final WordList voteAgainstWords;
    final WordList tallyNouns;
    final WordList tallyCounts;
    final WordList abstentionWords;
    final WordList tallyBackReferences;
    final WordList bracketListFillers;
    final WordList signatoryListNouns;
    final WordList absenceWords;
    /** (h38-listes5) Manner words between a joining verb and its `à` object (`se joindront à distance aux débats`). */
    final WordList joiningMannerWords;
    final WordList joiningRequestNouns;
    final WordList absenceNouns;
    /** (h50-sweep-ameriques) Words opening a photo credit (`Photo: A/Agence`). */
    final WordList creditMarkers;
    final WordList receivingVerbs;
    final WordList impersonalSubjects;
    final WordList compositionVerbs;
    final WordList deliveryWords;
    final WordList copulaOnlyStatus;
    final WordList findingVerbs;
    final WordList refusalVerbs;
    final WordList actRefusalVerbs;
    final WordList abstainingVerbs;
    final WordList sansInfinitiveAuxiliaries;
    final WordList sansAttendedMeetings;
    final WordList presentingHomographs;
    final WordList postposedExceptions;
    final WordList ellipticNegations;
    final WordList ellipticLikewise;
    final WordList ellipticNeither;
    final WordList followerParticiples;
    final WordList followerAgents;
    final WordList followerActNouns;
    final WordList ellipticFollowing;
    final WordList answeringVerbs;
    final WordList answeredTexts;
    final WordList signedTexts;
    /** (h20-paix) What a withdrawing verb takes back that is assent to a text (`retirer sa signature`): OtherObjectIsNoSigning. */
    final WordList withdrawnAssents;
    final WordList joiningNouns;
    final WordList signatoryNouns;
    final WordList signedQuantities;
    final WordList textActNouns;
    final WordList blockingVerbs;
    final WordList textParts;
    final WordList opposingVerbs;
    /** `avant-projet`, `ébauche`: a draft, not the text signed (OtherObjectIsNoSigning). */
    final WordList draftNouns;
    /** `provisoire`, `préliminaire`: a text so qualified is a draft (OtherObjectIsNoSigning). */
    final WordList draftAdjectives;
    /** `autre`, `similaire`: a text so qualified is another one than the meeting's (OtherTextIsNoRole). */
    final WordList otherTextAdjectives;
    /** `négociateurs`, `sherpas`: they approve texts for others to sign (NegotiatorsSignNothing). */
    final WordList negotiatorNouns;
    /** `engagé`, `engage`: one holder's own commitment (OwnCommitmentIsNoSigning). */
    final WordList singularPledgeForms;
    final WordList armedForceNouns;
    final List<List<String>> amongAttendeeSets;
    final WordList bareExceptions;
    final WordList shunningVerbs;
    final List<List<String>> attendanceCancellations;
    final WordList declinedAttendance;
    final List<List<String>> pastTimeMarkers;
    final List<List<String>> envoyPrepositions;
    final WordList statePlaceMarkers;
    final List<List<String>> habitualMarkers;
    final WordList groupTitleComplements;
    final List<List<String>> trailingAttendanceMarkers;
    final WordList absoluteCopulas;
    final WordList earlierMeetingAdjectives;
    final WordList comparativeWords;
    final WordList preparatoryMeetingAdjectives;
    final WordList preparatoryMeetingNouns;
    final WordList preparationNouns;
    final WordList preparationVerbs;
    final List<List<String>> preludeMarkers;
    final WordList pavilionNouns;
    final java.util.Set<String> meetingNounCueRelations;
    final WordList meetingSubjectDeterminers;
    final WordList reflexiveHomographs;
    /** (h22-afr) Cue words that after `à` are adverbs of time (`jusqu'à présent`, `à présent`, `dès à présent`). */
    final WordList adverbAfterA;
    /** (h22-afr) `à ses côtés` after `avec`: company kept, no partner in a role (AgentReading). */
    final WordList besidePhrases;
    /** (h23-otan) Stems of a cue verb of a shared role whose `avec` phrase past an adverbial names the partners (AgentReading.partnerOfWith). */
    final WordList jointRoleStems;
    /** (h31-hotes) `en compagnie de` after a verb of organising: the co-organiser (AgentReading.partnerOfWith). */
    final List<List<String>> coOrganiserMarkers;
    final WordList bracketListWords;
    final WordList setQuantities;
    final WordList arrivalRanks;
    final WordList gatheringOrganHeads;
    /** (h23-onu) Bare participles of organising that place the meeting noun they qualify (CueScope.participleOnAMeetingNoun). */
    final WordList bareVenueParticiples;
    /** (h23-onu) Words that part such a participle from a meeting noun before it: `presse`, `qui`, `par` (CueScope). */
    final WordList participleNounBreaks;
    /** (h23-onu) Heads of a `par` phrase that say how a text was adopted, no agent (`adopté par consensus`: CueSite.agents), unless a `de` complement names one (`par la voix de X`). */
    final WordList mannerAgentNouns;
    final WordList personPhraseNouns;
    /** (h23-onu) Organisations that adopt a text only through the assembly of their members (AssemblyIsTheMeeting). */
    final WordList assemblyOrganisations;
    /** (h23-onu) Stems of the cues of adopting by which such an organisation's assembly adopts (AssemblyIsTheMeeting). */
    final WordList assemblyAdoptionStems;
    /** (h23-sud) Pronouns that take up a delegation in a gapped part (`celle de l'Égypte par X`): GappedHeadsExtension. */
    final WordList gappedDelegationPronouns;
    /** (h39-listes6) Nouns of a state's form before its name (`de la République de Tanzanie`): Enumerations. */
    final WordList stateFormNouns;
    /** Forms of a pronominal verb of withdrawal that, with no `de` or `en` for what is left, leave the room (`avant de se retirer`). */
    final WordList withdrawalVerbs;
    /** Offices a holder leaves or takes (`quittera le poste à l'issue du sommet`): no place gone home from. */
    final WordList officeNouns;
    /** Words that qualify a group noun before the body it belongs to (`les pays fondateurs des BRICS`). */
    final WordList groupQualifiers;
    /** The noun a host status qualifies when it names the host state (`pays hôte`). */
    final WordList stateNounsOfHost;
    /** Titles of a state's head over `du pays hôte` (`le chef de l'État du pays hôte`). */
    final WordList hostStateHeadTitles;
    final WordList timeUnits;
    final WordList pluperfectAuxiliaries;
    /** `ils`, `elles`: a subject that takes up a plural set (states), never one meeting. */
    final WordList pluralSubjectPronouns;
    final WordList pluperfectInserts;
    final List<List<String>> pastDateAnchors;
    final WordList monthNames;
    final WordList dateWords;
    final WordList sendingParticiples;
    final WordList representedParticiples;
    final WordList representedLinkWords;
    final WordList deedParticiples;
    /** (h47-faux14) `Après leur visite à Bangkok`: a stop before the meeting (EarlierVisitPlace). */
    final WordList earlierVisitNouns;
    final WordList earlierVisitOpeners;
    final WordList foundingParticiples;
    final WordList deedTimeWords;
    final WordList representingVerbs;
    final WordList presidencyQualifiers;
    final WordList presidencyTransferVerbs;
    final WordList rotatingPresidencyWords;
    final WordList frontedRelativeOpeners;
    final WordList jointPresidencyAdjectives;
    final WordList presidencyNouns;
    final WordList invitingVerbs;
    /** (h31-hotes) Verbs of appointing whose object does what their infinitive of purpose says (ClauseReading.subjects). */
    final WordList appointingVerbs;
    final WordList weekdayNames;
    final WordList otherMeetingDemonstratives;
    /** (h55-divers2) `le premier sommet des parlementaires`: attendees that make a meeting another than the leaders'. */
    final WordList otherAttendeeKinds;
    /** (h49-votes7) `après une première édition organisée en 2014`: prepositions that put a meeting before the article's. */
    final WordList earlierMeetingPrepositions;
    final WordList objectQue;
    final WordList clauseComplementizers;
    final WordList turnNouns;
    final WordList genericCountryNouns;
    final WordList arrivalNouns;
    final WordList bodyArrivalNouns;
    final WordList presidencySuccessionVerbs;
    final WordList meetingSubjectVenueVerbs;
    /** (h46-faux13) Happenings a country holds, besides meetings, as the subject of a verb of taking place (VenueReading). */
    final WordList heldHappeningNouns;
    /** (h46-faux13) The last word of a verb of taking place (`a eu lieu`, `se tiendra`: VenueReading.happeningSubject). */
    final WordList takingPlaceWords;
    /** (h46-faux13) One guest under a singular possessive (`son hôte de marque`: GreetingIsNoHosting). */
    final WordList singleGuestNouns;
    /** (h46-faux13) A standing body's recurring session (StandingBodySessionChaired). */
    final WordList bodySessionNouns;
    /** (h42-listes9) Pronouns that repeat a noun of attendance (`l'arrivée de A, celle de B`: RepeatedAttendanceNoun). */
    final WordList headRepeatingPronouns;

    private final Dictionaries dict;
    /** Read once from the country list: the readings share one RoleWords across threads. */
    private final Set<String> kingdoms;

    RoleWords(Dictionaries dict, List<TsvResource.Row> rows) {
        this.dict = dict;
        this.kingdoms = kingdomsOf(dict);
        Map<String, List<String>> lists = new HashMap<>();
        for (TsvResource.Row row : rows) {
            if (lists.put(row.get(0), TsvResource.list(row.get(1))) != null) {
                throw new IllegalStateException(row.where() + ": list '" + row.get(0) + "' given twice");
            }
        }
        Lists l = new Lists(lists);
        subjectPronouns = l.take("subject_pronouns");
        skippableBeforeVerb = l.take("skippable_before_verb");
        auxiliaries = l.take("auxiliaries");
        pluralAuxiliaries = l.take("plural_auxiliaries");
        emphaticPronouns = l.take("emphatic_pronouns");
        clauseOpeners = l.take("clause_openers");
        clauseBreaks = phrases(l.take("clause_breaks"));
        appositionOpeners = l.take("apposition_openers");
        titledItemOpeners = l.take("titled_item_openers");
        definiteArticles = l.take("definite_articles");
        clauseDemonstratives = l.take("clause_demonstratives");
        holderGroupNouns = l.take("holder_group_nouns");
        listingVerbs = l.take("listing_verbs");
        listedCopulas = l.take("listed_copulas");
        chairVerbsForNoun = l.take("chair_verbs_for_noun");
        memberNouns = l.take("member_nouns");
        bodySetNouns = l.take("body_set_nouns");
        joinedBodies = l.take("joined_bodies");
        membershipListNouns = l.take("membership_list_nouns");
        membershipListStates = l.take("membership_list_states");
        membershipListModifiers = l.take("membership_list_modifiers");
        membershipCounts = l.take("membership_counts");
        setNouns = l.take("set_nouns");
        groupNouns = l.take("group_nouns");
        representingNouns = l.take("representing_nouns");
        welcomedNotHosted = l.take("welcomed_not_hosted");
        admissionNouns = l.take("admission_nouns");
        newnessAdjectives = l.take("newness_adjectives");
        inclusionVerbs = l.take("inclusion_verbs");
        statusOpeners = l.take("status_openers");
        statusOpenerWords = StatusInABody.openerWords(statusOpeners);
        bodyMakeupVerbs = l.take("body_makeup_verbs");
        habitualAdverbs = l.take("habitual_adverbs");
        lastMeetingAdjectives = l.take("last_meeting_adjectives");
        arrivalPlaceWords = l.take("arrival_place_words");
        comingVerbs = l.take("coming_verbs");
        placeNouns = l.take("place_nouns");
        venueNouns = l.take("venue_nouns");
        sideEventPhrases = phrases(l.take("side_event_phrases"));
        indefinitePluralDeterminers = l.take("indefinite_plural_determiners");
        demonstrativeSetSubjects = phrases(l.take("demonstrative_set_subjects"));
        placingVerbs = l.take("placing_verbs");
        otherMeetingMarkers = l.take("other_meeting_markers");
        titlePremodifiers = l.take("title_premodifiers");
        editionComplementFillers = l.take("edition_complement_fillers");
        guidanceNouns = l.take("guidance_nouns");
        handoverNouns = l.take("handover_nouns");
        successionOnlyNouns = l.take("succession_only_nouns");
        absoluteClauseAuxiliaries = l.take("absolute_clause_auxiliaries");
        relativePronouns = l.take("relative_pronouns");
        frontedRelativeOpeners = l.take("fronted_relative_openers");
        objectRelatives = l.take("object_relatives");
        complementPrepositions = l.take("complement_prepositions");
        subjectDeterminers = l.take("subject_determiners");
        chairTitles = l.take("chair_titles");
        chairHeadNouns = l.take("chair_head_nouns");
        clockTimeNouns = l.take("clock_time_nouns");
        chairedMeetings = l.take("chaired_meetings");
        demonstrativeMeetingNouns = l.take("demonstrative_meeting_nouns");
        electionVerbs = l.take("election_verbs");
        capacityPhrases = phrases(l.take("capacity_phrases"));
        standingBodies = l.take("standing_bodies");
        termNouns = l.take("term_nouns");
        agreeingCueWords = l.take("agreeing_cue_words");
        appointmentNouns = l.take("appointment_nouns");
        bodyCourseNouns = l.take("body_course_nouns");
        presidencyOffice = List.copyOf(l.take("presidency_office").entries());
        presidencyOfficeVerbs = l.take("presidency_office_verbs");
        stateOfficeComplements = l.take("state_office_complements");
        joinedPersonNouns = l.take("joined_person_nouns");
        presidencyStanceNouns = l.take("presidency_stance_nouns");
        shareQuantities = l.take("share_quantities");
        sourcePrepositions = l.take("source_prepositions");
        creditOpeners = l.take("credit_openers");
        powerNouns = l.take("power_nouns");
        dativeRelatives = phrases(l.take("dative_relatives"));
        presidencyRaceWords = List.copyOf(l.take("presidency_race_words").entries());
        presidencyTakingWords = l.take("presidency_taking_words");
        assemblyMeetingNouns = l.take("assembly_meeting_nouns");
        organisingVerbs = l.take("organising_verbs");
        indefiniteDeterminers = l.take("indefinite_determiners");
        statusNounFillers = l.take("status_noun_fillers");
        l.take("count_words");
        countWords = lists.get("count_words").stream().map(TextFolding::fold).toList(); // in order: the value is the position
        speakerOpeners = l.take("speaker_openers");
        holderTitles = l.take("holder_titles");
        enumerationConnectors = l.take("enumeration_connectors");
        stateNameHeads = l.take("state_name_heads");
        epithetCues = l.take("epithet_cues");
        joinedPeopleDeterminers = l.take("joined_people_determiners");
        indefiniteArticles = l.take("indefinite_articles");
        degreeAdverbs = l.take("degree_adverbs");
        exampleOpeners = phrases(l.take("example_openers"));
        explicitCoordinators = l.take("explicit_coordinators");
        likewiseMarkers = phrases(l.take("likewise_markers"));
        likewiseAttendanceMarkers = phrases(l.take("likewise_attendance_markers"));
        companionMarkers = phrases(l.take("companion_markers"));
        counterpartAgentOpeners = phrases(l.take("counterpart_agent_openers"));
        followerMarkers = phrases(l.take("follower_markers"));
        frontedAdditionOpeners = l.take("fronted_addition_openers");
        frontedAdditionVerbs = phrases(l.take("fronted_addition_verbs"));
        turnSequenceOpeners = phrases(l.take("turn_sequence_openers"));
        sequenceAdverbs = l.take("sequence_adverbs");
        stayingArrivals = l.take("staying_arrivals");
        likewiseVoteMarkers = phrases(l.take("likewise_vote_markers"));
        adjacentVotePartners = phrases(l.take("adjacent_vote_partners"));
        likewiseSigningMarkers = phrases(l.take("likewise_signing_markers"));
        votingWords = l.take("voting_words");
        likewiseFrontedMarkers = phrases(l.take("likewise_fronted_markers"));
        companionFrontedMarkers = phrases(l.take("companion_fronted_markers"));
        gappingContrasts = phrases(l.take("gapping_contrasts"));
        setInclusionVerbs = l.take("set_inclusion_verbs");
        amongThem = l.take("among_them");
        amongThese = phrases(l.take("among_these"));
        membersOpeners = phrases(l.take("members_openers"));
        negators = l.take("negators");
        negativeWords = l.take("negative_words");
        bareNegationModals = l.take("bare_negation_modals");
        causativeVerbs = l.take("causative_verbs");
        faireForms = l.take("faire_forms");
        membershipProformInserts = l.take("membership_proform_inserts");
        setSubjectPronouns = l.take("set_subject_pronouns");
        pledgeNouns = l.take("pledge_nouns");
        supportNouns = l.take("support_nouns");
        supportedTexts = l.take("supported_texts");
        oppositionNouns = l.take("opposition_nouns");
        oppositionFrames = l.take("opposition_frames");
        outcomeBlockingVerbs = l.take("outcome_blocking_verbs");
        opposedOutcomes = l.take("opposed_outcomes");
        supportVerbs = l.take("support_verbs");
        pendingActPredicates = l.take("pending_act_predicates");
        agentOnlyActNouns = l.take("agent_only_act_nouns");
        signingOccasionNouns = l.take("signing_occasion_nouns");
        occasionNouns = l.take("occasion_nouns");
        headlinePresenceParticiples = l.take("headline_presence_participles");
        for (String[] entry : new String[][] {{"headline_host_nouns", "HOST"}, {"headline_chair_nouns", "CHAIR"},
                {"headline_signatory_nouns", "SIGNATORY"}}) {
            for (String w : l.take(entry[0]).entries()) {
                headlineRoleNouns.put(w, org.summitcoverage.model.RoleType.valueOf(entry[1]));
            }
        }
        copulaSetWords = l.take("copula_set_words");
        negationBounds = l.take("negation_bounds");
        meetingWords = l.take("meeting_words");
        hostingThanksStems = l.take("hosting_thanks_stems");
        meetingWordsBetweenStates = l.take("meeting_words_between_states");
        signingWordsBetweenStates = l.take("signing_words_between_states");
        saidWhenWords = l.take("said_when_words");
        bilateralMeetingPhrases = phrases(l.take("bilateral_meeting_phrases"));
        stateVisitPhrases = phrases(l.take("state_visit_phrases"));
        partnerRelatives = phrases(l.take("partner_relatives"));
        meetingNouns = l.take("meeting_nouns");
        severalMeetingNouns = l.take("several_meeting_nouns");
        meetingSeriesNouns = l.take("meeting_series_nouns");
        severalQuantifiers = l.take("several_quantifiers");
        proceedingsNouns = l.take("proceedings_nouns");
        directingVerbs = l.take("directing_verbs");
        directedMeetingNouns = l.take("directed_meeting_nouns");
        guestNouns = l.take("guest_nouns");
        convenerHostNouns = l.take("convener_host_nouns");
        cancellingVerbs = l.take("cancelling_verbs");
        listOpeners = phrases(l.take("list_openers"));
        shareOpeners = phrases(l.take("share_openers"));
        attendanceListOpeners = phrases(l.take("attendance_list_openers"));
        // (h21-passing) words said before the meeting opened (`a déclaré X à la veille du sommet`) were said elsewhere too
        List<List<String>> elsewhere = new ArrayList<>(phrases(l.take("speech_elsewhere")));
        elsewhere.addAll(phrases(l.take("speech_before_meeting")));
        speechElsewhere = List.copyOf(elsewhere);
        speechBriefings = phrases(l.take("speech_briefings"));
        briefingAtMeeting = phrases(l.take("briefing_at_meeting"));
        bodyJoiningVerbs = l.take("body_joining_verbs");
        aliasParticiples = l.take("alias_participles");
        outsiderTitles = l.take("outsider_titles");
        teaserOpeners = phrases(l.take("teaser_openers"));
        speechAtMeeting = phrases(l.take("speech_at_meeting"));
        seatParticiples = l.take("seat_participles");
        topicPrepositions = l.take("topic_prepositions");
        comparisonPrepositions = l.take("comparison_prepositions");
        for (String verb : l.take("winning_over_verbs").entries()) {
            for (String form : RoleCueLexicon.inflect(verb)) {
                winningOverForms.add(TextFolding.fold(form));
            }
        }
        speakingCues = l.take("speaking_cues");
        institutionHeads = l.take("institution_heads");
        notASpeech = l.take("not_a_speech");
        topicMarkers = phrases(l.take("topic_markers"));
        envoyTitles = l.take("envoy_titles");
        welcomeAdverbs = l.take("welcome_adverbs");
        jointAdverbs = l.take("joint_adverbs");
        meetingJoiningVerbs = l.take("meeting_joining_verbs");
        joinedMeetings = l.take("joined_meetings");
        representationLevels = phrases(l.take("representation_levels"));
        representationCapacities = phrases(l.take("representation_capacities"));
        sidelineMarkers = phrases(l.take("sideline_markers"));
        homingStems = l.take("homing_stems");
        signingStems = l.take("signing_stems");
        betweenPartiesSigningStems = l.take("between_parties_signing_stems");
        purposePrepositions = l.take("purpose_prepositions");
        resumptiveDeterminers = l.take("resumptive_determiners");
        commitmentForms = l.take("commitment_forms");
        proclaimingVerbs = l.take("proclaiming_verbs");
        reflexivePronouns = l.take("reflexive_pronouns");
        pairLeaderNouns = l.take("pair_leader_nouns");
        notArrivals = l.take("not_arrivals");
        pronominalOnlyArrivals = l.take("pronominal_only_arrivals");
        possessives = l.take("possessives");
        counterpartNouns = l.take("counterpart_nouns");
        singularPossessives = l.take("singular_possessives");
        complementMarkers = l.take("complement_markers");
        placePrepositions = l.take("place_prepositions");
        itemModifierPrepositions = l.take("item_modifier_prepositions");
        situationNouns = l.take("situation_nouns");
        relationalNouns = l.take("relational_nouns");
        textNameHeads = l.take("text_name_heads");
        becomingVerbs = l.take("becoming_verbs");
        ellipticNeitherList = l.take("elliptic_neither_list");
        ellipticRestrictives = l.take("elliptic_restrictives");
        assemblyHeads = l.take("assembly_heads");
        organNouns = l.take("organ_nouns");
        representedOwnNouns = l.take("represented_own_nouns");
        kingdomAnaphors = l.take("kingdom_anaphors");
        stateAnaphors = l.take("state_anaphors");
        hostStateQualifiers = l.take("host_state_qualifiers");
        sentDelegationNouns = l.take("sent_delegation_nouns");
        sentTitleDeterminers = l.take("sent_title_determiners");
        cityHostingVerbs = l.take("city_hosting_verbs");
        outbreakParticiples = l.take("outbreak_participles");
        bareRepresentationAdverbs = l.take("bare_representation_adverbs");
        cityHostingDeterminers = l.take("city_hosting_determiners");
        objectClitics = l.take("object_clitics");
        proPassiveForms = l.take("pro_passive_forms");
        listClitics = l.take("list_clitics");
        preverbalClitics = l.take("preverbal_clitics");
        topicNouns = l.take("topic_nouns");
        frontedAdverbialPrepositions = l.take("fronted_adverbial_prepositions");
        sharedDemonyms = l.take("shared_demonyms");
        pledgeAmountWords = l.take("pledge_amount_words");
        pledgeCounts = l.take("pledge_counts");
        pledgeVerbs = l.take("pledge_verbs");
        arrivingThings = l.take("arriving_things");
        standInMarkers = phrases(l.take("stand_in_markers"));
        accountMarkers = phrases(l.take("account_markers"));
        standInFirstWords = standInMarkers.stream().map(m -> m.get(0)).collect(java.util.stream.Collectors.toUnmodifiableSet());
        setIdentityVerbs = l.take("set_identity_verbs");
        setNotingPhrases = phrases(l.take("set_noting_phrases"));
        voteSetWords = l.take("vote_set_words");
        refusingSetWords = l.take("refusing_set_words");
        signingSetWords = l.take("signing_set_words");
        stanceNouns = l.take("stance_nouns");
        stanceTextLinks = l.take("stance_text_links");
        voteJoiningVerbs = l.take("vote_joining_verbs");
        voteJoiningSignings = phrases(l.take("vote_joining_signings"));
        voteJoiningRefusals = phrases(l.take("vote_joining_refusals"));
        firstPersonBeForms = l.take("first_person_be_forms");
        standingBodyNameHeads = l.take("standing_body_name_heads");
        willVerbs = l.take("will_verbs");
        nearMissVerbs = l.take("near_miss_verbs");
        failureVerbs = l.take("failure_verbs");
        designatedTitleAdjectives = l.take("designated_title_adjectives");
        initiallyMarkers = l.take("initially_markers");
        initiallyPhrases = phrases(l.take("initially_phrases"));
        negationInsertions = phrases(l.take("negation_insertions"));
        successVerbs = l.take("success_verbs");
        litotesVerbs = l.take("litotes_verbs");
        negatableClaims = l.take("negatable_claims");
        reportedSpeechVerbs = l.take("reported_speech_verbs");
        addressingStems = l.take("addressing_stems");
        dispatchNouns = l.take("dispatch_nouns");
        groupJoiningVerbs = l.take("group_joining_verbs");
        contrastOpeners = l.take("contrast_openers");
        memberOpeners = l.take("member_openers");
        voteVerbs = l.take("vote_verbs");
        voteForWords = l.take("vote_for_words");
        voteAgainstWords = l.take("vote_against_words");
        tallyNouns = l.take("tally_nouns");
        tallyCounts = l.take("tally_counts");
        abstentionWords = l.take("abstention_words");
        tallyBackReferences = l.take("tally_back_references");
        bracketListFillers = l.take("bracket_list_fillers");
        signatoryListNouns = l.take("signatory_list_nouns");
        absenceWords = l.take("absence_words");
        joiningMannerWords = l.take("joining_manner_words");
        absenceNouns = l.take("absence_nouns");
        creditMarkers = l.take("credit_markers");
        joiningRequestNouns = l.take("joining_request_nouns");
        receivingVerbs = l.take("receiving_verbs");
        impersonalSubjects = l.take("impersonal_subjects");
        compositionVerbs = l.take("composition_verbs");
        deliveryWords = l.take("delivery_words");
        copulaOnlyStatus = l.take("copula_only_status");
        findingVerbs = l.take("finding_verbs");
        refusalVerbs = l.take("refusal_verbs");
        actRefusalVerbs = l.take("act_refusal_verbs");
        abstainingVerbs = l.take("abstaining_verbs");
        sansInfinitiveAuxiliaries = l.take("sans_infinitive_auxiliaries");
        sansAttendedMeetings = l.take("sans_attended_meetings");
        presentingHomographs = l.take("presenting_homographs");
        postposedExceptions = l.take("postposed_exceptions");
        ellipticNegations = l.take("elliptic_negations");
        ellipticLikewise = l.take("elliptic_likewise");
        ellipticNeither = l.take("elliptic_neither");
        followerParticiples = l.take("follower_participles");
        followerAgents = l.take("follower_agents");
        followerActNouns = l.take("follower_act_nouns");
        ellipticFollowing = l.take("elliptic_following");
        answeringVerbs = l.take("answering_verbs");
        answeredTexts = l.take("answered_texts");
        signedTexts = l.take("signed_texts");
        withdrawnAssents = l.take("withdrawn_assents");
        joiningNouns = l.take("joining_nouns");
        signatoryNouns = l.take("signatory_nouns");
        signedQuantities = l.take("signed_quantities");
        textActNouns = l.take("text_act_nouns");
        blockingVerbs = l.take("blocking_verbs");
        textParts = l.take("text_parts");
        opposingVerbs = l.take("opposing_verbs");
        draftNouns = l.take("draft_nouns");
        draftAdjectives = l.take("draft_adjectives");
        otherTextAdjectives = l.take("other_text_adjectives");
        negotiatorNouns = l.take("negotiator_nouns");
        singularPledgeForms = l.take("singular_pledge_forms");
        armedForceNouns = l.take("armed_force_nouns");
        amongAttendeeSets = phrases(l.take("among_attendee_sets"));
        bareExceptions = l.take("bare_exceptions");
        shunningVerbs = l.take("shunning_verbs");
        attendanceCancellations = phrases(l.take("attendance_cancellations"));
        declinedAttendance = l.take("declined_attendance");
        pastTimeMarkers = phrases(l.take("past_time_markers"));
        envoyPrepositions = phrases(l.take("envoy_prepositions"));
        statePlaceMarkers = l.take("state_place_markers");
        habitualMarkers = phrases(l.take("habitual_markers"));
        groupTitleComplements = l.take("group_title_complements");
        trailingAttendanceMarkers = phrases(l.take("trailing_attendance_markers"));
        absoluteCopulas = l.take("absolute_copulas");
        earlierMeetingAdjectives = l.take("earlier_meeting_adjectives");
        comparativeWords = l.take("comparative_words");
        preparatoryMeetingAdjectives = l.take("preparatory_meeting_adjectives");
        preparatoryMeetingNouns = l.take("preparatory_meeting_nouns");
        preparationNouns = l.take("preparation_nouns");
        preparationVerbs = l.take("preparation_verbs");
        preludeMarkers = phrases(l.take("prelude_markers"));
        pavilionNouns = l.take("pavilion_nouns");
        meetingNounCueRelations = java.util.Set.copyOf(l.take("meeting_noun_cue_relations").entries());
        meetingSubjectDeterminers = l.take("meeting_subject_determiners");
        reflexiveHomographs = l.take("reflexive_homographs");
        adverbAfterA = l.take("adverb_after_a");
        besidePhrases = l.take("beside_phrases");
        jointRoleStems = l.take("joint_role_stems");
        coOrganiserMarkers = phrases(l.take("co_organiser_markers"));
        bracketListWords = l.take("bracket_list_words");
        setQuantities = l.take("set_quantities");
        arrivalRanks = l.take("arrival_ranks");
        gatheringOrganHeads = l.take("gathering_organ_heads");
        bareVenueParticiples = l.take("bare_venue_participles");
        participleNounBreaks = l.take("participle_noun_breaks");
        mannerAgentNouns = l.take("manner_agent_nouns");
        personPhraseNouns = l.take("person_phrase_nouns");
        assemblyOrganisations = l.take("assembly_organisations");
        assemblyAdoptionStems = l.take("assembly_adoption_stems");
        gappedDelegationPronouns = l.take("gapped_delegation_pronouns");
        stateFormNouns = l.take("state_form_nouns");
        withdrawalVerbs = l.take("withdrawal_verbs");
        officeNouns = l.take("office_nouns");
        groupQualifiers = l.take("group_qualifiers");
        stateNounsOfHost = l.take("host_state_nouns");
        hostStateHeadTitles = l.take("host_state_head_titles");
        timeUnits = l.take("time_units");
        pluperfectAuxiliaries = l.take("pluperfect_auxiliaries");
        pluralSubjectPronouns = l.take("plural_subject_pronouns");
        pluperfectInserts = l.take("pluperfect_inserts");
        pastDateAnchors = phrases(l.take("past_date_anchors"));
        monthNames = l.take("month_names");
        dateWords = l.take("date_words");
        sendingParticiples = l.take("sending_participles");
        representedParticiples = l.take("represented_participles");
        representedLinkWords = l.take("represented_link_words");
        deedParticiples = l.take("deed_participles");
        earlierVisitNouns = l.take("earlier_visit_nouns");
        earlierVisitOpeners = l.take("earlier_visit_openers");
        foundingParticiples = l.take("founding_participles");
        deedTimeWords = l.take("deed_time_words");
        representingVerbs = l.take("representing_verbs");
        presidencyQualifiers = l.take("presidency_qualifiers");
        presidencyTransferVerbs = l.take("presidency_transfer_verbs");
        rotatingPresidencyWords = l.take("rotating_presidency_words");
        jointPresidencyAdjectives = l.take("joint_presidency_adjectives");
        presidencyNouns = l.take("presidency_nouns");
        invitingVerbs = l.take("inviting_verbs");
        appointingVerbs = l.take("appointing_verbs");
        weekdayNames = l.take("weekday_names");
        otherMeetingDemonstratives = l.take("other_meeting_demonstratives");
        otherAttendeeKinds = l.take("other_attendee_kinds");
        earlierMeetingPrepositions = l.take("earlier_meeting_prepositions");
        objectQue = l.take("object_que");
        clauseComplementizers = l.take("clause_complementizers");
        turnNouns = l.take("turn_nouns");
        genericCountryNouns = l.take("generic_country_nouns");
        arrivalNouns = l.take("arrival_nouns");
        bodyArrivalNouns = l.take("body_arrival_nouns");
        presidencySuccessionVerbs = l.take("presidency_succession_verbs");
        meetingSubjectVenueVerbs = l.take("meeting_subject_venue_verbs");
        heldHappeningNouns = l.take("held_happening_nouns");
        takingPlaceWords = l.take("taking_place_words");
        singleGuestNouns = l.take("single_guest_nouns");
        bodySessionNouns = l.take("body_session_nouns");
        headRepeatingPronouns = l.take("head_repeating_pronouns");
        thanksNouns = l.take("thanks_nouns");
        wishNouns = l.take("wish_nouns");
        delegationLeaderTitles = l.take("delegation_leader_titles");
        delegationLeadingNouns = l.take("delegation_leading_nouns");
        anyDeterminers = l.take("any_determiners");
        listItemOpeners = l.take("list_item_openers");
        audienceOpeners = l.take("audience_openers");
        guestOfNouns = l.take("guest_of_nouns");
        envoyNouns = l.take("envoy_nouns");
        sourceSpeakerNouns = l.take("source_speaker_nouns");
        etreForms = l.take("etre_forms");
        invitedParticiples = l.take("invited_participles");
        expectationModals = l.take("expectation_modals");
        witnessingVerbs = l.take("witnessing_verbs");
        presenceStatusPredicates = l.take("presence_status_predicates");
        presenceJudgementPredicates = l.take("presence_judgement_predicates");
        presenceNeedNouns = l.take("presence_need_nouns");
        partitiveQuantifiers = l.take("partitive_quantifiers");
        chairedNonMeetings = l.take("chaired_non_meetings");
        commentatorTitles = l.take("commentator_titles");
        spokespersonTitles = l.take("spokesperson_titles");
        headerTopicNouns = l.take("header_topic_nouns");
        exampleRelations = l.take("example_relations");
        rankingWords = l.take("ranking_words");
        focusSubjectWords = l.take("focus_subject_words");
        councilHeads = l.take("council_heads");
        councilSessionNouns = l.take("council_session_nouns");
        councilSessionFillers = l.take("council_session_fillers");
        meetingJoiningReflexives = l.take("meeting_joining_reflexives");
        titlePhraseBreaks = phrases(l.take("title_phrase_breaks"));
        l.requireAllTaken();
    }

    /** The lists of {@code dict/role_words.tsv} over the given dictionaries. */
    public static RoleWords load(Dictionaries dict) {
        return new RoleWords(dict, TsvResource.read(RESOURCE, "list", "words"));
    }

    /**
     * The entity id of the country a place name (`Séoul`, `Abou Dhabi`) or a capital stands in, or null when the
     * dictionary does not know the place or places it in no single country.
     */
    String countryOfPlace(String name) {
        Set<String> ids = new HashSet<>();
        for (org.summitcoverage.dict.DictEntry e : dict.lookup(TextFolding.fold(name))) {
            if (e.type() == org.summitcoverage.model.EntityType.LOCATION && e.countryCode().matches("[A-Z]{2}")) {
                ids.add("country:" + e.countryCode());
            } else if (e.type() == org.summitcoverage.model.EntityType.COUNTRY && e.kind() == org.summitcoverage.dict.Kind.CAPITAL) {
                ids.add(e.entityId());
            }
        }
        return ids.size() == 1 ? ids.iterator().next() : null;
    }

    /**
     * A state whose formal name in the country list is a kingdom (`Royaume du Maroc`, `Royaume hachémite de Jordanie`),
     * not the United Kingdom, which French never calls `le Royaume` alone.
     */
    boolean isKingdom(String entityId) {
        return kingdoms.contains(entityId);
    }

    private static Set<String> kingdomsOf(Dictionaries dict) {
        Set<String> ids = new HashSet<>();
        for (Map.Entry<String, List<org.summitcoverage.dict.DictEntry>> f : dict.allForms().entrySet()) {
            if (f.getKey().startsWith("royaume ") && !f.getKey().startsWith("royaume uni")) {
                for (org.summitcoverage.dict.DictEntry e : f.getValue()) {
                    if (e.type() == EntityType.COUNTRY && !e.entityId().equals("country:GB")) {
                        ids.add(e.entityId());
                    }
                }
            }
        }
        return Set.copyOf(ids);
    }

    /** A place the gazetteer puts in no one state (`Afrique centrale`, `Europe`): a world region, unlike `Québec`. */
    boolean spansSeveralStates(org.summitcoverage.model.Mention m) {
        for (org.summitcoverage.dict.DictEntry e : dict.lookup(TextFolding.fold(m.text()))) {
            if (e.type() == org.summitcoverage.model.EntityType.LOCATION && e.entityId().equals(m.entityId())) {
                return e.countryCode() == null || e.countryCode().isBlank();
            }
        }
        return false;
    }

    /** A city or a capital the entities typed as the country it stands for (`a rallié Libreville`). */
    boolean isCityName(String name) {
        for (org.summitcoverage.dict.DictEntry e : dict.lookup(TextFolding.fold(name))) {
            if (e.type() == org.summitcoverage.model.EntityType.LOCATION
                    || e.type() == org.summitcoverage.model.EntityType.COUNTRY && e.kind() == org.summitcoverage.dict.Kind.CAPITAL) {
                return true;
            }
        }
        return false;
    }

    /** The entity id of the country an unambiguous demonym stands for (`tchadienne` → country:TD), or null. */
    String countryOfDemonym(String word) {
        for (org.summitcoverage.dict.DictEntry e : dict.lookup(TextFolding.fold(word))) {
            if (e.type() == org.summitcoverage.model.EntityType.COUNTRY && e.kind() == org.summitcoverage.dict.Kind.DEMONYM
                    && !e.ambiguous()) {
                return e.entityId();
            }
        }
        return null;
    }

    /** The number a count word says (`deux` → 2), or 0. */
    int count(String word) {
        int i = countWords.indexOf(TextFolding.fold(word));
        return i < 0 ? 0 : i + 2;
    }

    /** A title word, prefixed and plural ones included (`vice-ministre`, `présidents`): `le ministre X`. */
    boolean isTitle(String word) {
        return dict.isTitle(word) || word.length() > 3 && word.endsWith("s") && dict.isTitle(word.substring(0, word.length() - 1));
    }

    /** A word that titles the person in apposition to it: a title, a state noun (`chef`), or `diplomate`. */
    boolean isHolderTitle(String word) {
        String w = Dictionaries.withoutTitlePrefix(word);
        return dict.titles.contains(w) || dict.stateNouns.contains(w) || holderTitles.contains(w);
    }

    /** A news outlet of the organisation list (`Reuters`, `Jeune Afrique`). */
    boolean isMedia(Mention m) {
        return m.type() == EntityType.ORGANIZATION && dict.isMediaId(m.entityId());
    }

    /** A government noun French names after its leader (`l'administration Trump`). */
    boolean isLeaderGovernment(String word) {
        return dict.leaderGovernments.contains(word);
    }

    /** A noun that describes a company before its name (`le constructeur X`, `la filiale de Y`). */
    boolean isCompanyNoun(String word) {
        return dict.companyNouns.contains(word);
    }

    /** A noun for a place or building (`centre`, `palais`, `siège`): `se tient au centre de conférences de X, au Y`. */
    boolean isSiteNoun(String word) {
        return dict.siteNouns.contains(TextFolding.fold(word)) || dict.venueHeads.contains(TextFolding.fold(word));
    }

    boolean isStateNoun(String word) {
        return dict.stateNouns.contains(word);
    }

    boolean isCommonWord(String word) {
        return dict.commonWords.contains(word);
    }

    /** A demonym form of the country dictionary (`français`, `sud-africaine`), given folded. */
    boolean isDemonym(String folded) {
        return dict.isDemonym(folded);
    }

    /** The token's word folded (case, accents, apostrophes): how every list here is compared. */
    static String fold(Token t) {
        return t.folded();
    }

    /** The end (exclusive) of {@code phrase} read from token {@code k}, or -1. */
    /** The end of a `demonstrative_set_subjects` phrase opening the tokens (`Ces pays`), or -1. */
    int demonstrativeSetSubjectEnd(List<Token> toks) {
        for (List<String> p : demonstrativeSetSubjects) {
            int end = phraseEnd(toks, 0, p);
            if (end > 0) {
                return end;
            }
        }
        return -1;
    }

    /** The end of the stand-in marker (`au nom du`, `en lieu et place de`) that opens at token {@code k}, or -1. */
    int standInMarkerEnd(List<Token> toks, int k) {
        if (!standInFirstWords.contains(fold(toks.get(k)))) {
            return -1;
        }
        for (List<String> marker : standInMarkers) {
            int end = phraseEnd(toks, k, marker);
            if (end > 0) {
                return end;
            }
        }
        return -1;
    }

    static int phraseEnd(List<Token> toks, int k, List<String> phrase) {
        if (k + phrase.size() > toks.size()) {
            return -1;
        }
        for (int i = 0; i < phrase.size(); i++) {
            String w = fold(toks.get(k + i));
            if (!w.equals(phrase.get(i)) && !elidedForm(phrase.get(i), w)) {
                return -1;
            }
        }
        return k + phrase.size();
    }

    /** (h25-paix) A form of a verb that wins someone over to a text (`rallie`, `a rallié … à`). */
    boolean isWinningOverForm(String word) {
        return winningOverForms.contains(TextFolding.fold(word));
    }

    /** The function words French elides before a vowel: a list's `de même que` is also `de même qu'Emmanuel X`. */
    private static final Set<String> ELIDABLE = Set.of("que", "de", "le", "la", "ne", "se", "jusque", "lorsque", "puisque");

    /** {@code token} (folded) is the elided form of the list word {@code word}: `qu'` for `que`, `d'` for `de`. */
    static boolean elidedForm(String word, String token) {
        return token.length() == word.length() && token.endsWith("'") && ELIDABLE.contains(word)
                && token.regionMatches(0, word, 0, word.length() - 1);
    }

    /** An edition number before a meeting noun: `3e`, `25ème`, `XXIXe`, `quatrième`. */
    private static final java.util.regex.Pattern EDITION_NUMBER =
            java.util.regex.Pattern.compile("\\d{1,3}(?i:e|è|er|ère|ème|eme|ième|ieme|ᵉ)|[IVXLC]+e|(?i:premier|première|\\p{L}{3,}i[eè]me)");
    private static final java.util.regex.Pattern EDITION_SUFFIX = java.util.regex.Pattern.compile("(?i)e|è|er|ère|ème|eme|ième|ieme|ᵉ");

    /**
     * The sentence places the words at the meeting: a phrase of `speech_at_meeting`, or `lors du` / `lors de la` right
     * before a numbered edition of it (`Lors du 3e sommet du Quad, X et Y ont réitéré …`, `lors de la 25e session`),
     * which the list's fixed phrases cannot spell out number by number.
     */
    boolean placesSpeechAtMeeting(List<Token> toks) {
        if (containsPhrase(toks, speechAtMeeting)) {
            return true;
        }
        for (int k = 0; k + 3 < toks.size(); k++) {
            if (!fold(toks.get(k)).equals("lors")) {
                continue;
            }
            int j = fold(toks.get(k + 1)).equals("du") ? k + 2
                    : fold(toks.get(k + 1)).equals("de") && fold(toks.get(k + 2)).equals("la") ? k + 3 : -1;
            if (j < 0 || j + 1 >= toks.size()) {
                continue;
            }
            int after = EDITION_NUMBER.matcher(toks.get(j).word()).matches() ? j + 1
                    : toks.get(j).word().matches("\\d{1,3}") && EDITION_SUFFIX.matcher(toks.get(j + 1).word()).matches() ? j + 2 : -1;
            if (after > 0 && after < toks.size() && joinedMeetings.containsWord(toks.get(after))) {
                return true;
            }
        }
        return false;
    }

    /** Some phrase of {@code phrases} stands anywhere in the tokens. */
    static boolean containsPhrase(List<Token> toks, List<List<String>> phrases) {
        for (int k = 0; k < toks.size(); k++) {
            String first = fold(toks.get(k)); // once per token, not once per phrase
            for (List<String> p : startingWith(phrases, first)) {
                if (phraseEnd(toks, k, p) > 0) {
                    return true;
                }
            }
        }
        return false;
    }

    private static List<List<String>> phrases(WordList list) {
        List<List<String>> out = new ArrayList<>();
        for (String entry : list.entries()) {
            out.add(List.of(entry.replace("' ", "'").replace("'", "' ").strip().split(" ")));
        }
        out.sort((a, b) -> String.join(" ", a).compareTo(String.join(" ", b)));
        return new PhraseList(out);
    }

    /**
     * A list of phrases that also knows them by first word: the readings try every phrase of a list at every token, and
     * comparing each phrase's first word there was a few per cent of their time. Unchangeable; a list like any other.
     */
    private static final class PhraseList extends java.util.AbstractList<List<String>> implements java.util.RandomAccess {
        private final List<List<String>> phrases;
        private final Map<String, List<List<String>>> byFirstWord = new HashMap<>();

        PhraseList(List<List<String>> phrases) {
            this.phrases = List.copyOf(phrases);
            for (List<String> p : this.phrases) {
                byFirstWord.computeIfAbsent(p.get(0), w -> new ArrayList<>()).add(p);
            }
            byFirstWord.replaceAll((w, ps) -> List.copyOf(ps));
        }

        @Override
        public List<String> get(int i) {
            return phrases.get(i);
        }

        @Override
        public int size() {
            return phrases.size();
        }
    }

    /** The phrases of {@code phrases} whose first word is {@code first} (folded), in the list's order. */
    static List<List<String>> startingWith(List<List<String>> phrases, String first) {
        if (phrases instanceof PhraseList indexed) {
            return indexed.byFirstWord.getOrDefault(first, List.of());
        }
        List<List<String>> out = new ArrayList<>();
        for (List<String> p : phrases) {
            if (p.get(0).equals(first)) {
                out.add(p);
            }
        }
        return out;
    }

    /** Takes each list once by name, so a misspelt or forgotten row fails at load time, not as a silent miss. */
    private static final class Lists {
        private final Map<String, List<String>> lists;
        private final Set<String> taken = new HashSet<>();

        Lists(Map<String, List<String>> lists) {
            this.lists = lists;
        }

        WordList take(String name) {
            List<String> words = lists.get(name);
            if (words == null) {
                throw new IllegalStateException(RESOURCE + ": no list '" + name + "'");
            }
            taken.add(name);
            return WordList.of(words);
        }

        void requireAllTaken() {
            Set<String> unused = new HashSet<>(lists.keySet());
            unused.removeAll(taken);
            if (!unused.isEmpty()) {
                throw new IllegalStateException(RESOURCE + ": lists no reading uses: " + Arrays.toString(unused.toArray()));
            }
        }
    }
}
