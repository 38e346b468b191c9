import { type ApiToken, type AuditEntry } from '@/domain/auth/token';
import { type PageRequest, type ReaderClass, pageParams } from '../reader';
import { type Row } from '../runner';

function toToken(t: Row): ApiToken {
  return {
    id: String(t.id), name: String(t.name), role: t.role as ApiToken['role'], managerId: t.managerId == null ? null : String(t.managerId),
    hash: String(t.hash), createdAt: String(t.createdAt), revokedAt: t.revokedAt == null ? null : String(t.revokedAt),
  };
}

function toAuditEntry(a: Row): AuditEntry {
  return {
    id: String(a.id), at: String(a.at), actorId: String(a.actorId), role: String(a.role), operation: String(a.operation),
    targetIds: Array.isArray(a.targetIds) ? a.targetIds.map(String) : [], requestId: String(a.requestId),
    clientRequestId: a.clientRequestId == null ? null : String(a.clientRequestId),
  };
}

/** API tokens and the audit trail (`cypher/shared/token/`, `cypher/shared/audit/`). */
export function authOperations<B extends ReaderClass>(Base: B) {
  return class AuthOperations extends Base {
    async saveToken(t: ApiToken): Promise<void> {
      await this.run('token/save', { ...t });
    }
    /** Every request with an API token asks this: kept in the record cache (if any) until the next commit. */
    async tokenByHash(hash: string): Promise<ApiToken | null> {
      const found = await this.perId('token-by-hash', [hash], async () => {
        const rows = await this.run('token/by-hash', { hash });
        return new Map(rows.length ? [[hash, toToken(rows[0].t as Row)]] : []);
      });
      return found.get(hash) ?? null;
    }
    async tokenById(id: string): Promise<ApiToken | null> {
      const rows = await this.run('token/by-id', { id });
      return rows.length ? toToken(rows[0].t as Row) : null;
    }
    /** Revokes (at `at`) every token that acts for the manager, e.g. when the manager is deleted. */
    async revokeTokensOfManager(managerId: string, at: string): Promise<void> {
      await this.run('token/revoke-by-manager', { managerId, at });
    }
    async allTokens(): Promise<ApiToken[]> {
      return (await this.run('token/all')).map((r) => toToken(r.t as Row));
    }
    async appendAudit(e: AuditEntry): Promise<void> {
      await this.run('audit/append', { ...e });
    }
    /** Newest first; the page continues after (at, id) of the last entry seen. */
    async listAudit(actorId: string | null, page: PageRequest): Promise<AuditEntry[]> {
      const rows = await this.run('audit/list', { actorId, ...pageParams(page) });
      return rows.map((r) => toAuditEntry(r.a as Row));
    }
  };
}
