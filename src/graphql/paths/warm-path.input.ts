import { ArrayMaxSize, ArrayMinSize } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';

@InputType({ description: 'A warm path to ask an introduction along: its people, from the manager to the target' })
export class IntroductionRequestInput {
  @Field(() => [ID], { description: 'people of a WarmPath: the manager first, the target last' })
  @ArrayMinSize(3, { message: 'path needs a manager, at least one person to ask, and the target (3 people or more)' })
  @ArrayMaxSize(7, { message: 'path has at most 7 people (6 steps)' })
  path: string[];
}
