import { type Actor } from '@/domain/auth/actor';
import { type ApiToken } from '@/domain/auth/token';
import { type GraphStore } from '@/store/graph-store';
import { requireAdmin } from '@/app/access/require-admin';

/** Every API token, revoked ones too (admins only). */
export async function listTokens(store: GraphStore, actor: Actor): Promise<ApiToken[]> {
  requireAdmin(actor, 'apiTokens');
  return store.read.allTokens();
}
