import { randomUUID } from 'node:crypto';
import { type Interaction } from '@/domain/interaction/interaction';
import { type InteractionInput, interactionFromInput } from '@/domain/interaction/interaction-from-input';
import { withVersion } from '@/domain/shared/record-from-input';
import { type WriteRequest, createRecord } from '@/app/records/write';
import { INTERACTION } from './interaction-records';

export type NewInteraction = InteractionInput & { id?: string | null; at: string; channel: Interaction['channel'] };

/** Records a meeting, call, email, event or chat with at least one known person; CONFLICT when the id is taken. */
export async function createInteraction(w: WriteRequest, input: NewInteraction): Promise<Interaction> {
  return createRecord(w, INTERACTION, withVersion(interactionFromInput(input, input.id ?? randomUUID()), 1));
}
