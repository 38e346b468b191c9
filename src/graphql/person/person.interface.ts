import { Field, ID, InterfaceType } from 'type-graphql';
import { PersonKind } from '@/domain/shared/enums';

/** Implemented by Manager (ours) and Rep (theirs). */
@InterfaceType('Person', {
  description: 'A person: one of our managers (Manager) or someone at an external company (Rep)',
  resolveType: (p: { kind: PersonKind }) => (p.kind === PersonKind.MANAGER ? 'Manager' : 'Rep'),
})
export abstract class PersonInterface {
  @Field(() => ID, { description: 'Their id; managers and reps share one id space' }) id: string;
  @Field({ description: 'Full name' }) name: string;
}
