/** A person's period at a company. A move ends one period and starts another. */
export interface Employment {
  /** Stable key: rep, company and start date. */
  id: string;
  repId: string;
  companyId: string;
  title: string | null;
  department: string | null;
  since: string | null;
  until: string | null;
}

export function employmentId(repId: string, companyId: string, since: string | null | undefined): string {
  return `${repId}@${companyId}@${since ?? ''}`;
}

export function isCurrent(e: Pick<Employment, 'until'>, today: string): boolean {
  return e.until == null || e.until > today;
}
