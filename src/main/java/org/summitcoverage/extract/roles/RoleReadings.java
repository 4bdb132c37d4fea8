package org.summitcoverage.extract.roles;

import org.summitcoverage.extract.roles.RoleCueLexicon.CueKind;
import org.summitcoverage.model.RoleType;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Which reading reads which cue, all in {@link #standard()}: the first rule whose cue kinds and roles match
 * the cue reads it. A new construction is a new reading registered there. A cue carried over from the
 * previous sentence (`… ont signé. Parmi eux, …`) is read by {@link AmongThemReading}.
 */
final class RoleReadings {
    private record Rule(Set<CueKind> kinds, Set<RoleType> roles, HolderReading reading) {
    }

    private static final Set<RoleType> ANY_ROLE = EnumSet.allOf(RoleType.class);

    private final List<Rule> rules = new ArrayList<>();
    private final HolderReading carriedOver = new AmongThemReading();

    private RoleReadings() {
    }

    static RoleReadings standard() {
        return new RoleReadings()
                .add(EnumSet.of(CueKind.VERB, CueKind.REFLEXIVE), EnumSet.of(RoleType.DELEGATION_HEAD),
                        new GappedHeadsExtension(new ReplacementIsAStandIn(new RepresentedWithReading(new LikewiseExtension(new VerbUseOnly(new RepresentationReading()))))))
                .add(EnumSet.of(CueKind.REFLEXIVE), EnumSet.of(RoleType.SIGNATORY),
                        new AgreedAppointmentIsNoSigning(new StanceNounOfATextOnly(new JoinedToVote(new BareCommitmentIsNoSigning(new NegotiatorsSignNothing(new OwnCommitmentIsNoSigning(new PledgeIsNoRole(new JoiningReading(new LikewiseExtension(new VerbUseOnly(new VerbReading())))))))))))
                .add(EnumSet.of(CueKind.VERB), EnumSet.of(RoleType.HOST),
                        new SeveralMeetingsAreOtherMeetings(new CompanionAttendsOnly(new ReceivedMeetingOnly(new ChosenHostReading(new SideMeetingBetweenParties(new GreetingIsNoHosting(new OwnStateOfTheSpeaker(new TitleComplementIsNoHolder(
                                new LikewiseExtension(new VerbUseOnly(new VerbReading())))))))))))
                .add(EnumSet.of(CueKind.VERB, CueKind.REFLEXIVE), EnumSet.of(RoleType.SIGNATORY, RoleType.NON_SIGNATORY),
                        new ProclaimedResultIsNoSigning(new StanceNounOfATextOnly(new BareCommitmentIsNoSigning(new PledgeNounIsNoRole(new CompanionAttendsOnly(new StateWithItsLeaderAside(new TheTwoNamedLeaders(new SigningWithTheAntecedent(new NegotiatorsSignNothing(new RollCallAbsenceIsNoRefusal(new AssemblyIsTheMeeting(new ProVerbClauseExtension(new VoteGappingExtension(new GroupJoiningReading(new OtherObjectIsNoSigning(new OtherTextIsNoRole(new RefusedActReading(new SetDefinitionReading(
                                new CopulaSetMemberReading(new LikewiseExtension(new VerbUseOnly(new WonOverObjectJoins(new SignedBetweenParties(new VerbReading()))))))))))))))))))))))))
                .add(EnumSet.of(CueKind.VERB), EnumSet.of(RoleType.CHAIR),
                        new SeveralMeetingsAreOtherMeetings(new CompanionAttendsOnly(new LedDelegationIsNoChair(new StandingBodyIsNoChair(new DirectedMeetingOnly(new CounterpartAgentExtension(new LikewiseExtension(new VerbUseOnly(new VerbReading())))))))))
                .add(EnumSet.of(CueKind.VERB, CueKind.REFLEXIVE), ANY_ROLE,
                        new SeveralMeetingsAreOtherMeetings(new WeTheLeaders(new MeetingBodyIsNoParticipant(new PledgeIsNoRole(new AudienceExtension(new PeopleAttendTogether(new StateAttendsWithItsEnvoy(new RepresentedHeadIsAbsent(new SpeechElsewhereIsNoAttendance(new StandInIsDelegationHead(new SetDefinitionReading(
                                new TitleComplementIsNoHolder(new LikewiseExtension(new VerbUseOnly(new CopulaListReading(new VerbReading()))), true)))))))))))))
                .add(EnumSet.of(CueKind.AGENT), ANY_ROLE, new GappedHeadsExtension(new DelegationLeaderReading()))
                .add(EnumSet.of(CueKind.DISPATCH), EnumSet.of(RoleType.DELEGATION_HEAD), dispatchReading())
                .add(EnumSet.of(CueKind.REPRESENTATIVE), EnumSet.of(RoleType.DELEGATION_HEAD), new RepresentativeReading())
                .add(EnumSet.of(CueKind.THANKS), EnumSet.of(RoleType.HOST), new ThanksForHostingReading())
                .add(EnumSet.of(CueKind.NOUN), EnumSet.of(RoleType.CHAIR), new StandingBodyIsNoChair(new PresidencyReading()))
                .add(EnumSet.of(CueKind.NOUN), EnumSet.of(RoleType.PARTICIPANT), new SpeechElsewhereIsNoAttendance(new SpeechNounReading()))
                .add(EnumSet.of(CueKind.NOUN), EnumSet.of(RoleType.SIGNATORY, RoleType.NON_SIGNATORY),
                        new StanceNounOfATextOnly(new OtherObjectIsNoSigning(new SetDefinitionReading(new ImpersonalListingReading(new AmongSignatoriesReading(new StatusNounReading()))))))
                .add(EnumSet.of(CueKind.NOUN), EnumSet.of(RoleType.HOST), new GuestOfAPerson(new StatusNounReading()))
                .add(EnumSet.of(CueKind.NOUN), EnumSet.of(RoleType.DELEGATION_HEAD), new DelegationNounReading())
                .add(EnumSet.of(CueKind.VENUE), ANY_ROLE, new VenueReading())
                .add(EnumSet.of(CueKind.SPEECH), ANY_ROLE, new AudienceExtension(new SpokespersonSpeaksElsewhere(new CommentatorIsNoParticipant(new QuotedSpeakerReading()))))
                .add(EnumSet.of(CueKind.LISTED), ANY_ROLE, new VoteSetIsNoAttendance(new LaterVisitInvitationIsNoHost(new ListedReading())))
                .add(EnumSet.of(CueKind.GATHERING), ANY_ROLE, new LikewiseExtension(new GatheringReading()))
                .add(EnumSet.of(CueKind.GUEST), ANY_ROLE, new MeetingBodyIsNoParticipant(new GuestReading()))
                .add(EnumSet.of(CueKind.PASSIVE), ANY_ROLE, new AbsenceParticipleIsNoRole(new LikewiseExtension(new PassiveSubjectReading())))
                .add(EnumSet.of(CueKind.ATTENDANCE), EnumSet.of(RoleType.SIGNATORY, RoleType.NON_SIGNATORY),
                        new AssemblyIsTheMeeting(new OppositionToTheTextOnly(new SupportOfATextOnly(new SetDefinitionReading(new ActNounReading())))))
                .add(EnumSet.of(CueKind.ATTENDANCE), ANY_ROLE, new MeetingBodyIsNoParticipant(new VoteSetIsNoAttendance(new LikewiseExtension(new ArrivalInABodyIsJoining(new AttendanceNounReading())))))
                .add(EnumSet.of(CueKind.STATUS), ANY_ROLE, new LikewiseExtension(new NounUseOnly(new SetDefinitionReading(new CopulaListReading(new StatusNounReading())))))
                .add(EnumSet.of(CueKind.OPENING), ANY_ROLE, new OpeningReading())
                .add(EnumSet.of(CueKind.ARRIVAL), ANY_ROLE, new LikewiseExtension(new VerbUseOnly(new SetDefinitionReading(new ArrivalReading()))))
                .add(EnumSet.of(CueKind.SIDELINES), ANY_ROLE, new LikewiseExtension(new VerbUseOnly(new SidelinesReading())));
    }

    private RoleReadings add(Set<CueKind> kinds, Set<RoleType> roles, HolderReading reading) {
        rules.add(new Rule(kinds, roles, reading));
        return this;
    }

    /** True when some rule reads a cue of this kind and role. */
    boolean reads(CueKind kind, RoleType role) {
        return rules.stream().anyMatch(r -> r.kinds().contains(kind) && r.roles().contains(role));
    }

    /** The holders of the role the cue asserts at {@code site}; none when no rule reads its kind. */
    List<Finding> read(CueSite site) {
        if (site.hit().first() < 0) {
            return carriedOver.read(site);
        }
        for (Rule r : rules) {
            if (r.kinds().contains(site.hit().kind()) && r.roles().contains(site.role())) {
                // (h35-listes3) a cue in a bracket opened on `qui` holds for the item before the bracket alone
                // (h25-paix) the people between the first and the last person of a list the reading found hold it too
                // (h47-faux14) and one in a relative between commas (`A, qui assure la présidence, B et C`) as well
                return new RelativeBetweenCommasOwnItem(new BracketedRelativeOwnItem(new PeopleBetweenListedPeople(r.reading()))).read(site);
            }
        }
        return List.of();
    }

    /** `a dépêché son ministre X` read as a verb only; the noun of sending (`l'envoi de son ministre X`) as a noun. */
    private static HolderReading dispatchReading() {
        DispatchReading dispatch = new DispatchReading();
        HolderReading verbOnly = new VerbUseOnly(dispatch);
        return site -> site.words().dispatchNouns.contains(site.cueText()) ? dispatch.read(site) : verbOnly.read(site);
    }
}
