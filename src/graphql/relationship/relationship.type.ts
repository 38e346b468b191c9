import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { RelationshipKind } from '@/domain/shared/enums';
import '@/graphql/shared/enums';

@ObjectType('Relationship', { description: 'An undirected trust edge between two people' })
export class RelationshipType {
  @Field(() => ID, { description: 'Its id, made from the two people\'s ids' }) id: string;
  @Field(() => RelationshipKind, { nullable: true, description: 'What the tie is; null: not stated' }) kind: RelationshipKind | null;
  @Field(() => Float, { description: 'Recorded trust, 0 (none) to 1 (full)' }) trust: number;
  @Field(() => String, { nullable: true, description: 'Since when they know each other, YYYY-MM-DD; null: not known' }) since: string | null;
  @Field({ description: 'When the trust value was recorded (ISO 8601 instant)' }) recordedAt: string;
  @Field(() => Int, { description: 'Optimistic-concurrency version, from 1: pass it to setRelationship as expectedVersion' }) version: number;
}
