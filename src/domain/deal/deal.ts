import { type DealStage } from '@/domain/shared/enums';
import { type Versioned } from '@/domain/shared/versioned';

/** A proposal through a partner. */
export interface Deal extends Versioned {
  id: string;
  companyId: string;
  repId: string | null;
  managerId: string | null;
  product: string;
  amount: number | null;
  grossProfit: number | null;
  stage: DealStage;
  proposedAt: string | null;
  closedAt: string | null;
  lossReason: string | null;
  /** Whom we lost it to (or compete with), as written; null or absent: not recorded. */
  competitor?: string | null;
}
