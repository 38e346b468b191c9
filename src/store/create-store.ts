import { type Config } from '@/config';
import { type GraphStore } from './graph-store';
import { KuzuStore } from './kuzu/kuzu-store';
import { Neo4jStore } from './neo4j/neo4j-store';

/** Opens the configured engine and brings its schema up to date. */
export function createStore(config: Pick<Config, 'engine' | 'dataDir' | 'neo4j' | 'queryTimeoutMs' | 'recordCacheSize'> & Partial<Pick<Config, 'kuzuBufferPoolMb'>>): Promise<GraphStore> {
  return config.engine === 'neo4j'
    ? Neo4jStore.open({ ...config.neo4j, queryTimeoutMs: config.queryTimeoutMs, recordCacheSize: config.recordCacheSize })
    : KuzuStore.open({ dataDir: config.dataDir, queryTimeoutMs: config.queryTimeoutMs, recordCacheSize: config.recordCacheSize, bufferPoolMb: config.kuzuBufferPoolMb });
}
