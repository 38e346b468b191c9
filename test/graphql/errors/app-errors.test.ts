import { GraphQLError } from 'graphql';
import { Conflict, Forbidden, InvalidInput, NotFound } from '@/app/errors';
import { formatError } from '@/graphql/errors/format-error';
import { httpStatusOf } from '@/graphql/errors/http-status';
import { StoreTimeoutError } from '@/store/store-errors';
import { translateKuzuError } from '@/store/kuzu/kuzu-store';
import { translateNeo4jError } from '@/store/neo4j/neo4j-store';
import { Neo4jError } from 'neo4j-driver';

/** A use case's error as Apollo hands it to formatError: wrapped in the GraphQLError of its resolver. */
function format(error: Error) {
  const logged: unknown[] = [];
  const wrapped = new GraphQLError(error.message, { path: ['q'], originalError: error });
  const out = formatError((e) => logged.push(e))({ message: wrapped.message, path: ['q'], extensions: { code: 'INTERNAL_SERVER_ERROR' } }, wrapped);
  return { out, logged };
}

describe('use-case errors become GraphQL errors in one place', () => {
  it('InvalidInput is BAD_USER_INPUT with its fields, status 400, not logged', () => {
    const { out, logged } = format(InvalidInput.field('input.name', 'must not be empty'));
    expect(out.extensions).toEqual({ code: 'BAD_USER_INPUT', fields: [{ field: 'input.name', reason: 'must not be empty' }] });
    expect(out.message).toBe('Invalid input.name: must not be empty');
    expect(httpStatusOf(out.extensions?.code)).toBe(400);
    expect(logged).toEqual([]);
  });

  it('NotFound names what and the id, cut when huge', () => {
    const { out } = format(new NotFound('Company', 'x'.repeat(500)));
    expect(out.extensions?.code).toBe('NOT_FOUND');
    expect(out.extensions?.what).toBe('Company');
    expect(String(out.extensions?.id).length).toBe(101);
    expect(out.message.length).toBeLessThan(150);
  });

  it('Forbidden is 403 with the field; Conflict is 409 with its details', () => {
    expect(format(new Forbidden('Managers write only their portfolio', 'createDeal')).out.extensions).toEqual({ code: 'FORBIDDEN', field: 'createDeal' });
    const conflict = format(new Conflict('Company c1 exists', { id: 'c1' })).out;
    expect(conflict.extensions).toEqual({ code: 'CONFLICT', id: 'c1' });
    expect(httpStatusOf('FORBIDDEN')).toBe(403);
    expect(httpStatusOf('CONFLICT')).toBe(409);
  });

  it('a store timeout is a 500 that says which limit stopped it and what to change (found by a new user on Neo4j)', () => {
    const logged: unknown[] = [];
    const error = new StoreTimeoutError('The query took longer than the configured limit', new Error('Neo.ClientError.Transaction.TransactionTimedOut'));
    const wrapped = new GraphQLError(error.message, { path: ['relationshipRisks'], originalError: error });
    const out = formatError((e) => logged.push(e), { queryTimeoutMs: 10_000 })({ message: wrapped.message, path: ['relationshipRisks'], extensions: { code: 'INTERNAL_SERVER_ERROR' } }, wrapped);
    expect(out.extensions).toEqual({ code: 'INTERNAL_SERVER_ERROR', reason: 'TIMEOUT', timeoutMs: 10_000 });
    expect(out.message).toContain('10,000 ms (QUERY_TIMEOUT_MS)');
    expect(out.message).toContain('raise QUERY_TIMEOUT_MS');
    expect(out.message).not.toContain('Neo');
    expect(logged).toHaveLength(1);
  });

  it('a full Kuzu buffer pool is a 500 that names the setting and says nothing was kept (found by an outsider: importSnapshot said only "Internal server error")', () => {
    const logged: unknown[] = [];
    const error = translateKuzuError(new Error('Buffer manager exception: Unable to allocate memory! The buffer pool is full and no memory could be freed!'));
    const wrapped = new GraphQLError(error.message, { path: ['importSnapshot'], originalError: error });
    const out = formatError((e) => logged.push(e))({ message: wrapped.message, path: ['importSnapshot'], extensions: { code: 'INTERNAL_SERVER_ERROR' } }, wrapped);
    expect(out.extensions).toEqual({ code: 'INTERNAL_SERVER_ERROR', reason: 'MEMORY', setting: 'KUZU_BUFFER_POOL_MB' });
    expect(out.message).toContain('(KUZU_BUFFER_POOL_MB) and was stopped; nothing it wrote was kept');
    expect(out.message).not.toContain('Buffer manager');
    expect(logged).toHaveLength(1);
  });

  it("Neo4j's transaction memory limit is told the same way, naming the server's setting", () => {
    const error = translateNeo4jError(new Neo4jError('The allocation of an extra 2.0 MiB would use more than the limit 4.0 GiB.', 'Neo.TransientError.General.MemoryPoolOutOfMemoryError', '50N42', 'error: memory'));
    const wrapped = new GraphQLError(error.message, { path: ['importSnapshot'], originalError: error });
    const out = formatError(() => undefined)({ message: wrapped.message, path: ['importSnapshot'], extensions: { code: 'INTERNAL_SERVER_ERROR' } }, wrapped);
    expect(out.extensions).toEqual({ code: 'INTERNAL_SERVER_ERROR', reason: 'MEMORY', setting: 'dbms.memory.transaction.total.max' });
    expect(out.message).not.toContain('2.0 MiB');
  });

  it('any other error is still masked and logged', () => {
    const { out, logged } = format(new Error('secret internals'));
    expect(out).toMatchObject({ message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } });
    expect(logged).toHaveLength(1);
  });
});
