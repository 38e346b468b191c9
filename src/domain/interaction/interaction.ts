import { type Channel, type Reaction } from '@/domain/shared/enums';
import { type Versioned } from '@/domain/shared/versioned';

export interface NextAction {
  description: string;
  dueDate: string | null;
  done: boolean;
}

/** A meeting, call, email, event or chat, with what was said and what comes next. */
export interface Interaction extends Versioned {
  id: string;
  at: string;
  channel: Channel;
  managerIds: string[];
  repIds: string[];
  summary: string | null;
  reaction: Reaction | null;
  concerns: string[];
  nextAction: NextAction | null;
}

/** Milliseconds since the epoch of an ISO instant with offset: the order key of interactions. */
export function instantMillis(at: string): number {
  return Date.parse(at);
}
