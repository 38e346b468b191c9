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
  async importSnapshot(@Arg('snapshot', () => GraphQLJSONObject) snapshot: Record<string, unknown>, @Ctx() ctx: RequestContext) {
    try {
      const result = await importSnapshot(ctx.store, snapshot);
      await ctx.store.write((ops) => ops.appendAudit(auditEntry(ctx, 'importSnapshot', [`${result.total} records`])));
      return result;
    } finally {
      clearLoaders(ctx.loaders);
    }
  }
}
