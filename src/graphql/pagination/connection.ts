import { ClassType, Field, Int, ObjectType } from 'type-graphql';
import { Cursor, CursorList, encodeCursor } from './cursor';
import { PageArgs } from './page.args';

/**
 * Relay's PageInfo. Lists page forward only (first/after): a keyset cursor holds the sort key and id of a row, and the
 * next page starts after it, so pages stay stable while rows are written. A frontend goes back by keeping the cursors
 * of the pages it has shown.
 */
@ObjectType({ description: 'Where a page sits in its list. Lists page forward only: pass endCursor as `after` for the next page; to go back, ask again with a cursor you kept' })
export class PageInfo {
  @Field({ description: 'Whether rows follow this page' }) hasNextPage: boolean;
  @Field({ description: 'Whether this page was asked for with `after`, so pages come before it (they did when that cursor was given out); false on the first page' })
  hasPreviousPage: boolean;
  @Field(() => String, { nullable: true, description: 'Cursor of the first row of this page; null when the page is empty' }) startCursor: string | null;
  @Field(() => String, { nullable: true, description: 'Cursor of the last row of this page, the `after` of the next page; null when the page is empty' }) endCursor: string | null;
}

export interface Edge<T> {
  cursor: string;
  node: T;
}

/** A page of results plus what the next page needs; totalCount is resolved only when asked for. */
export interface ConnectionResult<T> {
  edges: Edge<T>[];
  pageInfo: PageInfo;
  /** A getter: the count query runs only when a client selects `totalCount`. */
  readonly totalCount: Promise<number>;
}

/** `XConnection` and `XEdge` object types for a node type (Relay-style, keyset cursors). */
export function Connection<T extends object>(node: ClassType<T>, name: string) {
  @ObjectType(`${name}Edge`, { description: `One ${name} in a page, with its cursor` })
  class EdgeType {
    @Field({ description: 'Opaque keyset cursor of this row: pass it as `after` to get the rows that follow it' }) cursor: string;
    @Field(() => node, { description: `The ${name}` }) node: T;
  }
  @ObjectType(`${name}Connection`, { description: `A page of ${name} rows (Relay connection, forward only)` })
  class ConnectionType {
    @Field(() => [EdgeType], { description: 'The rows of this page, in list order' }) edges: EdgeType[];
    @Field(() => PageInfo, { description: 'Whether more rows follow, and the cursors to ask for them' }) pageInfo: PageInfo;
    @Field(() => Int, { description: 'How many match the filters (one extra query, run only when asked for).' })
    totalCount: number;
  }
  return ConnectionType;
}

/** Builds a connection from `first + 1` fetched rows: the extra row only tells that a next page exists. */
export function toConnection<T>(
  list: CursorList, rows: T[], page: PageArgs, cursorOf: (t: T) => Cursor, totalCount: () => Promise<number>,
): ConnectionResult<T> {
  const edges = rows.slice(0, page.first).map((node) => ({ node, cursor: encodeCursor(list, cursorOf(node)) }));
  return {
    edges,
    pageInfo: {
      hasNextPage: rows.length > page.first,
      hasPreviousPage: page.after != null,
      startCursor: edges.length ? edges[0].cursor : null,
      endCursor: edges.length ? edges[edges.length - 1].cursor : null,
    },
    get totalCount() {
      return totalCount();
    },
  };
}
