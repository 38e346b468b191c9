import { Field, ID, ObjectType } from 'type-graphql';
import { RelationshipType } from './relationship.type';

@ObjectType('Tie', { description: 'One relationship seen from one of its two people' })
export class TieType {
  @Field(() => ID, { description: 'The other person' }) personId: string;
  @Field(() => RelationshipType, { description: 'The relationship itself' }) relationship: RelationshipType;
}
