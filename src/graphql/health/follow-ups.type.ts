import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { ScoreField } from '@/graphql/shared/score-field';

export enum FollowUpKind {
  OVERDUE_ACTION = 'OVERDUE_ACTION', DUE_SOON_ACTION = 'DUE_SOON_ACTION', RENEWAL = 'RENEWAL', FALLING_TRUST = 'FALLING_TRUST',
  QUIET_DEAL = 'QUIET_DEAL', NOT_CONTACTED = 'NOT_CONTACTED',
}
registerEnumType(FollowUpKind, {
  name: 'FollowUpKind',
  description: 'Why something is on the day\'s list (README, "Follow-ups")',
  valuesConfig: {
    OVERDUE_ACTION: { description: 'An open next action past its due date' },
    DUE_SOON_ACTION: { description: 'An open next action due within 7 days' },
    RENEWAL: { description: 'An active contract up for renewal within 90 days, or past it' },
    FALLING_TRUST: { description: 'A key person of a partner whose trust with the manager fell over 90 days' },
    QUIET_DEAL: { description: 'An open deal with nothing for 30 days' },
    NOT_CONTACTED: { description: 'A key person of a partner not contacted for 60 days' },
  },
});

@ObjectType('FollowUp', { description: 'One thing to follow up on today, and why' })
export class FollowUpType {
  @Field(() => FollowUpKind, { description: 'Why it is on the list' }) kind: FollowUpKind;
  @ScoreField({ description: 'How urgent, 0 to 1 (the list is sorted by it, highest first; README, "Follow-ups")' }) urgency: number;
  @Field(() => String, { nullable: true, description: 'The day it is about (due, renewal, last contact) YYYY-MM-DD; null when none' }) date: string | null;
  @Field({ description: 'One line: why it is on the list' }) why: string;
  @Field(() => ID, { nullable: true, description: 'The partner company it is about; null for a next action' }) companyId: string | null;
  @Field(() => ID, { nullable: true, description: 'The person it is about (key persons)' }) personId: string | null;
  @Field(() => ID, { nullable: true, description: 'The interaction whose next action it is' }) interactionId: string | null;
  @Field(() => ID, { nullable: true, description: 'The open deal gone quiet' }) dealId: string | null;
  @Field(() => ID, { nullable: true, description: 'The contract up for renewal' }) contractId: string | null;
}

export enum RiskKind {
  SINGLE_THREADED = 'SINGLE_THREADED', WEAK_KEY_PERSON = 'WEAK_KEY_PERSON', FALLING_TRUST = 'FALLING_TRUST', CONTRACT_LAPSING = 'CONTRACT_LAPSING',
  REPEATED_LOSSES = 'REPEATED_LOSSES',
}
registerEnumType(RiskKind, {
  name: 'RiskKind',
  description: 'A threat to a partner relationship (README, "Relationship risks")',
  valuesConfig: {
    SINGLE_THREADED: { description: 'Only one person there has a strong tie (trust ≥ 0.6) with our team' },
    WEAK_KEY_PERSON: { description: 'The partner\'s key person has no tie of trust ≥ 0.4 with our team' },
    FALLING_TRUST: { description: 'Trust with someone at a top partner fell over 90 days' },
    CONTRACT_LAPSING: { description: 'An active contract comes up for renewal within 90 days, or already did' },
    REPEATED_LOSSES: { description: '2 or more deals lost to the same competitor within 365 days' },
  },
});

export enum RiskSeverity { HIGH = 'HIGH', MEDIUM = 'MEDIUM', LOW = 'LOW' }
registerEnumType(RiskSeverity, {
  name: 'RiskSeverity',
  description: 'How serious a risk is',
  valuesConfig: { HIGH: { description: 'Act this week' }, MEDIUM: { description: 'Act this month' }, LOW: { description: 'Watch' } },
});

@ObjectType('RiskPathPerson', { description: 'One person on the warm path of a next step' })
export class RiskPathPersonType {
  @Field(() => ID, { description: 'Person id' }) id: string;
  @Field({ description: 'Name' }) name: string;
}

@ObjectType('RiskPath', { description: 'The strongest warm path to the person to meet (warmIntroPaths, limit 1)' })
export class RiskPathType {
  @ScoreField({ description: 'Product of the steps\' effective trust' }) strength: number;
  @Field(() => [RiskPathPersonType], { description: 'The people of the path, our manager first, the person to meet last' }) people: RiskPathPersonType[];
}

@ObjectType('RiskNextStep', { description: 'What to do about a risk: whom to meet, and the warm path to them' })
export class RiskNextStepType {
  @Field(() => ID, { nullable: true, description: 'Whom to meet; null when nobody can be suggested' }) personId: string | null;
  @Field(() => String, { nullable: true, description: 'Their name' }) personName: string | null;
  @Field({ description: 'What to do' }) action: string;
  @Field(() => RiskPathType, { nullable: true, description: 'The strongest warm path to them; null when none (or they are already a direct contact of the manager)' }) path: RiskPathType | null;
}

@ObjectType('RelationshipRisk', { description: 'A threat to a partner relationship, its severity and a next step' })
export class RelationshipRiskType {
  @Field(() => RiskKind, { description: 'What the threat is' }) kind: RiskKind;
  @Field(() => RiskSeverity, { description: 'How serious it is' }) severity: RiskSeverity;
  @Field(() => ID, { description: 'The partner company' }) companyId: string;
  @Field({ description: 'Its name' }) companyName: string;
  @Field({ description: 'One line: why it is a risk' }) why: string;
  @Field(() => RiskNextStepType, { description: 'Whom to meet, and the warm path to them' }) nextStep: RiskNextStepType;
}
