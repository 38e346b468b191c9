import { Field, ID, ObjectType } from 'type-graphql';
import { IntroductionOutcome } from '@/domain/shared/enums';
import '@/graphql/shared/enums';

@ObjectType('Introduction', { description: 'introducer introduced `introduced` to one of our managers' })
export class IntroductionType {
  @Field(() => ID, { description: 'Its id (one record per introducer, introduced person and manager)' }) id: string;
  @Field(() => ID, { description: 'Who made the introduction' }) introducerId: string;
  @Field(() => ID, { description: 'Who was introduced' }) introducedId: string;
  @Field(() => ID, { description: 'Our manager they were introduced to' }) toManagerId: string;
  @Field(() => String, { nullable: true, description: 'Day it happened, YYYY-MM-DD; null: not known' }) at: string | null;
  @Field(() => IntroductionOutcome, { description: 'How it ended' }) outcome: IntroductionOutcome;
}
