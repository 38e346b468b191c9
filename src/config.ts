import { resolve } from 'node:path';
import { type EngineName } from '@/store/cypher/query-library';
import { DEFAULT_RECORD_CACHE_SIZE } from '@/store/record-cache';

/**
 * KUZU_BUFFER_POOL_MB, the most memory in MiB Kuzu keeps pages of the graph in: 0 is Kuzu's own, 80 % of the machine's
 * memory, which a process that read the whole graph keeps. A bound must hold an import's working set, or the import
 * fails ("the buffer pool is full"): the demo (5,000 people) failed to import into a populated graph with 256 and
 * imported with 512, so a bound starts there.
 *
 * Tools (`npm run import`, export, token) default to Kuzu's own: an import of a whole network holds its transaction
 * in the pool (1,024 MiB imported the 100,000-person network into an empty directory, and a bigger network needs
 * more). The service (`npm start`, the demo) defaults to KUZU_SERVICE_BUFFER_POOL_MB: it reads the graph once at
 * start (the warm-path network) and then answers from its caches, so Kuzu's own default only kept every page it ever
 * read (at 100,000 people, 1.1-1.6 GiB of the service's RSS beside its ~0.8 GiB of JS heap; see
 * bench/results/service-memory.md). Imports through the service (the importSnapshot mutation) are small (MAX_BODY_BYTES).
 */
export const KUZU_BUFFER_POOL_MB = 0;
export const KUZU_BUFFER_POOL_MIN_MB = 512;
export const KUZU_SERVICE_BUFFER_POOL_MB = 512;

/** Who reads the configuration: the long-running service, or a one-shot tool (only Kuzu's default pool differs). */
export type ConfigRole = 'service' | 'tool';

/** Everything the service reads from its environment, validated once. Defaults are for local use. */
export interface Config {
  port: number;
  engine: EngineName;
  dataDir: string;
  neo4j: { uri: string; user: string; password: string; database?: string };
  adminToken?: string;
  jwt?: { issuer: string; audience: string; publicKey?: string; secret?: string };
  queryTimeoutMs: number;
  /** Records by id each store keeps between requests (each dropped at a change that names it); 0 turns it off. */
  recordCacheSize: number;
  /**
   * KUZU_BUFFER_POOL_MB: the most memory the embedded engine keeps pages of the graph in, in MiB; 0 is Kuzu's own
   * default (80 % of the machine's memory, which a long-running service fills with every page it ever read).
   * Unset: KUZU_SERVICE_BUFFER_POOL_MB for the service, Kuzu's own for tools.
   */
  kuzuBufferPoolMb: number;
  limits: QueryLimits;
  /** Requests per minute per caller (token, JWT subject or admin token); 0 turns the limit off. */
  rateLimitPerMinute: number;
  maxBodyBytes: number;
  /** In production, limit errors do not reveal the limits. */
  production: boolean;
  /**
   * DEMO_AS_OF (YYYY-MM-DD): the day every time-dependent rule takes as "today" (who works where now, recency
   * weights, durations, follow-ups due). Unset: the real UTC day. `npm run demo` pins it to the demo data's last day.
   */
  asOf?: string;
}

/** Document limits checked before execution (GraphQL Armor's defaults, depth widened for Relay connections). */
export interface QueryLimits {
  depth: number;
  aliases: number;
  directives: number;
  tokens: number;
  cost: number;
}

export class ConfigError extends Error {}

/**
 * A setting's value; undefined when it is unset. One set to "" is refused, not taken as unset: an empty setting is a
 * mistake (`PORT= npm start`, a compose file's `${PORT:-}`), and taking it for the default hid it (found by an
 * outsider: an empty PORT served on 4000). `unsetMeans` says what leaving it out gives.
 */
function setting(env: NodeJS.ProcessEnv, name: string, unsetMeans: string): string | undefined {
  const raw = env[name];
  if (raw === '') throw new ConfigError(`${name} is set but empty: give it a value, or unset it (${unsetMeans})`);
  return raw;
}

/**
 * ADMIN_TOKEN: what a Bearer token may carry (RFC 6750 b64token: letters, digits, - . _ ~ + /, and = at the end only)
 * and at least ADMIN_TOKEN_MIN_LENGTH characters. Found by an outsider: a token with a space, or of one character,
 * started the service and then answered every request 401 (the Authorization header cannot carry it, or is refused
 * under 8 characters); one of 8 characters gave full admin rights. `openssl rand -hex 24` gives 48.
 */
export const ADMIN_TOKEN_MIN_LENGTH = 32;
/** The longest bearer token the service reads from an Authorization header (src/auth/authenticate.ts). */
export const BEARER_TOKEN_MAX_LENGTH = 4096;
export const ADMIN_TOKEN_MAX_LENGTH = BEARER_TOKEN_MAX_LENGTH;
const B64TOKEN_CHAR = /[A-Za-z0-9\-._~+/]/;

function adminToken(env: NodeJS.ProcessEnv): string | undefined {
  const raw = setting(env, 'ADMIN_TOKEN', 'no admin token: API tokens, JWTs or the bootstrap token');
  if (raw === undefined) return undefined;
  const allowed = `ADMIN_TOKEN must be ${ADMIN_TOKEN_MIN_LENGTH} to ${ADMIN_TOKEN_MAX_LENGTH} characters of A-Z a-z 0-9 - . _ ~ + / ` +
    '(with = only at the end), what a Bearer token can carry; e.g. ADMIN_TOKEN=$(openssl rand -hex 24)';
  // the token is a secret: the refusal says what is wrong with it, never the token or its characters
  const body = raw.replace(/=+$/, '');
  const bad = [...body].findIndex((c) => !B64TOKEN_CHAR.test(c));
  if (bad >= 0 || body === '') {
    const where = bad >= 0 ? `character ${bad + 1} is not one of those${raw[bad] === ' ' ? ' (a space)' : ''}` : 'it holds only =';
    throw new ConfigError(`${allowed}; ${where}`);
  }
  if (raw.length < ADMIN_TOKEN_MIN_LENGTH) throw new ConfigError(`${allowed}; it has ${raw.length} (too short to keep full admin rights safe)`);
  if (raw.length > ADMIN_TOKEN_MAX_LENGTH) throw new ConfigError(`${allowed}; it has ${raw.length}`);
  return raw;
}

function day(env: NodeJS.ProcessEnv, name: string): string | undefined {
  const raw = setting(env, name, 'the real UTC day');
  if (raw === undefined) return undefined;
  const parsed = /^\d{4}-\d{2}-\d{2}$/.test(raw) ? new Date(`${raw}T00:00:00Z`) : null;
  if (!parsed || Number.isNaN(parsed.getTime()) || parsed.toISOString().slice(0, 10) !== raw) {
    throw new ConfigError(`${name} must be a calendar date YYYY-MM-DD, got "${raw}"`);
  }
  return raw;
}

function int(env: NodeJS.ProcessEnv, name: string, fallback: number, min: number, max: number): number {
  const raw = setting(env, name, `${fallback}; allowed: a whole number from ${min} to ${max}`);
  if (raw === undefined) return fallback;
  // digits only, as KUZU_BUFFER_POOL_MB: Number() took " 5", "1e6" and "0x10", and "-0" passed as 0 (found by outsiders)
  const n = /^-?\d+$/.test(raw) && !/^-0+$/.test(raw) ? Number(raw) : NaN;
  if (!Number.isInteger(n) || n < min || n > max) throw new ConfigError(`${name} must be a whole number from ${min} to ${max}, got "${raw}"`);
  return n;
}

function bufferPool(env: NodeJS.ProcessEnv, role: ConfigRole): number {
  const raw = setting(env, 'KUZU_BUFFER_POOL_MB', `${role === 'service' ? KUZU_SERVICE_BUFFER_POOL_MB : "0, Kuzu's own"}; allowed: 0 or a whole number of MiB from ${KUZU_BUFFER_POOL_MIN_MB}`);
  if (raw === undefined) return role === 'service' ? KUZU_SERVICE_BUFFER_POOL_MB : KUZU_BUFFER_POOL_MB;
  const mb = /^\d+$/.test(raw) ? Number(raw) : NaN;
  if (mb === 0 || (mb >= KUZU_BUFFER_POOL_MIN_MB && mb <= 1_048_576)) return mb;
  throw new ConfigError(`KUZU_BUFFER_POOL_MB must be 0 (Kuzu's own default: 80 % of memory) or a whole number of MiB from ${KUZU_BUFFER_POOL_MIN_MB} to 1048576, got "${raw}"${mb > 0 && mb < KUZU_BUFFER_POOL_MIN_MB ? ' (a smaller pool cannot hold an import)' : ''}`);
}

/**
 * NODE_ENV: "production" turns introspection off and hides the limits' numbers; "development" and "test" do not.
 * Anything else is refused (found by an outsider: `NODE_ENV=prodution` served with introspection on, and an empty
 * NODE_ENV started).
 */
function nodeEnv(env: NodeJS.ProcessEnv): string | undefined {
  const raw = setting(env, 'NODE_ENV', 'development');
  if (raw !== undefined && !['production', 'development', 'test'].includes(raw)) {
    throw new ConfigError(`NODE_ENV must be "production", "development" or "test", got "${raw}" (a misspelt "production" would serve with introspection on)`);
  }
  return raw;
}

function jwtSettings(env: NodeJS.ProcessEnv): Config['jwt'] {
  const jwt = (name: string): string | undefined => setting(env, name, 'no JWTs are accepted without JWT_ISSUER');
  const [issuer, audience, publicKey, secret] = ['JWT_ISSUER', 'JWT_AUDIENCE', 'JWT_PUBLIC_KEY', 'JWT_SECRET'].map(jwt);
  return issuer ? { issuer, audience: audience ?? '', publicKey, secret } : undefined;
}

/** `role`: 'service' for the running service (main.ts, the demo), 'tool' (the default) for CLIs, tests and benchmarks. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env, role: ConfigRole = 'tool'): Config {
  const text = (name: string, unsetMeans: string): string | undefined => setting(env, name, unsetMeans);
  const engine = (text('GRAPH_ENGINE', 'embedded, Kuzu') ?? 'embedded').toLowerCase();
  if (!['embedded', 'kuzu', 'neo4j'].includes(engine)) {
    throw new ConfigError(`GRAPH_ENGINE must be "embedded" (Kuzu, the default) or "neo4j", got "${env.GRAPH_ENGINE}"`);
  }
  const config: Config = {
    port: int(env, 'PORT', 4000, 0, 65535),
    engine: engine === 'neo4j' ? 'neo4j' : 'kuzu',
    dataDir: resolve(text('DATA_DIR', './data') ?? './data'),
    neo4j: {
      uri: text('NEO4J_URI', 'bolt://localhost:7687') ?? 'bolt://localhost:7687',
      user: text('NEO4J_USER', 'neo4j') ?? 'neo4j',
      password: text('NEO4J_PASSWORD', 'no password') ?? '',
      database: text('NEO4J_DATABASE', "the server's default database"),
    },
    adminToken: adminToken(env),
    jwt: jwtSettings(env),
    queryTimeoutMs: int(env, 'QUERY_TIMEOUT_MS', 10000, 0, 3_600_000),
    recordCacheSize: int(env, 'RECORD_CACHE_SIZE', DEFAULT_RECORD_CACHE_SIZE, 0, 10_000_000),
    kuzuBufferPoolMb: bufferPool(env, role),
    limits: {
      depth: int(env, 'MAX_QUERY_DEPTH', 8, 1, 100),
      aliases: int(env, 'MAX_ALIASES', 15, 0, 1000),
      directives: int(env, 'MAX_DIRECTIVES', 50, 0, 1000),
      tokens: int(env, 'MAX_TOKENS', 1000, 10, 100000),
      cost: int(env, 'MAX_COST', 20_000, 1, 10_000_000),
    },
    rateLimitPerMinute: int(env, 'RATE_LIMIT_PER_MINUTE', 1200, 0, 10_000_000),
    maxBodyBytes: int(env, 'MAX_BODY_BYTES', 1_048_576, 1024, 1_073_741_824),
    production: nodeEnv(env) === 'production',
    asOf: day(env, 'DEMO_AS_OF'),
  };
  if (config.jwt && (!config.jwt.audience || (!config.jwt.publicKey && !config.jwt.secret))) {
    throw new ConfigError('JWT_ISSUER needs JWT_AUDIENCE and a key: JWT_PUBLIC_KEY (PEM, RS256/ES256) or JWT_SECRET (HS256)');
  }
  if (config.engine === 'neo4j' && !env.NEO4J_URI) throw new ConfigError('GRAPH_ENGINE=neo4j needs NEO4J_URI (and NEO4J_USER, NEO4J_PASSWORD)');
  return config;
}
