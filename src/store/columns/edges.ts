import { type Employment } from '@/domain/employment/employment';
import { type Introduction } from '@/domain/introduction/introduction';
import { type Relationship, relationshipKey } from '@/domain/relationship/relationship';
import { IntroductionOutcome, type RelationshipKind } from '@/domain/shared/enums';
import { type PortfolioEntry, type ReportsTo } from '@/domain/shared/portfolio';
import { type Row } from '../runner';
import { type Column, type Columns, type Unversioned, fromColumns, oneOf, optionalOneOf, optionalText, text, version } from './column';

/**
 * The stored columns of the edges that carry properties. Their rows name the two ends (as the domain records do);
 * Kuzu's bulk load renames those to `from`/`to` (kuzu-bulk-load.ts).
 */
export const employmentColumns: Columns<Employment> = {
  id: text, repId: text, companyId: text, title: optionalText, department: optionalText, since: optionalText, until: optionalText,
};
export function employmentRow(e: Employment): Row {
  return { id: e.id, repId: e.repId, companyId: e.companyId, title: e.title, department: e.department, since: e.since, until: e.until };
}
export const toEmployment = (r: Row): Employment => fromColumns(employmentColumns, r);

export const portfolioColumns: Columns<PortfolioEntry> = { managerId: text, companyId: text, since: optionalText };
export function portfolioRow(p: PortfolioEntry): Row {
  return { managerId: p.managerId, companyId: p.companyId, since: p.since };
}
export const toPortfolio = (r: Row): PortfolioEntry => fromColumns(portfolioColumns, r);

export const reportsToColumns: Columns<ReportsTo> = { repId: text, bossId: text };
export const toReportsTo = (r: Row): ReportsTo => fromColumns(reportsToColumns, r);

export const introductionColumns: Columns<Introduction> = {
  id: text, introducerId: text, introducedId: text, toManagerId: text, at: optionalText, outcome: oneOf(IntroductionOutcome.PENDING),
};
export function introductionRow(i: Introduction): Row {
  return { id: i.id, introducerId: i.introducerId, introducedId: i.introducedId, toManagerId: i.toManagerId, at: i.at, outcome: i.outcome };
}
export const toIntroduction = (r: Row): Introduction => fromColumns(introductionColumns, r);

/** A tie's id is not stored: it is made from its two ends (stored with a <= b), as relationshipKey makes it. */
const tieEnd = (end: 'a' | 'b' | 'id'): Column<string> => ({ read: (_v, r) => relationshipKey(String(r.a), String(r.b))[end], blank: '' });

export const relationshipColumns: Columns<Relationship> = {
  id: tieEnd('id'),
  a: tieEnd('a'),
  b: tieEnd('b'),
  kind: optionalOneOf<RelationshipKind>(),
  trust: { read: (v) => Number(v), blank: 0 },
  since: optionalText,
  recordedAt: text,
  version,
};
/**
 * The row of a tie, without its version; `recordedAt` null (an import) keeps or sets it (see import/relationships).
 * Its id keys Kuzu's staging table only: the graph does not store it.
 */
export function relationshipRow(r: Omit<Unversioned<Relationship>, 'recordedAt'> & { recordedAt: string | null }): Row {
  return { id: r.id, a: r.a, b: r.b, kind: r.kind, trust: r.trust, since: r.since, recordedAt: r.recordedAt };
}
export const toRelationship = (r: Row): Relationship => fromColumns(relationshipColumns, r);
