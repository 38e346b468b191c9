import { showsNothing } from '@/domain/shared/id-rule';
import { randomUUID } from 'node:crypto';
import { type Actor, Role } from '@/domain/auth/actor';
import { type ApiToken } from '@/domain/auth/token';
import { PersonKind } from '@/domain/shared/enums';
import { hashToken, newTokenSecret } from '@/auth/tokens';
import { InvalidInput } from '@/app/errors';
import { requireAdmin } from '@/app/access/require-admin';
import { type InWriteTransaction } from './token-writes';

export interface IssueTokenInput {
  name: string;
  role: Role;
  managerId?: string | null;
}

/** Why a token's managerId does not fit its role (required for MANAGER, refused for the others), or null. */
export function tokenManagerProblem(role: Role, managerId: string | null): string | null {
  if (role === Role.MANAGER) return managerId ? null : 'is required for a MANAGER token';
  return managerId ? `is only for a MANAGER token; an ${role} token has no manager (leave it out)` : null;
}

/** A token record and its secret (only the secret's hash is stored). */
export function newApiToken(name: string, role: Role, managerId: string | null): { token: ApiToken; secret: string } {
  const secret = newTokenSecret();
  return {
    secret,
    token: { id: randomUUID(), name, role, managerId, hash: hashToken(secret), createdAt: new Date().toISOString(), revokedAt: null },
  };
}

/**
 * Issues an API token (admins only): a MANAGER token names a stored manager, other roles none. The secret is
 * returned once. Errors name the field as the GraphQL input does (`input.managerId`).
 */
export async function issueToken(actor: Actor, input: IssueTokenInput, write: InWriteTransaction): Promise<{ token: ApiToken; secret: string }> {
  requireAdmin(actor, 'createApiToken');
  const managerId = input.managerId ?? null;
  // a name is what a token is known by in lists and the audit log (found by outsiders: "   ", then a zero-width space, was taken)
  if (showsNothing(input.name)) throw InvalidInput.field('input.name', 'must not be blank (only white space or invisible characters)');
  const problem = tokenManagerProblem(input.role, managerId);
  if (problem) throw InvalidInput.field('input.managerId', problem);
  const created = newApiToken(input.name, input.role, managerId);
  await write(async (ops) => {
    if (managerId) {
      const [m] = await ops.peopleByIds([managerId]);
      const reason = !m ? `no person with id "${managerId}"` : m.kind !== PersonKind.MANAGER ? `"${managerId}" is a ${m.kind.toLowerCase()}, a manager is needed` : null;
      if (reason) throw new InvalidInput(`Invalid input.managerId: ${reason}`, [{ field: 'input.managerId', reason }]);
    }
    await ops.saveToken(created.token);
    return created.token;
  });
  return created;
}
