/** A manager owns the relationship with a company. */
export interface PortfolioEntry {
  managerId: string;
  companyId: string;
  since: string | null;
}

/** A rep reports to a boss inside a partner. */
export interface ReportsTo {
  repId: string;
  bossId: string;
}
