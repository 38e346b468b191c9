import { type ContractStatus } from '@/domain/shared/enums';
import { type Versioned } from '@/domain/shared/versioned';

export interface Contract extends Versioned {
  id: string;
  companyId: string;
  startDate: string | null;
  termMonths: number | null;
  commissionRate: number | null;
  conditions: string | null;
  status: ContractStatus | null;
}

/** The date a contract comes up for renewal: start + term, or null when either is unknown. */
export function renewalDate(c: Pick<Contract, 'startDate' | 'termMonths'>): string | null {
  if (!c.startDate || c.termMonths == null) return null;
  const [y, m, d] = c.startDate.split('-').map(Number);
  const total = (m - 1) + c.termMonths;
  const year = y + Math.floor(total / 12);
  const month = (total % 12) + 1;
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  const day = Math.min(d, last);
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}
