import { Arg, Ctx, Field, Int, Mutation, ObjectType, Resolver } from 'type-graphql';
import { GraphQLJSONObject } from 'graphql-scalars';
import { RequestContext } from '@/graphql/context';
import { clearLoaders } from '@/graphql/loaders';
import { auditEntry } from '@/graphql/shared/write';
import { importSnapshot } from '@/app/snapshot/import-snapshot';
import { SNAPSHOT_RECORD_RULES } from './record-rules';

@ObjectType({ description: 'How many records one snapshot list held' })
export class ListCount {
  @Field({ description: 'The list, e.g. companies' }) list: string;
  @Field(() => Int, { description: 'Records in it' }) count: number;
}

@ObjectType({ description: 'What an import read and wrote' })
export class ImportReport {
  @Field(() => [ListCount], { description: 'Records read per list' }) counts: ListCount[];
  @Field(() => Int, { description: 'Records in all lists' }) total: number;
  @Field(() => Int, { description: 'How long the import took, in milliseconds' }) durationMs: number;
}

@Resolver()
export class SnapshotResolver {
  @Mutation(() => ImportReport, {
    description: 'Imports a snapshot (same rules as `npm run import`): all or nothing; every bad record is listed in extensions.records',
  })
  // the snapshot's own validation (src/app/snapshot/validate-snapshot.ts) lists every bad record; class-validator has no rules for a
  // JSON object and, given an inline literal (an object without prototype), failed with an internal error
  async importSnapshot(@Arg('snapshot', () => GraphQLJSONObject, { validate: false, description: 'A snapshot object (docs/ describes the format): lists of companies, contracts, managers, reps, employments, portfolio, relationships, reportsTo, introductions, interactions, deals' }) snapshot: Record<string, unknown>, @Ctx() ctx: RequestContext) {
    try {
      const result = await importSnapshot(ctx.store, snapshot, SNAPSHOT_RECORD_RULES);
      await ctx.store.write((ops) => ops.appendAudit(auditEntry(ctx, 'importSnapshot', [`${result.total} records`])));
      return result;
    } finally {
      clearLoaders(ctx.loaders);
    }
  }
}
