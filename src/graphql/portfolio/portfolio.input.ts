import { IsOptional } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { IsId, IsIsoDate } from '@/graphql/shared/validators';

/** A snapshot's portfolio record. */
@InputType()
export class PortfolioInput {
  @Field(() => ID, { nullable: true }) @IsOptional() @IsId() managerId?: string;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsId() companyId?: string;
  @Field(() => String, { nullable: true }) @IsOptional() @IsIsoDate() since?: string | null;
}

/** A snapshot's reportsTo record. */
@InputType()
export class ReportsToInput {
  @Field(() => ID, { nullable: true }) @IsOptional() @IsId() repId?: string;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsId() bossId?: string;
}
