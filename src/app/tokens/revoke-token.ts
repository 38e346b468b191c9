import { type Actor } from '@/domain/auth/actor';
import { type ApiToken } from '@/domain/auth/token';
import { NotFound } from '@/app/errors';
import { requireAdmin } from '@/app/access/require-admin';
import { type InWriteTransaction } from './token-writes';

/** Revokes an API token (admins only): it stops working at once; revoking it again keeps the first date. */
export async function revokeToken(actor: Actor, id: string, write: InWriteTransaction): Promise<ApiToken> {
  requireAdmin(actor, 'revokeApiToken');
  return write(async (ops) => {
    const token = await ops.tokenById(id);
    if (!token) throw new NotFound('API token', id);
    const revoked = { ...token, revokedAt: token.revokedAt ?? new Date().toISOString() };
    await ops.saveToken(revoked);
    return revoked;
  });
}
