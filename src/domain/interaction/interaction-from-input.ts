import { recordFromInput } from '@/domain/shared/record-from-input';
import { type Interaction } from './interaction';

/** A next action as given: dueDate and done may be left out. */
export interface NextActionGiven {
  description: string;
  dueDate?: string | null;
  done?: boolean | null;
}

export type InteractionInput = { [K in keyof Omit<Interaction, 'id' | 'version' | 'nextAction'>]?: Interaction[K] | null } & { nextAction?: NextActionGiven | null };

const INTERACTION_DEFAULTS: Omit<Interaction, 'id' | 'version' | 'channel'> & { channel: Interaction['channel'] | undefined } = {
  at: '', channel: undefined, managerIds: [], repIds: [], summary: null, reaction: null, concerns: [], nextAction: null,
};

/** An interaction record (without version) from a create input; the snapshot import builds its records the same way. */
export function interactionFromInput(input: InteractionInput, id: string): Omit<Interaction, 'version'> {
  return fixInteraction(recordFromInput<Omit<Interaction, 'version'>>(INTERACTION_DEFAULTS as Omit<Interaction, 'id' | 'version'>, input, id));
}

/** A stored or patched interaction with its lists and next action filled in. */
export function normaliseInteraction(i: Interaction): Interaction {
  return fixInteraction({ ...i });
}

/** Lists are never null; a next action has all its fields (fills them in on a fresh record). */
function fixInteraction<T extends Omit<Interaction, 'version'>>(i: T): T {
  i.managerIds = i.managerIds ?? [];
  i.repIds = i.repIds ?? [];
  i.concerns = i.concerns ?? [];
  i.nextAction = i.nextAction ? { description: i.nextAction.description, dueDate: i.nextAction.dueDate ?? null, done: !!i.nextAction.done } : null;
  return i;
}
