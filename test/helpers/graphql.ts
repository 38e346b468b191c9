import 'reflect-metadata';
import { type ApolloServer } from '@apollo/server';
import { type Config, loadConfig } from '@/config';
import { type Actor, Role } from '@/domain/auth/actor';
import { type GraphStore } from '@/store/graph-store';
import { type RequestContext, createContext } from '@/graphql/context';
import { type OpenedStore, openTestStore } from './engines';
import { createApollo } from '@/server';

export interface GqlResult<T = Record<string, any>> {
  data?: T | null;
  errors?: { message: string; path?: readonly (string | number)[]; extensions?: Record<string, any> }[];
}

export const ADMIN: Actor = { id: 'test-admin', role: Role.ADMIN, managerId: null };
export const ANALYST: Actor = { id: 'test-analyst', role: Role.ANALYST, managerId: null };
export const managerActor = (managerId: string): Actor => ({ id: `test-manager-${managerId}`, role: Role.MANAGER, managerId });

/** Runs operations in process through the real Apollo server (formatError, validation, loaders per call). */
export class TestApi {
  private constructor(
    private readonly apollo: ApolloServer<RequestContext>,
    readonly store: GraphStore,
    private readonly config: Config,
  ) {}

  /** `env` adds settings (e.g. DEMO_AS_OF) to the defaults. */
  static async create(store: GraphStore, env: NodeJS.ProcessEnv = {}): Promise<TestApi> {
    const config = loadConfig({ DATA_DIR: '/unused', ...env });
    return new TestApi(await createApollo(config), store, config);
  }

  /** Runs as `actor` (an admin by default); `operationName` picks one operation of several in `query`. */
  async run<T = Record<string, any>>(query: string, variables: Record<string, unknown> = {}, actor: Actor = ADMIN, operationName?: string): Promise<GqlResult<T>> {
    const response = await this.apollo.executeOperation(
      { query, variables, operationName },
      { contextValue: createContext(this.store, this.config, actor) },
    );
    if (response.body.kind !== 'single') throw new Error('incremental delivery is not used here');
    return response.body.singleResult as GqlResult<T>;
  }

  /** Runs and fails the test on any GraphQL error. */
  async ok<T = Record<string, any>>(query: string, variables: Record<string, unknown> = {}, actor: Actor = ADMIN): Promise<T> {
    const result = await this.run<T>(query, variables, actor);
    if (result.errors?.length) throw new Error(`GraphQL errors: ${JSON.stringify(result.errors, null, 1)}`);
    return result.data as T;
  }

  async stop(): Promise<void> {
    await this.apollo.stop();
  }
}

const IMPORT = 'mutation($s: JSONObject!) { importSnapshot(snapshot: $s) { total } }';

export interface ApiFixture {
  readonly api: TestApi;
  readonly store: GraphStore;
}

/**
 * For a describe block (or a file): a fresh embedded store and API before its tests, loaded with `snapshot()`
 * when given, and closed after them. Read `fx.api` / `fx.store` inside tests.
 */
export function useApi(snapshot?: () => Record<string, unknown>): ApiFixture {
  let opened: OpenedStore;
  let api: TestApi;
  beforeAll(async () => {
    opened = await openTestStore('kuzu');
    api = await TestApi.create(opened.store);
    if (snapshot) await api.ok(IMPORT, { s: snapshot() });
  });
  afterAll(async () => {
    await api?.stop();
    await opened?.close();
  });
  return {
    get api() {
      return api;
    },
    get store() {
      return opened.store;
    },
  };
}
