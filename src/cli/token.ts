import 'reflect-metadata';
import { loadConfig } from '@/config';
import { Role } from '@/domain/auth/actor';
import { PersonKind } from '@/domain/shared/enums';
import { createStore } from '@/store/create-store';
import { StoreLockedError } from '@/store/store-errors';
import { newApiToken, tokenManagerProblem } from '@/graphql/auth/token.resolver';

const USAGE = `usage:
  npm run token -- create --name NAME --role ADMIN|MANAGER|ANALYST [--manager MANAGER_ID]
  npm run token -- list
  npm run token -- revoke TOKEN_ID`;

function flag(args: string[], name: string): string | undefined {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : undefined;
}

/** Offline token administration on the configured engine (the service may be stopped). */
async function main(args: string[]): Promise<number> {
  const [command] = args;
  if (!['create', 'list', 'revoke'].includes(command)) {
    process.stderr.write(`${USAGE}\n`);
    return 2;
  }
  let store;
  try {
    store = await createStore(loadConfig());
  } catch (e) {
    if (e instanceof StoreLockedError) {
      process.stderr.write(`token: ${e.message}. While the service runs, manage tokens through it as an admin: the mutations createApiToken and revokeApiToken, the query apiTokens\n`);
      return 1;
    }
    throw e;
  }
  try {
    if (command === 'list') {
      for (const t of await store.read.allTokens()) {
        process.stdout.write(`${t.id}  ${t.role.padEnd(7)}  ${t.revokedAt ? `revoked ${t.revokedAt}` : 'active'}  ${t.name}${t.managerId ? ` (manager ${t.managerId})` : ''}\n`);
      }
      return 0;
    }
    if (command === 'revoke') {
      const token = args[1] ? await store.read.tokenById(args[1]) : null;
      if (!token) {
        process.stderr.write(`token: no token with id "${args[1] ?? ''}"\n`);
        return 1;
      }
      await store.write((ops) => ops.saveToken({ ...token, revokedAt: token.revokedAt ?? new Date().toISOString() }));
      process.stdout.write(`revoked ${token.id}\n`);
      return 0;
    }
    const name = flag(args, 'name');
    const role = flag(args, 'role')?.toUpperCase() as Role | undefined;
    const managerId = flag(args, 'manager') ?? null;
    if (!name || !role || !Object.values(Role).includes(role) || tokenManagerProblem(role, managerId)) {
      process.stderr.write(`token: --name and --role (ADMIN, MANAGER or ANALYST) are required; --manager is required for MANAGER and refused for the others\n${USAGE}\n`);
      return 2;
    }
    if (managerId) {
      const [m] = await store.read.peopleByIds([managerId]);
      if (m?.kind !== PersonKind.MANAGER) {
        process.stderr.write(`token: "${managerId}" is not a manager\n`);
        return 1;
      }
    }
    const created = newApiToken(name, role, managerId);
    await store.write((ops) => ops.saveToken(created.token));
    process.stdout.write(`created token ${created.token.id} (${role}). Its secret, shown once:\n${created.secret}\n`);
    return 0;
  } finally {
    await store.close();
  }
}

main(process.argv.slice(2)).then((code) => process.exit(code), (e) => {
  process.stderr.write(`token: ${(e as Error).message}\n`);
  process.exit(1);
});
