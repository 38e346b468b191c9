import { roundHeadCount } from '@/domain/shared/rounding';
import { type Broker } from './team-brokerage';

const people = (n: number): string => `${n.toLocaleString('en-US')} ${n === 1 ? 'person' : 'people'}`;

/** Short sentences on what a broker connects; `companyName` names the companies (id when unknown). */
export function brokerReasons(b: Broker, companyName: (id: string) => string): string[] {
  const out: string[] = [];
  const share = b.share >= 0.001 ? ` (${(b.share * 100).toFixed(1)}% of everyone we reach)` : '';
  out.push(`${b.isManager ? 'Our team reaches' : 'Our shortest chains reach'} ${people(roundHeadCount(b.reachedThrough))} through them${share}`);
  if (b.dependents > 0) out.push(`Every shortest chain from our team to ${people(b.dependents)} runs through them`);
  if (b.cutOff > 0) {
    const where = b.cutOffCompanies > 0 ? ` in ${b.cutOffCompanies} ${b.cutOffCompanies === 1 ? 'company' : 'companies'}` : '';
    out.push(`Without them we could not reach ${people(b.cutOff)}${where} at all`);
  }
  const top = b.companies.slice(0, 3).filter((c) => c.reachedThrough >= 0.5);
  if (top.length) out.push(`Connects us to ${top.map((c) => `${companyName(c.companyId)} (${roundHeadCount(c.reachedThrough)})`).join(', ')}`);
  return out;
}
