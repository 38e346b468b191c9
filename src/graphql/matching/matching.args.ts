import { IsInt, IsOptional, IsString, Length, Max, Min } from 'class-validator';
import { ArgsType, Field, Float, ID, Int } from 'type-graphql';
import { MAX_INSIGHT_LIMIT } from '@/domain/shared/insight-limit';
import { IsId, IsNumberIn } from '@/graphql/shared/validators';

@ArgsType()
export class ReferralArgs {
  @Field(() => ID, { description: 'The rep who would introduce us' }) @IsId() via: string;
  @Field(() => Int, { nullable: true, defaultValue: 10, description: `How many, 1 to ${MAX_INSIGHT_LIMIT}` })
  @IsOptional() @IsInt() @Min(1) @Max(MAX_INSIGHT_LIMIT) limit?: number | null = 10;
  @Field(() => Float, { nullable: true, defaultValue: 0.5, description: "People our managers already trust this much (combined) are left out, 0 to 1" })
  @IsOptional() @IsNumberIn(0, 1) knownTrust?: number | null = 0.5;
}

@ArgsType()
export class ProposalTargetsArgs {
  @Field({ description: 'A product name; matched on its normalised key (full-/half-width and case do not matter)' })
  @IsString() @Length(1, 200) product: string;
  @Field(() => Int, { nullable: true, defaultValue: 10, description: `How many, 1 to ${MAX_INSIGHT_LIMIT}` })
  @IsOptional() @IsInt() @Min(1) @Max(MAX_INSIGHT_LIMIT) limit?: number | null = 10;
}

@ArgsType()
export class ProposalsForArgs {
  @Field(() => ID, { description: 'The rep' }) @IsId() repId: string;
  @Field(() => Int, { nullable: true, defaultValue: 5, description: `How many, 1 to ${MAX_INSIGHT_LIMIT}` })
  @IsOptional() @IsInt() @Min(1) @Max(MAX_INSIGHT_LIMIT) limit?: number | null = 5;
}
