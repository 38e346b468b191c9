import { ClassType, Field, Int, ObjectType } from 'type-graphql';
import { Cursor, CursorList, encodeCursor } from './cursor';

@ObjectType()
export class PageInfo {
  @Field() hasNextPage: boolean;
  @Field(() => String, { nullable: true }) endCursor: string | null;
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
  @ObjectType(`${name}Edge`)
  class EdgeType {
    @Field() cursor: string;
    @Field(() => node) node: T;
  }
  @ObjectType(`${name}Connection`)
  class ConnectionType {
    @Field(() => [EdgeType]) edges: EdgeType[];
    @Field(() => PageInfo) pageInfo: PageInfo;
    @Field(() => Int, { description: 'How many match the filters (one extra query, run only when asked for).' })
    totalCount: number;
  }
  return ConnectionType;
}

/** Builds a connection from `limit + 1` fetched rows: the extra row only tells that a next page exists. */
export function toConnection<T>(
  list: CursorList, rows: T[], limit: number, cursorOf: (t: T) => Cursor, totalCount: () => Promise<number>,
): ConnectionResult<T> {
  const page = rows.slice(0, limit);
  const edges = page.map((node) => ({ node, cursor: encodeCursor(list, cursorOf(node)) }));
  return {
    edges,
    pageInfo: { hasNextPage: rows.length > limit, endCursor: edges.length ? edges[edges.length - 1].cursor : null },
    get totalCount() {
      return totalCount();
    },
  };
}
