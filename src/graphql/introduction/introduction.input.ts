import { IsEnum, IsOptional } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { IntroductionOutcome } from '@/domain/shared/enums';
import { IsId, IsIsoDate } from '@/graphql/shared/validators';

@InputType()
export class IntroductionInput {
  @Field(() => ID, { nullable: true }) @IsOptional() @IsId() introducerId?: string;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsId() introducedId?: string;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsId() toManagerId?: string;
  @Field(() => String, { nullable: true }) @IsOptional() @IsIsoDate() at?: string | null;
  @Field(() => IntroductionOutcome, { nullable: true }) @IsOptional() @IsEnum(IntroductionOutcome) outcome?: IntroductionOutcome;
}
