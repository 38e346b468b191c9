import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { BEARER_TOKEN_MAX_LENGTH, type Config } from '@/config';
import { type Actor, Role } from '@/domain/auth/actor';
import { PersonKind } from '@/domain/shared/enums';
import { type GraphStore } from '@/store/graph-store';
import { JwtError, JwtVerifier } from './jwt';
import { hashToken, newTokenSecret, sameSecret, secretDigest } from './tokens';

/** `Bearer <token>`: a token of 8 to BEARER_TOKEN_MAX_LENGTH characters. */
const BEARER = new RegExp(`^Bearer\\s+(\\S{8,${BEARER_TOKEN_MAX_LENGTH}})$`, 'i');

export const BOOTSTRAP_FILE = 'bootstrap-admin-token.sha256';

/** Why a request was refused, said to the caller without revealing which tokens exist. */
export class AuthenticationError extends Error {}

/**
 * Who is calling, from `Authorization: Bearer …`: the ADMIN_TOKEN, the bootstrap admin token, a JWT from the
 * identity provider, or an API token (looked up by its hash). No header: null, and the store is not touched.
 */
export class Authenticator {
  private readonly adminDigest: Buffer | null;
  private readonly jwt: JwtVerifier | null;

  constructor(
    config: Config,
    private readonly store: GraphStore,
    private readonly bootstrapHash: string | null,
  ) {
    this.adminDigest = config.adminToken ? secretDigest(config.adminToken) : null;
    this.jwt = config.jwt ? new JwtVerifier(config.jwt) : null;
  }

  async authenticate(header: string | undefined): Promise<Actor> {
    if (!header) throw new AuthenticationError('Missing credentials: send Authorization: Bearer <token>');
    const m = BEARER.exec(header.trim());
    if (!m) throw new AuthenticationError('Malformed Authorization header: expected "Bearer <token>"');
    const secret = m[1];
    if (this.adminDigest && sameSecret(secret, this.adminDigest)) return { id: 'admin-token', role: Role.ADMIN, managerId: null };
    if (this.bootstrapHash && hashToken(secret) === this.bootstrapHash) return { id: 'bootstrap-admin', role: Role.ADMIN, managerId: null };
    if (secret.split('.').length === 3 && this.jwt) return this.withLiveSubject(await this.fromJwt(this.jwt, secret));
    if (!secret.startsWith('tsu_')) throw new AuthenticationError('Invalid credentials');
    const token = await this.store.read.tokenByHash(hashToken(secret));
    if (!token || token.revokedAt) throw new AuthenticationError('Invalid or revoked token');
    return this.withLiveSubject({ id: `token:${token.id}`, role: token.role, managerId: token.managerId });
  }

  /**
   * A MANAGER's credentials (API token or JWT) hold only while the manager they name exists: none named, a deleted
   * one, or a rep is refused. One record read by id per request, which the embedded engine's record cache answers.
   */
  private async withLiveSubject(actor: Actor): Promise<Actor> {
    if (actor.role !== Role.MANAGER) return actor;
    const [manager] = actor.managerId ? await this.store.read.peopleByIds([actor.managerId]) : [null];
    if (manager?.kind !== PersonKind.MANAGER) {
      throw new AuthenticationError('These MANAGER credentials name no existing manager (deleted, or none given): ask an admin for new ones');
    }
    return actor;
  }

  private async fromJwt(verifier: JwtVerifier, jwt: string): Promise<Actor> {
    try {
      const claims = await verifier.verify(jwt);
      const role = String(claims.role ?? '').toUpperCase();
      if (!(Object.values(Role) as string[]).includes(role)) throw new JwtError('no role claim (ADMIN, MANAGER or ANALYST)');
      return { id: `jwt:${claims.sub ?? 'unknown'}`, role: role as Role, managerId: claims.manager_id ? String(claims.manager_id) : null };
    } catch (e) {
      throw new AuthenticationError(`Invalid JWT: ${(e as Error).message}`);
    }
  }
}

/**
 * A fresh install must not serve an open database: with no ADMIN_TOKEN, no API token and no bootstrap token yet,
 * create an admin token, keep only its hash under DATA_DIR and return the secret once for printing.
 */
export async function ensureBootstrapAdmin(config: Config, store: GraphStore): Promise<{ hash: string | null; secret: string | null }> {
  const file = join(config.dataDir, BOOTSTRAP_FILE);
  if (existsSync(file)) return { hash: readFileSync(file, 'utf8').trim(), secret: null };
  if (config.adminToken || config.jwt || (await store.read.allTokens()).length > 0) return { hash: null, secret: null };
  const secret = newTokenSecret();
  mkdirSync(config.dataDir, { recursive: true });
  writeFileSync(file, `${hashToken(secret)}\n`, { mode: 0o600 });
  return { hash: hashToken(secret), secret };
}
