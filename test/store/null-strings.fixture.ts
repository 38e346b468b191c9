/** Two generated networks and a company with every optional string NULL: what tears Kuzu 0.11.3's compressed strings. */
import { type Company } from '@/domain/company/company';
import { collectSnapshot, generateSnapshot } from '@/generator';

/** Two different 300-person networks: `first` into an empty graph, then `second` over it (every company's strings set). */
export function twoNetworks(seedPrefix: string): { first: Record<string, unknown>; second: Record<string, unknown>; ids: string[] } {
  const [first, second] = ['a', 'b'].map((seed) => collectSnapshot(generateSnapshot({ people: 300, seed: `${seedPrefix}-${seed}` })));
  return { first, second, ids: (second.companies as { id: string }[]).map((c) => c.id) };
}

/** A company with only an id and a name: every other string NULL. */
export const BARE_COMPANY: Company = {
  id: 'bare-1', name: '読みのない会社', nameKana: null, partnerStatus: null, industry: null, prefecture: null, employeeCount: null, foundedYear: null,
  annualRevenue: null, capital: null, fiscalYearEndMonth: null, customerCount: null, customerSegments: [], strengths: null, weaknesses: null,
  businessPolicy: null, challenges: null, customFields: {}, version: 1,
};
