import { Field, Float, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { CompanyType } from '@/graphql/company/company.type';
import { ContractType } from '@/graphql/contract/contract.type';
import { ManagerType } from '@/graphql/manager/manager.type';
import { RepType } from '@/graphql/rep/rep.type';
import { LossReasonCount } from '@/graphql/shared/kpis.type';
import { ScoreField } from '@/graphql/shared/score-field';

export enum KpiPeriodUnit { MONTH = 'MONTH', QUARTER = 'QUARTER' }
registerEnumType(KpiPeriodUnit, {
  name: 'KpiPeriodUnit', description: 'Calendar periods a KPI report is broken into (quarters start in January, April, July, October)',
  valuesConfig: { MONTH: { description: 'Calendar months (2026-03)' }, QUARTER: { description: 'Calendar quarters (2026-Q1 = January to March)' } },
});

export enum TargetScopeKind { PARTNER = 'PARTNER', MANAGER = 'MANAGER' }
registerEnumType(TargetScopeKind, {
  name: 'TargetScope', description: 'Whose revenue a target is for: a partner company\'s deals, or those of every partner in a manager\'s portfolio',
  valuesConfig: { PARTNER: { description: 'A partner company: revenue of its won deals' }, MANAGER: { description: 'A manager: revenue of the won deals of every partner in their portfolio now' } },
});

export enum TargetStatusKind { NOT_STARTED = 'NOT_STARTED', MET = 'MET', ON_TRACK = 'ON_TRACK', BEHIND = 'BEHIND', MISSED = 'MISSED' }
registerEnumType(TargetStatusKind, {
  name: 'TargetStatus', description: 'Where a target stands on the day asked',
  valuesConfig: {
    NOT_STARTED: { description: 'Its period has not started' }, MET: { description: 'Achieved revenue reached the amount' },
    ON_TRACK: { description: 'Not reached yet; the run rate reaches it' }, BEHIND: { description: 'Not reached; the run rate falls short' },
    MISSED: { description: 'The period ended short of the amount' },
  },
});

@ObjectType('PeriodKpis', { description: 'Deal KPIs of one period (or the whole range): proposed by proposal day, won/lost/revenue by outcome day (closedAt, else proposedAt)' })
export class PeriodKpisType {
  @Field({ description: '2026-03 (month), 2026-Q1 (quarter), or from..to for the whole range' }) label: string;
  @Field({ description: 'First day counted, YYYY-MM-DD (cut to the range)' }) from: string;
  @Field({ description: 'Last day counted, YYYY-MM-DD (cut to the range)' }) to: string;
  @Field(() => Int, { description: 'Deals proposed in it' }) proposed: number;
  @Field(() => Int, { description: 'Deals won in it' }) won: number;
  @Field(() => Int, { description: 'Deals lost in it' }) lost: number;
  @ScoreField({ nullable: true, description: 'won / (won + lost) in it, 0 to 1; null when nothing closed' }) winRate: number | null;
  @Field(() => Float, { description: 'Sum of the amounts of deals won in it, yen' }) revenue: number;
  @Field(() => Float, { description: 'Sum of the gross profit of deals won in it, yen' }) grossProfit: number;
}

@ObjectType('CompetitorLosses', { description: 'A competitor and the deals we lost to them' })
export class CompetitorLossesType {
  @Field({ description: 'The competitor as written on the deals' }) competitor: string;
  @Field(() => Int, { description: 'Deals lost to them in the range' }) lost: number;
  @Field(() => Float, { description: 'Sum of those deals\' amounts, yen' }) amount: number;
}

@ObjectType('TargetProgress', { description: 'Progress against a revenue target on the day asked (README, "Revenue targets" has the formula)' })
export class TargetProgressType {
  @Field(() => Float, { description: 'Revenue of deals won in the period up to the day asked, yen' }) achieved: number;
  @Field(() => Int, { description: 'Days of the period up to the day asked, both ends included' }) elapsedDays: number;
  @Field(() => Int, { description: 'Days of the whole period' }) totalDays: number;
  @Field(() => Float, { nullable: true, description: 'achieved / elapsedDays × totalDays: what the period ends with at the pace so far; null before it starts' }) runRate: number | null;
  @Field(() => Boolean, { nullable: true, description: 'Whether the target is met at that rate (runRate ≥ amount, or already met); null before the period starts' }) willMeet: boolean | null;
  @ScoreField({ description: 'achieved / amount' }) share: number;
  @Field(() => TargetStatusKind, { description: 'Where it stands' }) status: TargetStatusKind;
}

@ObjectType('RevenueTarget', { description: 'A revenue target of a partner or a manager for a period' })
export class RevenueTargetType {
  @Field(() => ID, { description: 'SCOPE:scopeId:period; setting the same scope and period again replaces it' }) id: string;
  @Field(() => TargetScopeKind, { description: 'PARTNER or MANAGER' }) scope: TargetScopeKind;
  @Field(() => ID, { description: 'The company (PARTNER) or manager (MANAGER) id' }) scopeId: string;
  @Field({ description: '2026, 2026-Q4 or 2026-10' }) period: string;
  @Field({ description: 'First day of the period' }) periodFrom: string;
  @Field({ description: 'Last day of the period' }) periodTo: string;
  @Field(() => Float, { description: 'Target revenue, yen' }) amount: number;
  @Field({ description: 'When it was last set (ISO instant)' }) setAt: string;
  @Field({ description: 'Who set it: the manager id, or the admin caller\'s id (as TrustOverride.byId)' }) setBy: string;
  @Field(() => TargetProgressType, { description: 'Progress on the day asked' }) progress: TargetProgressType;
}

@ObjectType('KpiReportFields', { description: 'Fields shared by the partner and rep reports (never in the schema by itself: no field returns it)' })
abstract class KpiReportFields {
  @Field({ description: 'First day of the range' }) from: string;
  @Field({ description: 'Last day of the range' }) to: string;
  @Field(() => KpiPeriodUnit, { description: 'How the range is broken into periods' }) by: KpiPeriodUnit;
  @Field(() => PeriodKpisType, { description: 'The whole range' }) total: PeriodKpisType;
  @Field(() => [PeriodKpisType], { description: 'Each period, in order (empty ones included)' }) periods: PeriodKpisType[];
  @Field(() => [LossReasonCount], { description: 'Why deals lost in the range were lost, most frequent first' }) lossReasons: LossReasonCount[];
  @Field(() => [CompetitorLossesType], { description: 'Whom deals lost in the range went to, most losses first' }) competitors: CompetitorLossesType[];
  @Field(() => [ContractType], { description: 'Contract terms beside the KPIs, next renewal first' }) contracts: ContractType[];
  @Field(() => String, { nullable: true, description: 'The next renewal date (today or later) of an ACTIVE contract; null: none' }) nextRenewal: string | null;
}

@ObjectType('PartnerKpis', { description: 'A partner\'s deal KPIs over a range, with its contracts and revenue targets' })
export class PartnerKpisType extends KpiReportFields {
  @Field(() => CompanyType, { description: 'The partner' }) company: CompanyType;
  @Field(() => [RevenueTargetType], { description: 'Its targets whose period meets the range, with progress today' }) targets: RevenueTargetType[];
}

@ObjectType('RepKpis', { description: 'A partner rep\'s deal KPIs (the deals they handled), with the contracts of the partners they work at now' })
export class RepKpisType extends KpiReportFields {
  @Field(() => RepType, { description: 'The rep' }) rep: RepType;
}

@ObjectType('PortfolioPartner', { description: 'One partner of a portfolio over the range' })
export class PortfolioPartnerType {
  @Field(() => CompanyType, { description: 'The partner' }) company: CompanyType;
  @Field(() => PeriodKpisType, { description: 'Its KPIs over the whole range' }) total: PeriodKpisType;
  @Field(() => [ContractType], { description: 'Its contracts, next renewal first' }) contracts: ContractType[];
  @Field(() => String, { nullable: true, description: 'Its next renewal date of an ACTIVE contract; null: none' }) nextRenewal: string | null;
}

@ObjectType('PortfolioKpis', { description: 'A manager\'s portfolio KPIs: the deals of every partner they own now' })
export class PortfolioKpisType {
  @Field(() => ManagerType, { description: 'The manager' }) manager: ManagerType;
  @Field({ description: 'First day of the range' }) from: string;
  @Field({ description: 'Last day of the range' }) to: string;
  @Field(() => KpiPeriodUnit, { description: 'How the range is broken into periods' }) by: KpiPeriodUnit;
  @Field(() => PeriodKpisType, { description: 'The whole range, all partners' }) total: PeriodKpisType;
  @Field(() => [PeriodKpisType], { description: 'Each period, all partners' }) periods: PeriodKpisType[];
  @Field(() => [LossReasonCount], { description: 'Loss reasons in the range, most frequent first' }) lossReasons: LossReasonCount[];
  @Field(() => [CompetitorLossesType], { description: 'Whom deals lost in the range went to, most losses first' }) competitors: CompetitorLossesType[];
  @Field(() => [PortfolioPartnerType], { description: 'Each partner, most revenue first' }) partners: PortfolioPartnerType[];
  @Field(() => [RevenueTargetType], { description: 'The manager\'s targets whose period meets the range, with progress today' }) targets: RevenueTargetType[];
}
