import { Field, Float, Int, ObjectType } from 'type-graphql';
import { ScoreField } from '@/graphql/shared/score-field';

@ObjectType({ description: 'A loss reason and how many lost deals gave it' })
export class LossReasonCount {
  @Field({ description: 'The loss reason as written on the deals' }) reason: string;
  @Field(() => Int, { description: 'How many lost deals gave it' }) count: number;
}

@ObjectType({ description: 'Deal KPIs for a partner or a person, optionally for a period (by close date, else proposal date).' })
export class DealKpis {
  @Field(() => Int, { description: 'All deals counted' }) deals: number;
  @Field(() => Int, { description: 'Deals still open' }) open: number;
  @Field(() => Int, { description: 'Deals won' }) won: number;
  @Field(() => Int, { description: 'Deals lost' }) lost: number;
  @Field(() => Float, { description: 'Sum of won amounts, in yen' }) revenue: number;
  @Field(() => Float, { description: 'Sum of won gross profit, in yen' }) grossProfit: number;
  @ScoreField({ nullable: true, description: 'won / (won + lost), 0 to 1; null when nothing has closed' }) winRate: number | null;
  @Field(() => [LossReasonCount], { description: 'Why deals were lost, most frequent first' }) lossReasons: LossReasonCount[];
}
