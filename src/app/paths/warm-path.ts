import { type TrustBasis } from '@/domain/paths/effective-trust';
import { type PersonKind } from '@/domain/shared/enums';

/** A warm-path search: from our managers to a person or to the people of a company. */
export interface WarmPathQuery {
  /** A rep (or any person) id, or a company id: then the paths end at people who work there now. */
  to: string;
  /** A manager id; none: paths may start at any manager. */
  from?: string | null;
  maxHops?: number | null;
  limit?: number | null;
  minTrust?: number | null;
  /** People no path may contain. */
  avoid?: readonly string[] | null;
  /** YYYY-MM-DD: who works where is judged on this day. */
  today: string;
}

export const DEFAULTS = { maxHops: 4, limit: 5, minTrust: 0 } as const;

export interface PathStepView {
  from: string;
  to: string;
  trust: number;
  reason: string;
  kind: string | null;
  basis: TrustBasis;
  recordedTrust: number | null;
}

export interface PathMemberView {
  personId: string;
  name: string;
  kind: PersonKind;
  team: string | null;
  companyId: string | null;
  companyName: string | null;
  title: string | null;
  department: string | null;
}

export interface WarmPathView {
  strength: number;
  hops: number;
  people: string[];
  steps: PathStepView[];
  members: PathMemberView[];
}
