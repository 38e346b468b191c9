/** Who may do what (README, "Security"). */
export enum Role {
  /** Everything, including tokens and the audit log. */
  ADMIN = 'ADMIN',
  /** Reads everything; writes interactions, deals, relationships and the chart of partners in their own portfolio. */
  MANAGER = 'MANAGER',
  /** Reads the network and KPIs; contact details, personality and interaction notes are masked. */
  ANALYST = 'ANALYST',
}

/** The authenticated caller of one request. */
export interface Actor {
  /** Stable id for audit and rate limits: `token:<id>`, `jwt:<sub>` or `admin-token`. */
  id: string;
  role: Role;
  /** For MANAGER: the Manager record whose portfolio they may write. */
  managerId: string | null;
}
