import { Field, Float, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { ScoreField } from '@/graphql/shared/score-field';
import { RelationshipKind } from '@/domain/shared/enums';
import { PersonInterface } from '@/graphql/person/person.interface';
import '@/graphql/shared/enums';

/** Where the trust of a step comes from (README, "Warm introduction paths"). */
export enum TrustBasis {
  RECORDED = 'RECORDED',
  ADJUSTED = 'ADJUSTED',
  INTRODUCED = 'INTRODUCED',
  OVERRIDDEN = 'OVERRIDDEN',
}
registerEnumType(TrustBasis, {
  name: 'TrustBasis',
  description: 'Where the trust of a step comes from',
  valuesConfig: {
    RECORDED: { description: 'The recorded relationship trust: nothing newer is known between the two' },
    ADJUSTED: { description: 'The recorded trust moved by interactions, introductions or deals between the two since it was recorded' },
    INTRODUCED: { description: 'No recorded relationship: one was introduced to the other (a manager) and they met' },
    OVERRIDDEN: { description: 'A manager\'s correction (overrideTrust) is the base, moved by any evidence dated after it (README, "Relationship health")' },
  },
});

@ObjectType('PathStep', { description: 'One step of a warm path: people[i] to people[i+1]' })
export class PathStepType {
  @Field(() => PersonInterface, { description: 'people[i]' }) from: unknown;
  @Field(() => PersonInterface, { description: 'people[i + 1]' }) to: unknown;
  @ScoreField({ description: 'Effective trust of the relationship, in [0, 1]' }) trust: number;
  @Field({ description: 'Why this step: the relationship, for how long, its trust, the last contact between the two' }) reason: string;
  @Field(() => RelationshipKind, { nullable: true, description: 'Kind of the recorded relationship; null when not stated or introduced' }) kind: RelationshipKind | null;
  @Field(() => TrustBasis, { description: 'Where the trust of this step comes from' }) basis: TrustBasis;
  @Field(() => Float, { nullable: true, description: 'The recorded trust (null for an introduced tie)' }) recordedTrust: number | null;
}

@ObjectType('PathMember', { description: 'A person on a warm path with where they work now, so the manager knows whom to ask' })
export class PathMemberType {
  @Field(() => PersonInterface, { description: 'The person' }) person: unknown;
  @Field(() => ID, { nullable: true, description: 'The company they work at now (reps); null for our managers' }) companyId: string | null;
  @Field(() => String, { nullable: true, description: 'Name of that company; null for our managers' }) companyName: string | null;
  @Field(() => String, { nullable: true, description: 'Current title (reps); null when not recorded' }) title: string | null;
  @Field(() => String, { nullable: true, description: 'Current department (reps); null when not recorded' }) department: string | null;
  @Field(() => String, { nullable: true, description: 'Team (our managers); null for reps' }) team: string | null;
}

@ObjectType('WarmPath', { description: 'A chain of trusted people from one of our managers to the target' })
export class WarmPathType {
  @ScoreField({ description: 'Product of the steps\' trust, 0 to 1; stronger first' }) strength: number;
  @Field(() => Int, { description: 'Number of steps, 1 to maxHops' }) hops: number;
  @Field(() => [PersonInterface], { description: 'From the starting manager to the target' }) people: unknown[];
  @Field(() => [PathStepType], { description: 'steps[i] joins people[i] and people[i + 1]' }) steps: PathStepType[];
  @Field(() => [PathMemberType], { description: 'The same people, with their current company and title' }) members: PathMemberType[];
}
