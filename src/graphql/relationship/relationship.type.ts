import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { RelationshipKind } from '@/domain/shared/enums';
import '@/graphql/shared/enums';

@ObjectType('Relationship', { description: 'An undirected trust edge between two people' })
export class RelationshipType {
  @Field(() => ID) id: string;
  @Field(() => RelationshipKind, { nullable: true }) kind: RelationshipKind | null;
  @Field(() => Float, { description: 'Recorded trust in [0, 1]' }) trust: number;
  @Field(() => String, { nullable: true }) since: string | null;
  @Field({ description: 'When the trust value was recorded' }) recordedAt: string;
  @Field(() => Int) version: number;
}
