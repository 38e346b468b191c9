import { Field, ID, InterfaceType } from 'type-graphql';
import { PersonKind } from '@/domain/shared/enums';

/** Implemented by Manager (ours) and Rep (theirs). */
@InterfaceType('Person', {
  resolveType: (p: { kind: PersonKind }) => (p.kind === PersonKind.MANAGER ? 'Manager' : 'Rep'),
})
export abstract class PersonInterface {
  @Field(() => ID) id: string;
  @Field() name: string;
}
