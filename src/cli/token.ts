import 'reflect-metadata';
import { loadConfig } from '@/config';
import { Role } from '@/domain/auth/actor';
import { createStore } from '@/store/create-store';
import { StoreLockedError } from '@/store/store-errors';
import { AppError } from '@/app/errors';
import { issueToken, tokenManagerProblem } from '@/app/tokens/issue-token';
import { listTokens } from '@/app/tokens/list-tokens';
import { revokeToken } from '@/app/tokens/revoke-token';
import { OFFLINE_ADMIN } from './offline-admin';

const USAGE = `usage:
  npm run token -- create --name NAME --role ADMIN|MANAGER|ANALYST [--manager MANAGER_ID]
  npm run token -- list
  npm run token -- revoke TOKEN_ID`;

const FLAGS = ['--name', '--role', '--manager'];

/** An option `create` does not know (e.g. --managerId), named with the ones it does, rather than a vague usage line. */
function unknownFlag(args: string[]): string | undefined {
  return args.slice(1).find((a, i, rest) => a.startsWith('--') && !FLAGS.includes(a) && !FLAGS.includes(rest[i - 1] ?? ''));
}

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
  const unknown = command === 'create' ? unknownFlag(args) : undefined;
  if (unknown) {
    process.stderr.write(`token: unknown option ${unknown}; create takes ${FLAGS.join(', ')}\n${USAGE}\n`);
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
  const write = <T>(work: Parameters<typeof store.write>[0]): Promise<T> => store.write(work) as Promise<T>;
  try {
    if (command === 'list') {
      for (const t of await listTokens(store, OFFLINE_ADMIN)) {
        process.stdout.write(`${t.id}  ${t.role.padEnd(7)}  ${t.revokedAt ? `revoked ${t.revokedAt}` : 'active'}  ${t.name}${t.managerId ? ` (manager ${t.managerId})` : ''}\n`);
      }
      return 0;
    }
    if (command === 'revoke') {
      const token = await revokeToken(OFFLINE_ADMIN, args[1] ?? '', write);
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
    const created = await issueToken(OFFLINE_ADMIN, { name, role, managerId }, write);
    process.stdout.write(`created token ${created.token.id} (${role}). Its secret, shown once:\n${created.secret}\n`);
    return 0;
  } catch (e) {
    if (!(e instanceof AppError)) throw e;
    process.stderr.write(`token: ${e.message}\n`); // e.g. No API token with id "x"; Invalid input.managerId: "r1" is a rep, a manager is needed
    return 1;
  } finally {
    await store.close();
  }
}

main(process.argv.slice(2)).then((code) => process.exit(code), (e) => {
  process.stderr.write(`token: ${(e as Error).message}\n`);
  process.exit(1);
});
