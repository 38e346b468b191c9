import { IsEnum, IsOptional } from 'class-validator';
import { ArgsType, Field, Float, ID, InputType } from 'type-graphql';
import { IsId, IsIsoDate, IsReportDay } from '@/graphql/shared/validators';
import { PERIOD_YEARS as Y } from '@/domain/kpis/periods';
import { KpiPeriodUnit } from './kpis.type';

@ArgsType()
export class KpiRangeArgs {
  @Field({ description: `First day, YYYY-MM-DD, from ${Y.first}-01-01 to ${Y.last}-12-31` }) @IsIsoDate() @IsReportDay() from: string;
  @Field({ description: `Last day (included), YYYY-MM-DD, on or after from, up to ${Y.last}-12-31; at most 120 periods` }) @IsIsoDate() @IsReportDay() to: string;
  @Field(() => KpiPeriodUnit, { defaultValue: KpiPeriodUnit.MONTH, description: 'MONTH (default) or QUARTER' }) @IsEnum(KpiPeriodUnit) by: KpiPeriodUnit = KpiPeriodUnit.MONTH;
}

@ArgsType()
export class PartnerKpisArgs extends KpiRangeArgs {
  @Field(() => ID, { description: 'The partner company' }) @IsId() companyId: string;
}

@ArgsType()
export class RepKpisArgs extends KpiRangeArgs {
  @Field(() => ID, { description: 'The partner rep' }) @IsId() repId: string;
}

@ArgsType()
export class PortfolioKpisArgs extends KpiRangeArgs {
  @Field(() => ID, { description: 'The manager' }) @IsId() managerId: string;
}

@InputType({ description: 'A revenue target: name exactly one of companyId and managerId' })
export class SetRevenueTargetInput {
  @Field(() => ID, { nullable: true, description: 'A partner\'s target: the company' }) @IsOptional() @IsId() companyId?: string | null;
  @Field(() => ID, { nullable: true, description: 'A manager\'s target (their portfolio\'s revenue): the manager' }) @IsOptional() @IsId() managerId?: string | null;
  @Field({ description: `A year (2026), a quarter (2026-Q4) or a month (2026-10), in the years ${Y.first} to ${Y.last}` }) period: string;
  @Field(() => Float, { description: 'Target revenue in yen, 1 to 1e15' }) amount: number;
}
