import { Field, ID, ObjectType } from 'type-graphql';
import { IntroductionOutcome } from '@/domain/shared/enums';
import '@/graphql/shared/enums';

@ObjectType('Introduction', { description: 'introducer introduced `introduced` to one of our managers' })
export class IntroductionType {
  @Field(() => ID) id: string;
  @Field(() => ID) introducerId: string;
  @Field(() => ID) introducedId: string;
  @Field(() => ID) toManagerId: string;
  @Field(() => String, { nullable: true }) at: string | null;
  @Field(() => IntroductionOutcome) outcome: IntroductionOutcome;
}
