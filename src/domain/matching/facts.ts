import { searchKey } from '@/domain/shared/search-text';

/**
 * What proposals and referrals read about the network, held in memory (src/store/insights/insight-base.ts fills
 * it with a few columnar queries and keeps it while the graph is unchanged). Pure data.
 */

export interface RepFacts {
  id: string;
  name: string;
  responseSpeed: string | null;
  stance: string | null;
  /** As recorded, and normalised with topicKey (what Topic nodes are keyed by). */
  expertise: string[];
  interests: string[];
  expertiseKeys: string[];
  interestKeys: string[];
}

export interface CompanyBrief {
  id: string;
  name: string;
  industry: string | null;
  segments: string[];
  partnerStatus: string | null;
  /** Business policy and challenges, normalised (strategyKey): a product they name fits the company's direction. */
  strategy?: string;
}

/** The normalised text proposals match product keys in: business policy and challenges (searchKey), apart. */
export function strategyKey(policy: string | null | undefined, challenges: string | null | undefined): string {
  return [policy, challenges].filter((x): x is string => !!x).map((x) => searchKey(x)).join('\u0000');
}

/** A WON or OPEN deal (lost ones do not count for or against a proposal). */
export interface DealBrief {
  productKey: string;
  product: string;
  companyId: string;
  repId: string | null;
  stage: string;
  /** closedAt, else proposedAt. */
  date: string | null;
}

export interface OurTie {
  managerId: string;
  managerName: string;
  trust: number;
}

export interface InsightBase {
  /** Read once, then patched by overlays (OverlayMap) as reps change. */
  reps: ReadonlyMap<string, RepFacts>;
  /** Each person's company now (the latest current employment). */
  companyOf: Map<string, string>;
  companies: Map<string, CompanyBrief>;
  /** Our managers' ties to each person, strongest first. */
  ourTies: Map<string, OurTie[]>;
  deals: DealBrief[];
}
