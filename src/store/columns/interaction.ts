import { type Interaction, type NextAction, instantMillis } from '@/domain/interaction/interaction';
import { Channel, type Reaction } from '@/domain/shared/enums';
import { type Row } from '../runner';
import { type Column, type Columns, type Unversioned, fromColumns, oneOf, optionalOneOf, optionalText, text, textList, version } from './column';

/** The next action is stored flat, in three columns (nextActionDescription, nextActionDueDate, nextActionDone). */
const nextAction: Column<NextAction | null> = {
  read: (_v, r) => (r.nextActionDescription == null
    ? null
    : { description: String(r.nextActionDescription), dueDate: r.nextActionDueDate == null ? null : String(r.nextActionDueDate), done: r.nextActionDone === true }),
  blank: null,
};

export const interactionColumns: Columns<Interaction> = {
  id: text,
  at: text,
  channel: oneOf(Channel.MEETING),
  managerIds: textList,
  repIds: textList,
  summary: optionalText,
  reaction: optionalOneOf<Reaction>(),
  concerns: textList,
  nextAction,
  version,
};

/** The row stored for an interaction, without its version (see companyRow); `atMillis` orders them. */
export function interactionRow(i: Unversioned<Interaction>): Row {
  return {
    id: i.id, at: i.at, atMillis: instantMillis(i.at), channel: i.channel, managerIds: i.managerIds, repIds: i.repIds,
    summary: i.summary, reaction: i.reaction, concerns: i.concerns,
    nextActionDescription: i.nextAction?.description ?? null, nextActionDueDate: i.nextAction?.dueDate ?? null,
    nextActionDone: i.nextAction ? i.nextAction.done : null,
  };
}

export const toInteraction = (p: Row): Interaction => fromColumns(interactionColumns, p);
