import { type Interaction } from '@/domain/interaction/interaction';
import { type InteractionInput } from '@/domain/interaction/interaction-from-input';
import { type WriteRequest, updateRecord } from '@/app/records/write';
import { INTERACTION } from './interaction-records';

/** Changes the fields given (null clears one; at and channel cannot be cleared), under an optional expectedVersion. */
export async function updateInteraction(w: WriteRequest, id: string, input: InteractionInput & { id?: string | null }, expectedVersion?: number | null): Promise<Interaction> {
  return updateRecord(w, INTERACTION, id, input, expectedVersion);
}
