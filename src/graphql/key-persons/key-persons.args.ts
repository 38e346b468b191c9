import { IsInt, IsOptional, Max, Min } from 'class-validator';
import { ArgsType, Field, ID, Int } from 'type-graphql';
import { IsId } from '@/graphql/shared/validators';
import { MAX_INSIGHT_LIMIT } from '@/domain/shared/insight-limit';

export { MAX_INSIGHT_LIMIT };

@ArgsType()
export class KeyPersonsArgs {
  @Field(() => ID, { description: 'The company' }) @IsId() companyId: string;
  @Field(() => Int, { nullable: true, defaultValue: 5, description: `How many, 1 to ${MAX_INSIGHT_LIMIT}` })
  @IsOptional() @IsInt() @Min(1) @Max(MAX_INSIGHT_LIMIT) limit?: number | null = 5;
}
