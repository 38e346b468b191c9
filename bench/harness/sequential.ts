import { type GraphQLRequest, type Subject, graphql } from './load';

/** Times one request at a time (a single client): the latencies in ms, in the order of `requests`. */
export async function sequential(subject: Pick<Subject, 'url' | 'headers'>, requests: GraphQLRequest[]): Promise<number[]> {
  const out: number[] = [];
  for (const r of requests) {
    const t = performance.now();
    await graphql(subject, r);
    out.push(performance.now() - t);
  }
  return out;
}

/** Milliseconds as results show them: one decimal. */
export const ms = (x: number): number => Math.round(x * 10) / 10;
