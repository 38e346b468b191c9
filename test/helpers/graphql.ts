import 'reflect-metadata';
import { ApolloServer } from '@apollo/server';
import { Config, loadConfig } from '@/config';
import { GraphStore } from '@/store/graph-store';
import { RequestContext, createContext } from '@/graphql/context';
import { createApollo } from '@/server';

export interface GqlResult<T = Record<string, any>> {
  data?: T | null;
  errors?: { message: string; path?: readonly (string | number)[]; extensions?: Record<string, any> }[];
}

/** Runs operations in process through the real Apollo server (formatError, validation, loaders per call). */
export class TestApi {
  private constructor(
    private readonly apollo: ApolloServer<RequestContext>,
    readonly store: GraphStore,
    private readonly config: Config,
  ) {}

  static async create(store: GraphStore): Promise<TestApi> {
    return new TestApi(await createApollo(), store, loadConfig({ DATA_DIR: '/unused' }));
  }

  async run<T = Record<string, any>>(query: string, variables: Record<string, unknown> = {}): Promise<GqlResult<T>> {
    const response = await this.apollo.executeOperation(
      { query, variables },
      { contextValue: createContext(this.store, this.config) },
    );
    if (response.body.kind !== 'single') throw new Error('incremental delivery is not used here');
    return response.body.singleResult as GqlResult<T>;
  }

  /** Runs and fails the test on any GraphQL error. */
  async ok<T = Record<string, any>>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
    const result = await this.run<T>(query, variables);
    if (result.errors?.length) throw new Error(`GraphQL errors: ${JSON.stringify(result.errors, null, 1)}`);
    return result.data as T;
  }

  async stop(): Promise<void> {
    await this.apollo.stop();
  }
}
