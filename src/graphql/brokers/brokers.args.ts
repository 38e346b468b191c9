import { IsEnum, IsInt, IsOptional, Max, Min } from 'class-validator';
import { ArgsType, Field, Float, Int } from 'type-graphql';
import { MAX_INSIGHT_LIMIT } from '@/domain/shared/insight-limit';
import { IsNumberIn } from '@/graphql/shared/validators';
import { BrokerSide } from './brokers.type';

/** What selects one broker analysis (and its cache entry). */
@ArgsType()
export class BrokerAnalysisArgs {
  @Field(() => Float, { nullable: true, defaultValue: 0, description: 'Ties below this trust are left out, 0 to 1' })
  @IsOptional() @IsNumberIn(0, 1) minTrust?: number | null = 0;
  @Field(() => BrokerSide, { nullable: true, description: 'Only our managers or only partner reps' })
  @IsOptional() @IsEnum(BrokerSide) side?: BrokerSide | null;
  @Field(() => Int, { nullable: true, defaultValue: 300, description: 'After the graph changed, a cached answer up to this old (seconds) is still served; 0 always recomputes after a change' })
  @IsOptional() @IsInt() @Min(0) @Max(86400) maxAgeSeconds?: number | null = 300;
}

@ArgsType()
export class BrokersArgs extends BrokerAnalysisArgs {
  @Field(() => Int, { nullable: true, defaultValue: 10, description: `How many, 1 to ${MAX_INSIGHT_LIMIT}` })
  @IsOptional() @IsInt() @Min(1) @Max(MAX_INSIGHT_LIMIT) limit?: number | null = 10;
}
