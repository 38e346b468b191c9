import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { CompanyType } from '@/graphql/company/company.type';
import { DealType } from '@/graphql/deal/deal.type';
import { EmploymentType } from '@/graphql/employment/employment.type';
import { InteractionType } from '@/graphql/interaction/interaction.type';
import { IntroductionType } from '@/graphql/introduction/introduction.type';
import { ManagerType } from '@/graphql/manager/manager.type';
import { TrustBasis } from '@/graphql/paths/warm-path.type';
import { RepType } from '@/graphql/rep/rep.type';
import { ScoreField } from '@/graphql/shared/score-field';

@ObjectType('HistoryWithUs', { description: 'What a person has done with us so far' })
export class HistoryWithUsType {
  @Field(() => Int, { description: 'Interactions they took part in' }) interactions: number;
  @Field(() => String, { nullable: true, description: 'The first one (instant); null: none' }) firstInteraction: string | null;
  @Field(() => String, { nullable: true, description: 'The latest one (instant); null: none' }) lastInteraction: string | null;
  @Field(() => Int, { description: 'Of those, with a POSITIVE reaction' }) positiveReactions: number;
  @Field(() => Int, { description: 'Of those, with a NEGATIVE reaction' }) negativeReactions: number;
  @Field(() => Int, { description: 'Deals of theirs won' }) dealsWon: number;
  @Field(() => Int, { description: 'Deals of theirs lost' }) dealsLost: number;
  @Field(() => Int, { description: 'Deals of theirs still open' }) dealsOpen: number;
  @Field(() => Float, { description: 'Sum of their won deals\' amounts, yen' }) revenue: number;
  @Field(() => Int, { description: 'Introductions they made for us' }) introductionsMade: number;
}

@ObjectType('ManagerTrust', { description: 'One of our managers\' trust with a person, as warm paths weigh it (effective trust)' })
export class ManagerTrustType {
  @Field(() => ManagerType, { description: 'The manager' }) manager: unknown;
  @ScoreField({ description: 'Effective trust, 0 to 1' }) trust: number;
  @Field(() => TrustBasis, { description: 'Where it comes from' }) basis: TrustBasis;
  @Field(() => Float, { nullable: true, description: 'The recorded trust; null for an introduced tie' }) recordedTrust: number | null;
  @Field(() => Int, { description: 'Newer evidence that raised it' }) positives: number;
  @Field(() => Int, { description: 'Newer evidence that lowered it' }) negatives: number;
}

@ObjectType('HandedAction', { description: 'An open next action of the rep who moved, and where it went' })
export class HandedActionType {
  @Field(() => InteractionType, { description: 'The interaction it was agreed in (as before the move: its action now done when handed over)' }) interaction: unknown;
  @Field(() => RepType, { nullable: true, description: 'The successor it was handed to; null: not handed over' }) movedTo: unknown;
  @Field(() => ID, { nullable: true, description: 'The interaction that carries it for the successor; null: not handed over' }) carriedBy: string | null;
}

@ObjectType('SuccessorCandidate', { description: 'A colleague at the old company who could take over, ranked by ties and role' })
export class SuccessorCandidateType {
  @Field(() => RepType, { description: 'The colleague' }) rep: unknown;
  @ScoreField({ description: '0.4 × tieToLeaver + 0.4 × ourTrust + 0.2 × seniority' }) score: number;
  @ScoreField({ description: 'Effective trust between the rep who moves and them; 0: no tie' }) tieToLeaver: number;
  @ScoreField({ description: 'Our managers\' strongest effective trust with them; 0: none of us knows them' }) ourTrust: number;
  @ScoreField({ description: 'How senior their title reads, 0.15 to 1' }) seniority: number;
  @Field(() => [String], { description: 'Why them' }) reasons: string[];
}

@ObjectType('OpeningPath', { description: 'A warm path into the new company: from one of our managers to someone who works there now' })
export class OpeningPathType {
  @ScoreField({ description: 'Product of the steps\' effective trust' }) strength: number;
  @Field(() => Int, { description: 'Steps' }) hops: number;
  @Field(() => [ID], { description: 'Person ids, from the manager to the person at the company' }) people: string[];
  @Field(() => [String], { description: 'Their names, in the same order' }) names: string[];
  @Field(() => [String], { description: 'Why each step' }) steps: string[];
}

@ObjectType('HandoverBrief', { description: 'What a successor needs when a partner\'s rep moves: history, trust, open work, who to turn to, and the opening' })
export class HandoverBriefType {
  @Field(() => RepType, { description: 'The rep who moved' }) rep: unknown;
  @Field(() => CompanyType, { nullable: true, description: 'Where they worked' }) oldCompany: unknown;
  @Field(() => CompanyType, { nullable: true, description: 'Where they went; null: they left' }) newCompany: unknown;
  @Field(() => HistoryWithUsType, { description: 'Their history with us' }) history: HistoryWithUsType;
  @Field(() => [ManagerTrustType], {
    description: 'Our managers\' effective trust with them, strongest first. (Its 90-day trend comes with Relationship.trend, issue 15 §1.)',
  }) ourTrust: ManagerTrustType[];
  @Field(() => [DealType], { description: 'Their open deals at the old company (with the successor as rep when handed over)' }) openDeals: unknown[];
  @Field(() => [HandedActionType], { description: 'Their open next actions and where each went' }) openActions: HandedActionType[];
  @Field(() => [SuccessorCandidateType], { description: 'Best successor contacts at the old company, best first' }) successors: SuccessorCandidateType[];
  @Field(() => [OpeningPathType], { description: 'The new company as an opening: warm paths into it now; empty when they left' }) openingPaths: OpeningPathType[];
}

@ObjectType('JobChange', { description: 'A recorded job change and its handover brief' })
export class JobChangeType {
  @Field(() => [EmploymentType], { description: 'The periods it ended (until = the effective date)' }) ended: unknown[];
  @Field(() => EmploymentType, { nullable: true, description: 'The period it started; null: they left' }) started: unknown;
  @Field(() => HandoverBriefType, { description: 'The handover brief' }) brief: HandoverBriefType;
}



@ObjectType('HandoverKeyPerson', { description: 'A key person at a partner handed over, with our team\'s trust in them' })
export class HandoverKeyPersonType {
  @Field(() => RepType, { description: 'The key person' }) rep: unknown;
  @ScoreField({ description: 'Key-person score (keyPersons)' }) score: number;
  @Field(() => [String], { description: 'Why they matter' }) reasons: string[];
  @ScoreField({ description: 'Our team\'s strongest effective trust with them; 0: none of us knows them' }) ourTrust: number;
}

@ObjectType('TeamTie', { description: 'Who on our team knows whom at a partner' })
export class TeamTieType {
  @Field(() => ManagerType, { description: 'Our manager' }) manager: unknown;
  @Field(() => RepType, { description: 'The person at the partner' }) rep: unknown;
  @ScoreField({ description: 'Effective trust, 0 to 1' }) trust: number;
  @Field(() => TrustBasis, { description: 'Where it comes from' }) basis: TrustBasis;
}

@ObjectType('CompanyHandover', { description: 'What the successor needs about one partner handed over' })
export class CompanyHandoverType {
  @Field(() => CompanyType, { description: 'The partner' }) company: unknown;
  @Field(() => [HandoverKeyPersonType], { description: 'Its key persons, best first' }) keyPersons: HandoverKeyPersonType[];
  @Field(() => [TeamTieType], { description: 'Who on our team knows whom there, strongest first' }) teamTies: TeamTieType[];
  @Field(() => [InteractionType], { description: 'Open next actions with people there, soonest due first' }) openActions: unknown[];
  @Field(() => [InteractionType], { description: 'The latest interactions with people there, newest first' }) recentInteractions: unknown[];
  @Field(() => [IntroductionType], { description: 'The successor\'s introductions planned (PENDING) along the outgoing manager\'s strongest ties there' }) plannedIntroductions: unknown[];
}

@ObjectType('PortfolioHandover', { description: 'Partners handed from one of our managers to another, with a brief per partner' })
export class PortfolioHandoverType {
  @Field(() => ManagerType, { description: 'Who handed over' }) from: unknown;
  @Field(() => ManagerType, { description: 'Who took over' }) to: unknown;
  @Field(() => [CompanyHandoverType], { description: 'One brief per partner handed over' }) companies: CompanyHandoverType[];
}

@ObjectType('StrategyChange', { description: 'A change of a partner\'s business policy or challenges' })
export class StrategyChangeType {
  @Field({ description: 'businessPolicy or challenges' }) field: string;
  @Field({ description: 'When it was changed (ISO instant, UTC); who: the audit log' }) at: string;
  @Field(() => String, { nullable: true, description: 'The text before' }) before: string | null;
  @Field(() => String, { nullable: true, description: 'The text after' }) after: string | null;
}

@ObjectType('ProposalBrief', { description: 'A product to pitch and its score' })
export class ProposalBriefType {
  @Field({ description: 'Normalised product key' }) productKey: string;
  @Field({ description: 'Product name' }) product: string;
  @ScoreField({ description: 'Proposal score, 0 to 1' }) score: number;
  @Field(() => [String], { description: 'Why' }) reasons: string[];
}

@ObjectType('ChangedProposals', { description: 'A rep whose best proposals changed with their company\'s strategy' })
export class ChangedProposalsType {
  @Field(() => RepType, { description: 'The rep (works there now)' }) rep: unknown;
  @Field(() => [ProposalBriefType], { description: 'proposalsFor under the strategy before the first change' }) before: ProposalBriefType[];
  @Field(() => [ProposalBriefType], { description: 'proposalsFor now' }) after: ProposalBriefType[];
}

@ObjectType('CompanyStrategyChange', { description: 'A partner whose direction changed, and the proposals that changed with it' })
export class CompanyStrategyChangeType {
  @Field(() => CompanyType, { description: 'The partner' }) company: unknown;
  @Field({ description: 'The latest change (ISO instant)' }) changedAt: string;
  @Field(() => [StrategyChangeType], { description: 'Its changes since the date asked, oldest first' }) changes: StrategyChangeType[];
  @Field(() => [ChangedProposalsType], { description: 'Reps there now whose top 5 proposals changed (score or order)' }) proposals: ChangedProposalsType[];
}
