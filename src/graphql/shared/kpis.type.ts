import { Field, Float, Int, ObjectType } from 'type-graphql';
import { ScoreField } from '@/graphql/shared/score-field';

@ObjectType()
export class LossReasonCount {
  @Field() reason: string;
  @Field(() => Int) count: number;
}

@ObjectType({ description: 'Deal KPIs for a partner or a person, optionally for a period (by close date, else proposal date).' })
export class DealKpis {
  @Field(() => Int) deals: number;
  @Field(() => Int) open: number;
  @Field(() => Int) won: number;
  @Field(() => Int) lost: number;
  @Field(() => Float, { description: 'Sum of won amounts' }) revenue: number;
  @Field(() => Float, { description: 'Sum of won gross profit' }) grossProfit: number;
  @ScoreField({ nullable: true, description: 'won / (won + lost); null when nothing has closed' }) winRate: number | null;
  @Field(() => [LossReasonCount], { description: 'Why deals were lost, most frequent first' }) lossReasons: LossReasonCount[];
}
