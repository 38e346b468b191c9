import { resolve } from 'node:path';
import { EngineName } from '@/store/cypher/query-library';

/** Everything the service reads from its environment, validated once. Defaults are for local use. */
export interface Config {
  port: number;
  engine: EngineName;
  dataDir: string;
  neo4j: { uri: string; user: string; password: string; database?: string };
  adminToken?: string;
  queryTimeoutMs: number;
}

export class ConfigError extends Error {}

function int(env: NodeJS.ProcessEnv, name: string, fallback: number, min: number, max: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < min || n > max) throw new ConfigError(`${name} must be a whole number from ${min} to ${max}, got "${raw}"`);
  return n;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const engine = (env.GRAPH_ENGINE ?? 'embedded').toLowerCase();
  if (!['embedded', 'kuzu', 'neo4j'].includes(engine)) {
    throw new ConfigError(`GRAPH_ENGINE must be "embedded" (Kuzu, the default) or "neo4j", got "${env.GRAPH_ENGINE}"`);
  }
  const config: Config = {
    port: int(env, 'PORT', 4000, 0, 65535),
    engine: engine === 'neo4j' ? 'neo4j' : 'kuzu',
    dataDir: resolve(env.DATA_DIR ?? './data'),
    neo4j: {
      uri: env.NEO4J_URI ?? 'bolt://localhost:7687',
      user: env.NEO4J_USER ?? 'neo4j',
      password: env.NEO4J_PASSWORD ?? '',
      database: env.NEO4J_DATABASE || undefined,
    },
    adminToken: env.ADMIN_TOKEN || undefined,
    queryTimeoutMs: int(env, 'QUERY_TIMEOUT_MS', 10000, 0, 3_600_000),
  };
  if (config.engine === 'neo4j' && !env.NEO4J_URI) throw new ConfigError('GRAPH_ENGINE=neo4j needs NEO4J_URI (and NEO4J_USER, NEO4J_PASSWORD)');
  return config;
}
