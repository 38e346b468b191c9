import { Field, Float, ID, Int, ObjectType, UseMiddleware, registerEnumType } from 'type-graphql';
import { Masked } from '@/graphql/auth/mask.middleware';
import { ScoreField } from '@/graphql/shared/score-field';
import { TrustBasis } from '@/graphql/paths/warm-path.type';

/** Relationship health (README, "Relationship health"): rank, trend, evidence and override of a tie's effective trust. */

export enum TrustRank { A = 'A', B = 'B', C = 'C', D = 'D' }
registerEnumType(TrustRank, {
  name: 'TrustRank',
  description: 'Effective trust as a rank: A ≥ 0.75, B ≥ 0.5, C ≥ 0.25, D below',
  valuesConfig: {
    A: { description: 'Effective trust 0.75 or more' },
    B: { description: 'Effective trust from 0.5 to below 0.75' },
    C: { description: 'Effective trust from 0.25 to below 0.5' },
    D: { description: 'Effective trust below 0.25' },
  },
});

export enum TrustTrend { RISING = 'RISING', STABLE = 'STABLE', FALLING = 'FALLING' }
registerEnumType(TrustTrend, {
  name: 'TrustTrend',
  description: 'Effective trust now against 90 days ago (or since the recording or override, when later): a change over 0.02 is a trend',
  valuesConfig: {
    RISING: { description: 'Up by more than 0.02' },
    STABLE: { description: 'Within 0.02' },
    FALLING: { description: 'Down by more than 0.02' },
  },
});

export enum EvidenceKind { INTERACTION = 'INTERACTION', INTRODUCTION = 'INTRODUCTION', DEAL = 'DEAL', FADED = 'FADED' }
registerEnumType(EvidenceKind, {
  name: 'EvidenceKind',
  description: 'What kind of record a piece of trust evidence is',
  valuesConfig: {
    INTERACTION: { description: 'An interaction both took part in' },
    INTRODUCTION: { description: 'An introduction among them' },
    DEAL: { description: 'A deal between the rep and the manager' },
    FADED: { description: 'No positive or negative contact since the last evidence: what fading took off the raise (dated the day asked)' },
  },
});

export enum OverrideStatus { ACTIVE = 'ACTIVE', SUPERSEDED_BY_EVIDENCE = 'SUPERSEDED_BY_EVIDENCE', SUPERSEDED_BY_RECORDING = 'SUPERSEDED_BY_RECORDING' }
registerEnumType(OverrideStatus, {
  name: 'OverrideStatus',
  description: 'Whether a trust override is what the trust is',
  valuesConfig: {
    ACTIVE: { description: 'Nothing newer: the override is the effective trust' },
    SUPERSEDED_BY_EVIDENCE: { description: 'Evidence dated after it moves it, as it would move a recording (listed in evidence)' },
    SUPERSEDED_BY_RECORDING: { description: 'The tie was recorded again after it: the recording is the base, the override is only shown' },
  },
});

@ObjectType('TrustEvidence', { description: 'One interaction, introduction or deal behind a tie\'s effective trust, or the fading since the last one, and what it did' })
export class TrustEvidenceType {
  @Field(() => EvidenceKind, { description: 'What kind of record it is' }) kind: EvidenceKind;
  @Field(() => ID, { nullable: true, description: 'The id of the interaction, introduction or deal; null when not known' }) id: string | null;
  @Field({ description: 'When: an instant (interactions) or a day YYYY-MM-DD (introductions, deals)' }) at: string;
  @Field({ description: 'POSITIVE, NEGATIVE or NEUTRAL: how the record counts' }) signal: string;
  @Field({ description: 'Channel (interactions), outcome (introductions), stage (deals), or NO_EVIDENCE (FADED)' }) label: string;
  /**
   * Rounded by roundScore where the list is made (relationship-health.resolver.ts, evidenceView), not by ScoreField:
   * its middleware made every item of a long evidence list a promise (200 items: about half of the request's time).
   */
  @Field(() => Float, { description: 'What it did to the trust in force: +0.05, -0.1, +0.5 (the introduction of an introduced tie), 0, or what fading took off (FADED)' }) effect: number;
  @Field({ description: 'One line: what happened and what it did' }) reason: string;
}

@ObjectType('TrustOverride', { description: 'A manager\'s or admin\'s correction of a tie\'s trust, beside the value the evidence gives' })
export class TrustOverrideType {
  @Field(() => Float, { description: 'The trust set, 0 to 1' }) trust: number;
  @Field({ description: 'When it was set (ISO 8601 instant)' }) at: string;
  @Field(() => ID, { description: 'Who set it: the manager id, or the admin caller\'s id' }) byId: string;
  @Field(() => String, { nullable: true, description: 'Why it was set; null when none given. Masked (null) for analysts' }) @UseMiddleware(Masked) note: string | null;
  @Field(() => OverrideStatus, { description: 'Whether it is what the trust is now' }) status: OverrideStatus;
  @ScoreField({ description: 'The effective trust the evidence gives without it (what clearing it would give)' }) computed: number;
}

@ObjectType('RelationshipHealth', { description: 'A tie\'s effective trust (what warm paths use), rank, trend, evidence and override (README, "Relationship health")' })
export class RelationshipHealthType {
  @Field(() => ID, { description: 'One person of the tie' }) a: string;
  @Field(() => ID, { description: 'The other person' }) b: string;
  @ScoreField({ description: 'Effective trust in [0, 1] on the day asked: exactly what warm paths use' }) effectiveTrust: number;
  @Field(() => TrustRank, { description: 'effectiveTrust as a rank A-D' }) rank: TrustRank;
  @Field(() => TrustTrend, { description: 'effectiveTrust against trustThen' }) trend: TrustTrend;
  @ScoreField({ description: 'The effective trust on trendSince' }) trustThen: number;
  @Field({ description: 'YYYY-MM-DD the trend starts: 90 days before the day asked, or the day of the recording or override when later' }) trendSince: string;
  @Field(() => TrustBasis, { description: 'Where the trust comes from' }) basis: TrustBasis;
  @Field(() => Float, { nullable: true, description: 'The recorded trust; null for an introduced tie' }) recordedTrust: number | null;
  @Field(() => String, { nullable: true, description: 'When the trust was recorded (ISO instant); null for an introduced tie' }) recordedAt: string | null;
  @Field(() => Int, { nullable: true, description: 'Age of the recorded rating in whole days on the day asked; null for an introduced tie' }) recordedAgeDays: number | null;
  @ScoreField({ description: 'The effective trust without the override (equals effectiveTrust when there is none)' }) computedTrust: number;
  @Field(() => [TrustEvidenceType], { description: 'Every interaction, introduction and deal since the recording (or introduction), oldest first, with its effect; then the fading since the last one (FADED), when the raise faded' }) evidence: TrustEvidenceType[];
  @Field(() => TrustOverrideType, { nullable: true, description: 'The override of the tie; null when none' }) override: TrustOverrideType | null;
  @Field(() => String, { nullable: true, description: 'The latest interaction, introduction or deal between the two; null when none' }) lastContactAt: string | null;
}
