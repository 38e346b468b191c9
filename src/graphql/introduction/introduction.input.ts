import { IsEnum, IsOptional } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { IntroductionOutcome } from '@/domain/shared/enums';
import { IsId, IsIsoDate } from '@/graphql/shared/validators';

/**
 * An introduction record (recordIntroduction and snapshots). The three people are non-null in GraphQL; they keep
 * @IsOptional because the snapshot checks report a missing one as "is required" (see UpdateCompanyInput).
 */
@InputType({ description: 'That introducerId introduced introducedId to our manager toManagerId' })
export class IntroductionInput {
  @Field(() => ID, { description: 'Who made the introduction (a manager or a rep)' }) @IsOptional() @IsId() introducerId: string;
  @Field(() => ID, { description: 'Who was introduced (a manager or a rep; not the introducer)' }) @IsOptional() @IsId() introducedId: string;
  @Field(() => ID, { description: 'Our manager they were introduced to' }) @IsOptional() @IsId() toManagerId: string;
  @Field(() => String, { nullable: true, description: 'Day it happened, YYYY-MM-DD; null: not known' }) @IsOptional() @IsIsoDate() at?: string | null;
  @Field(() => IntroductionOutcome, { nullable: true, description: 'How it ended; default PENDING' }) @IsOptional() @IsEnum(IntroductionOutcome) outcome?: IntroductionOutcome;
}
