/**
 * docker-compose.yml cannot be run here (no Docker engine), so it is checked against the code: it parses, its images
 * are pinned to what the code is tested with, every variable it gives the service is one loadConfig reads and accepts,
 * and the healthcheck command, run as written, tells a ready service from one with an unfinished import.
 */
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { parseDocument } from 'yaml';
import { loadConfig } from '@/config';
import { startServer } from '@/server';
import { IMPORT_RUN_KEY, startRun } from '@/store/import-run';
import { openTestStore } from '../helpers/engines';

const ROOT = join(__dirname, '../..');
const read = (file: string): string => readFileSync(join(ROOT, file), 'utf8');

interface Service {
  image?: string;
  build?: string;
  environment?: Record<string, string>;
  ports?: string[];
  expose?: string[];
  volumes?: string[];
  depends_on?: Record<string, { condition: string }>;
  deploy?: { replicas?: number };
  healthcheck?: { test: string[] };
}

const doc = parseDocument(read('docker-compose.yml'));
const compose = doc.toJS() as { services: Record<string, Service>; volumes: Record<string, unknown> };
const { neo4j, tsunagu, proxy } = compose.services;

/** `${NAME:-default}` as compose substitutes it with NAME unset. */
const substituted = (v: string): string => v.replace(/\$\{\w+:-([^}]*)\}/g, '$1');

describe('docker-compose.yml', () => {
  it('parses as YAML without errors or warnings, with the three services', () => {
    expect(doc.errors).toEqual([]);
    expect(doc.warnings).toEqual([]);
    expect(Object.keys(compose.services).sort()).toEqual(['neo4j', 'proxy', 'tsunagu']);
  });

  it('pins Neo4j to the release line the test server runs, and the proxy to a release', () => {
    const tested = /<neo4j\.version>(\d+\.\d+)\.\d+<\/neo4j\.version>/.exec(read('test/neo4j-server/pom.xml'))![1];
    expect(neo4j.image).toBe(`neo4j:${tested}-community`);
    // `server … resolve` in an upstream needs nginx 1.27.3 or later
    const [major, minor] = /^nginx:(\d+)\.(\d+)-alpine$/.exec(proxy.image!)!.slice(1).map(Number);
    expect(major * 1000 + minor).toBeGreaterThanOrEqual(1028);
    expect(read('Dockerfile')).toMatch(/^FROM node:20-/m); // the Node the service is tested on
  });

  it('runs two replicas of the service on Neo4j, behind the proxy, with only the proxy on the service port', () => {
    expect(tsunagu.build).toBe('.');
    expect(tsunagu.deploy?.replicas).toBe(2);
    expect(tsunagu.ports).toBeUndefined(); // replicas cannot share a published host port
    expect(tsunagu.depends_on).toEqual({ neo4j: { condition: 'service_healthy' } });
    expect(proxy.depends_on).toEqual({ tsunagu: { condition: 'service_healthy' } });
    const port = tsunagu.environment!.PORT;
    expect(tsunagu.expose).toEqual([port]);
    expect(proxy.ports).toEqual([`${port}:${port}`]);
    const [mount, target] = proxy.volumes![0].split(':');
    expect(target).toBe('/etc/nginx/nginx.conf');
    const nginx = read(mount);
    expect(nginx).toContain(`server tsunagu:${port} resolve`);
    expect(nginx).toContain(`listen ${port};`);
    expect(nginx).toContain('proxy_pass http://tsunagu;');
    expect(Object.keys(compose.volumes)).toEqual(neo4j.volumes!.map((v) => v.split(':')[0]));
  });

  it('gives the service only variables loadConfig reads, and loadConfig accepts them as Neo4j on the proxied port', () => {
    const configSource = read('src/config.ts');
    for (const name of Object.keys(tsunagu.environment!)) expect([name, configSource.includes(`env.${name}`) || configSource.includes(`'${name}'`)]).toEqual([name, true]);
    // a variable with no value is passed on from the shell only when set there (ADMIN_TOKEN: an empty one is refused)
    const given = Object.entries(tsunagu.environment!).filter(([, v]) => v !== null);
    expect(Object.keys(tsunagu.environment!).filter((k) => !given.some(([g]) => g === k))).toEqual(['ADMIN_TOKEN']);
    const env = Object.fromEntries(given.map(([k, v]) => [k, substituted(String(v))]));
    for (const [name, value] of Object.entries(env)) expect([name, value]).not.toEqual([name, '']); // compose would set it empty
    const config = loadConfig(env);
    expect(config.adminToken).toBeUndefined();
    expect(loadConfig({ ...env, ADMIN_TOKEN: 'a'.repeat(48) }).adminToken).toBe('a'.repeat(48));
    expect(config).toMatchObject({ engine: 'neo4j', port: 4000, production: true, neo4j: { uri: 'bolt://neo4j:7687', user: 'neo4j' } });
    expect(config.neo4j.password).toBe(substituted(neo4j.environment!.NEO4J_AUTH).replace(/^neo4j\//, ''));
    expect(new URL(config.neo4j.uri).hostname).toBe('neo4j'); // the Neo4j service's name
    expect(JSON.parse(read('package.json')).scripts.start).toBeDefined(); // the image's CMD: npm start
    expect(read('Dockerfile')).toMatch(/^CMD \["npm", "start"\]$/m);
  });

  it('has a healthcheck on /ready that passes on a ready service and fails while an import is unfinished', async () => {
    const [kind, node, flag, script] = tsunagu.healthcheck!.test;
    expect([kind, node, flag]).toEqual(['CMD', 'node', '-e']);
    expect(proxy.healthcheck!.test).toEqual(['CMD', 'wget', '-q', '-O', '/dev/null', `http://127.0.0.1:${tsunagu.environment!.PORT}/ready`]);
    const opened = await openTestStore('kuzu');
    const server = await startServer(loadConfig({ DATA_DIR: '/unused', PORT: '0', ADMIN_TOKEN: 'test-admin-token-0123456789abcdefghij' }), opened.store);
    const check = async (): Promise<number> => {
      try {
        await promisify(execFile)(process.execPath, [flag, script], { env: { ...process.env, PORT: new URL(server.url).port } });
        return 0;
      } catch (e) {
        return (e as { code: number }).code;
      }
    };
    try {
      expect(await check()).toBe(0);
      await opened.store.write((ops) => ops.setMeta(IMPORT_RUN_KEY, JSON.stringify(startRun('unfinished'))));
      expect(await check()).toBe(1);
    } finally {
      await server.stop();
      await opened.close();
    }
  });
});
