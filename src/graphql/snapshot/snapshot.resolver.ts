import { Arg, Ctx, Field, Int, Mutation, ObjectType, Resolver } from 'type-graphql';
import { GraphQLJSONObject } from 'graphql-scalars';
import { RequestContext } from '@/graphql/context';
import { clearLoaders } from '@/graphql/loaders';
import { auditEntry } from '@/graphql/shared/write';
import { importSnapshot } from './snapshot.service';

@ObjectType()
export class ListCount {
  @Field() list: string;
  @Field(() => Int) count: number;
}

@ObjectType()
export class ImportReport {
  @Field(() => [ListCount], { description: 'Records read per list' }) counts: ListCount[];
  @Field(() => Int) total: number;
  @Field(() => Int) durationMs: number;
}

@Resolver()
export class SnapshotResolver {
  @Mutation(() => ImportReport, {
    description: 'Imports a snapshot (same rules as `npm run import`): all or nothing; every bad record is listed in extensions.records',
  })
  // the snapshot's own validation (snapshot.validate.ts) lists every bad record; class-validator has no rules for a
  // JSON object and, given an inline literal (an object without prototype), failed with an internal error
  async importSnapshot(@Arg('snapshot', () => GraphQLJSONObject, { validate: false }) snapshot: Record<string, unknown>, @Ctx() ctx: RequestContext) {
    try {
      const result = await importSnapshot(ctx.store, snapshot);
      await ctx.store.write((ops) => ops.appendAudit(auditEntry(ctx, 'importSnapshot', [`${result.total} records`])));
      return result;
    } finally {
      clearLoaders(ctx.loaders);
    }
  }
}
