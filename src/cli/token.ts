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
  npm run token -- create --name NAME --role ADMIN|MANAGER|ANALYST [--manager MANAGER_ID]   (or --flag=value)
  npm run token -- list
  npm run token -- revoke TOKEN_ID`;

/** create's options, and the field of the use case's input each one fills (its errors are named by the option). */
const OPTIONS = { name: 'input.name', role: 'input.role', manager: 'input.managerId' } as const;
type Option = keyof typeof OPTIONS;
const FLAGS = Object.keys(OPTIONS).map((o) => `--${o}`);

/**
 * create's options, each as `--flag value` or `--flag=value`. A flag followed by another (`--name --manager m1`) is a
 * flag without a value, refused: read as a value it made a token named "--manager". A value that starts with dashes
 * is given as `--name=--x`. Unknown options, options given twice, a flag without a value and stray arguments are named.
 */
function parseCreate(args: string[]): { values: Partial<Record<Option, string>>; problem?: string } {
  const values: Partial<Record<Option, string>> = {};
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (!arg.startsWith('--')) return { values, problem: `unexpected argument "${arg}"; create takes ${FLAGS.join(', ')}` };
    const eq = arg.indexOf('=');
    const option = arg.slice(2, eq < 0 ? undefined : eq);
    if (!(option in OPTIONS)) return { values, problem: `unknown option --${option}; create takes ${FLAGS.join(', ')}` };
    const value = eq < 0 ? args[++i] : arg.slice(eq + 1);
    if (value === undefined || value === '' || (eq < 0 && value.startsWith('--'))) {
      return { values, problem: `--${option} needs a value (--${option} VALUE or --${option}=VALUE; a value starting with -- only as --${option}=VALUE)` };
    }
    if (values[option as Option] !== undefined) return { values, problem: `--${option} is given twice` };
    values[option as Option] = value;
  }
  return { values };
}

/** A use case's error in the CLI's words: `input.managerId` is named --manager, the flag the user typed. */
function inFlags(message: string): string {
  return Object.entries(OPTIONS).reduce((m, [option, field]) => m.split(field).join(`--${option}`), message);
}

/** create's input from its options, or every problem with them (checked before any store is opened). */
function createInput(values: Partial<Record<Option, string>>): { name: string; role: Role; managerId: string | null } | string[] {
  const { name, manager } = values;
  const role = values.role?.toUpperCase() as Role | undefined;
  const known = !!role && Object.values(Role).includes(role);
  const problems = [
    ...(name ? [] : ['--name is required']),
    ...(!role ? ['--role is required (ADMIN, MANAGER or ANALYST)'] : !known ? [`--role must be ADMIN, MANAGER or ANALYST (got "${values.role}")`] : []),
  ];
  const managerProblem = known ? tokenManagerProblem(role, manager ?? null) : null;
  if (managerProblem) problems.push(`--manager ${managerProblem}`);
  return problems.length || !name || !role ? problems : { name, role, managerId: manager ?? null };
}

/** What is wrong with revoke's arguments (one token id), or undefined. */
function revokeProblem(rest: string[]): string | undefined {
  const flag = rest.find((a) => a.startsWith('-'));
  if (flag) return `revoke takes no options (got "${flag}"), only the id of one token (npm run token -- list shows them)`;
  if (rest.length !== 1 || rest[0].trim() === '') return 'revoke takes the id of one token (npm run token -- list shows them)';
  return undefined;
}

/** Offline token administration on the configured engine (the service may be stopped). */
async function main(args: string[]): Promise<number> {
  const [command] = args;
  if (!['create', 'list', 'revoke'].includes(command)) {
    process.stderr.write(`${USAGE}\n`);
    return 2;
  }
  // list takes nothing and revoke one id: anything else is named, not ignored (found by an outsider)
  const rest = args.slice(1);
  const parsed = command === 'create'
    ? parseCreate(rest)
    : {
        values: {} as Partial<Record<Option, string>>,
        problem: command === 'list'
          ? (rest.length ? `list takes no arguments (got "${rest.join(' ')}")` : undefined)
          : revokeProblem(rest),
      };
  const input = command === 'create' && !parsed.problem ? createInput(parsed.values) : null;
  const problems = parsed.problem ? [parsed.problem] : Array.isArray(input) ? input : [];
  if (problems.length) {
    process.stderr.write(`token: ${problems.join('; ')}\n${USAGE}\n`);
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
      const tokens = await listTokens(store, OFFLINE_ADMIN);
      if (!tokens.length) process.stdout.write('no API tokens yet (npm run token -- create --name NAME --role ROLE makes one)\n');
      for (const t of tokens) {
        process.stdout.write(`${t.id}  ${t.role.padEnd(7)}  ${t.revokedAt ? `revoked ${t.revokedAt}` : 'active'}  ${t.name}${t.managerId ? ` (manager ${t.managerId})` : ''}\n`);
      }
      return 0;
    }
    if (command === 'revoke') {
      const before = (await store.read.tokenById(rest[0]))?.revokedAt ?? null; // one key read, not the whole list
      const token = await revokeToken(OFFLINE_ADMIN, rest[0], write);
      process.stdout.write(before ? `${token.id} was already revoked on ${before}; nothing changed\n` : `revoked ${token.id}\n`);
      return 0;
    }
    const { name, role, managerId } = input as Exclude<typeof input, string[] | null>;
    const created = await issueToken(OFFLINE_ADMIN, { name, role, managerId }, write);
    process.stdout.write(`created token ${created.token.id} (${role}). Its secret, shown once:\n${created.secret}\n`);
    return 0;
  } catch (e) {
    if (!(e instanceof AppError)) throw e;
    process.stderr.write(`token: ${inFlags(e.message)}\n`); // e.g. No API token with id "x"; Invalid --manager: "r1" is a rep, a manager is needed
    return 1;
  } finally {
    await store.close();
  }
}

main(process.argv.slice(2)).then((code) => process.exit(code), (e) => {
  process.stderr.write(`token: ${(e as Error).message}\n`);
  process.exit(1);
});
