import { type HandoverPorts } from '@/app/handover/ports';
import { type RequestContext } from '@/graphql/context';
import { inTransaction } from '@/graphql/shared/write';

/** The handover use cases' ports over this request: its store, and its transaction (decided again, audited). */
export function handoverPorts(ctx: RequestContext): HandoverPorts {
  return { store: ctx.store, read: ctx.store.read, transaction: (work) => inTransaction(ctx, work) };
}
