import { Company } from '@/domain/company/company';
import { Contract } from '@/domain/contract/contract';
import { Deal } from '@/domain/deal/deal';
import { Employment } from '@/domain/employment/employment';
import { Interaction } from '@/domain/interaction/interaction';
import { Introduction } from '@/domain/introduction/introduction';
import { Manager, Rep } from '@/domain/person/person';
import { Relationship } from '@/domain/relationship/relationship';
import { PortfolioEntry, ReportsTo } from '@/domain/shared/portfolio';

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
