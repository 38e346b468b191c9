import { type Company } from '@/domain/company/company';
import { type Contract } from '@/domain/contract/contract';
import { type Deal } from '@/domain/deal/deal';
import { type Employment } from '@/domain/employment/employment';
import { type Interaction } from '@/domain/interaction/interaction';
import { type Introduction } from '@/domain/introduction/introduction';
import { type Manager, type Rep } from '@/domain/person/person';
import { type Relationship } from '@/domain/relationship/relationship';
import { type PortfolioEntry, type ReportsTo } from '@/domain/shared/portfolio';

type Unversioned<T> = Omit<T, 'version'>;

/** A validated, normalised snapshot (docs/snapshot.schema.json). */
export interface Snapshot {
  version: 1;
  companies?: Unversioned<Company>[];
  contracts?: Unversioned<Contract>[];
  managers?: Unversioned<Manager>[];
  reps?: Unversioned<Rep>[];
  employments?: Employment[];
  portfolio?: PortfolioEntry[];
  /** recordedAt null: keep the stored one when the trust is unchanged, else the time of import. */
  relationships?: (Omit<Unversioned<Relationship>, 'recordedAt'> & { recordedAt: string | null })[];
  reportsTo?: ReportsTo[];
  introductions?: Introduction[];
  interactions?: Unversioned<Interaction>[];
  deals?: Unversioned<Deal>[];
}

export const SNAPSHOT_LISTS = [
  'companies', 'contracts', 'managers', 'reps', 'employments', 'portfolio', 'relationships', 'reportsTo',
  'introductions', 'interactions', 'deals',
] as const;
export type SnapshotList = (typeof SNAPSHOT_LISTS)[number];

/** One bad record of a rejected snapshot. */
export interface BadRecord {
  list: string;
  index: number;
  field: string;
  reason: string;
}
