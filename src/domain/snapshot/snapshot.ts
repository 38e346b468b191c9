import { type Company } from '@/domain/company/company';
import { type Contract } from '@/domain/contract/contract';
import { type Deal } from '@/domain/deal/deal';
import { type Employment } from '@/domain/employment/employment';
import { type Interaction } from '@/domain/interaction/interaction';
import { type Introduction } from '@/domain/introduction/introduction';
import { type Manager, type Rep } from '@/domain/person/person';
import { type Relationship } from '@/domain/relationship/relationship';
import { type PortfolioEntry, type ReportsTo } from '@/domain/shared/portfolio';
import { type StrategyChange } from '@/domain/handover/strategy-change';
import { type RevenueTarget } from '@/domain/kpis/revenue-target';
import { type TrustOverride } from '@/domain/paths/effective-trust';
import { type DeletedPerson } from '@/domain/person/deleted-person';

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
  /** A tie's trust set by hand (overrideTrust), one per pair: a <= b; at null: the time of import. */
  trustOverrides?: (Omit<TrustOverride, 'at'> & { a: string; b: string; at: string | null })[];
  /** Revenue targets (setRevenueTarget), one per scope and period; setAt null: the time of import. */
  revenueTargets?: (Omit<RevenueTarget, 'setAt'> & { setAt: string | null })[];
  /** Each recorded change of a company's businessPolicy or challenges (strategyChanges). */
  strategyChanges?: StrategyChange[];
  /**
   * Managers and reps who were deleted: deals and interactions may still name them, and their ids are never given
   * again. Not a list of records (SNAPSHOT_LISTS): the store remembers them beside the graph (src/store/person/deleted-people.ts).
   */
  deletedPeople?: DeletedPerson[];
}

export const SNAPSHOT_LISTS = [
  'companies', 'contracts', 'managers', 'reps', 'employments', 'portfolio', 'relationships', 'reportsTo',
  'introductions', 'interactions', 'deals', 'trustOverrides', 'revenueTargets', 'strategyChanges',
] as const;
export type SnapshotList = (typeof SNAPSHOT_LISTS)[number];

/** Every key a snapshot may have besides `version`: its record lists and the deleted people. */
export const SNAPSHOT_KEYS = [...SNAPSHOT_LISTS, 'deletedPeople'] as const;

/** One bad record of a rejected snapshot. */
export interface BadRecord {
  list: string;
  index: number;
  field: string;
  reason: string;
}
