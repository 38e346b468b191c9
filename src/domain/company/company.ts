import { type PartnerStatus } from '@/domain/shared/enums';
import { type Versioned } from '@/domain/shared/versioned';

/** The partner chart: an external organisation and its profile. */
export interface Company extends Versioned {
  id: string;
  name: string;
  /** The reading of the name (katakana or hiragana); search matches it. */
  nameKana: string | null;
  partnerStatus: PartnerStatus | null;
  industry: string | null;
  prefecture: string | null;
  employeeCount: number | null;
  foundedYear: number | null;
  annualRevenue: number | null;
  capital: number | null;
  fiscalYearEndMonth: number | null;
  customerCount: number | null;
  customerSegments: string[];
  strengths: string | null;
  weaknesses: string | null;
  businessPolicy: string | null;
  challenges: string | null;
  /** Team-defined chart items, kept as given. */
  customFields: Record<string, unknown>;
}
