import { recordFromInput } from '@/domain/shared/record-from-input';
import { PersonKind } from '@/domain/shared/enums';
import { type Manager } from './person';

export type ManagerInput = { [K in keyof Omit<Manager, 'id' | 'version' | 'kind'>]?: Manager[K] | null };

const MANAGER_DEFAULTS: Omit<Manager, 'id' | 'version'> = { kind: PersonKind.MANAGER, name: '', nameKana: null, email: null, phone: null, team: null };

/** A manager record (without version) from a create input; the snapshot import builds its records the same way. */
export function managerFromInput(input: ManagerInput, id: string): Omit<Manager, 'version'> {
  return recordFromInput<Omit<Manager, 'version'>>(MANAGER_DEFAULTS, input, id);
}
