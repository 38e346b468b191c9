import DataLoader from 'dataloader';
import { type GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, FieldResolver, Float, Info, Int, Query, Resolver, Root, UseMiddleware } from 'type-graphql';
import { PersonKind } from '@/domain/shared/enums';
import { selectsOnly } from '@/graphql/shared/selects-field';
import { RoundedScore } from '@/graphql/shared/score-field';
import { Company } from '@/domain/company/company';
import { KeyPersonScore } from '@/domain/key-persons/key-persons';
import { Rep, isRep } from '@/domain/person/person';
import { RequestContext } from '@/graphql/context';
import { InvalidInput } from '@/app/errors';
import { KeyPersonView, findKeyPersons, toKeyPersonView } from '@/app/key-persons/find-key-persons';
import { keyPersonRankings } from '@/app/key-persons/key-person-rankings';
import { readRequestOf } from '@/graphql/loaders-lookup';
import { CompanyType } from '@/graphql/company/company.type';
import { RepType } from '@/graphql/rep/rep.type';
import { KeyPersonsArgs, MAX_INSIGHT_LIMIT } from './key-persons.args';
import { KeyPersonSignalsType, KeyPersonType } from './key-persons.type';

/** What the KeyPerson type resolves from: one ranked score. */
export type { KeyPersonView };

/** A key person as far as the ranking knows them: enough for `rep { id name __typename }`. */
interface LightRep {
  id: string;
  name: string;
  kind: PersonKind.REP;
}
const LIGHT_FIELDS: ReadonlySet<string> = new Set(['id', 'name']);

/** One loader per request: Company.keyPersons on a page of companies reads them all in one batch. */
const loaders = new WeakMap<RequestContext, DataLoader<string, KeyPersonScore[]>>();
export function rankingLoader(ctx: RequestContext): DataLoader<string, KeyPersonScore[]> {
  let loader = loaders.get(ctx);
  if (!loader) {
    loader = new DataLoader(async (ids: readonly string[]) => {
      const rankings = await keyPersonRankings(ctx.store, ids, ctx.today);
      return ids.map((id) => rankings.get(id) ?? []);
    }, { maxBatchSize: 100 });
    loaders.set(ctx, loader);
  }
  return loader;
}


@Resolver(() => KeyPersonType)
export class KeyPersonResolver {
  @Query(() => [KeyPersonType], { description: 'Who matters most inside a company, with the reasons, most important first' })
  async keyPersons(@Args() { companyId, limit }: KeyPersonsArgs, @Ctx() ctx: RequestContext): Promise<KeyPersonView[]> {
    return findKeyPersons(readRequestOf(ctx), { companyId, limit }, (id) => rankingLoader(ctx).load(id));
  }

  @FieldResolver(() => RepType, { description: 'The person' })
  async rep(@Root() v: KeyPersonView, @Ctx() ctx: RequestContext, @Info() info: GraphQLResolveInfo): Promise<Rep | LightRep> {
    // the ranking holds their id and name, as of the same graph version as the record (a change to the person drops
    // the ranking): `rep { id name }` needs no read; any other field reads the record (batched across the answer)
    if (selectsOnly(info, LIGHT_FIELDS)) return { id: v.score.personId, name: v.score.name, kind: PersonKind.REP };
    const p = await ctx.loaders.person.load(v.score.personId);
    if (!p || !isRep(p)) throw new Error(`key person ${v.score.personId} is not a rep`);
    return p;
  }

  @FieldResolver(() => Float, { description: 'Σ weight × signal, 0 to 1; higher matters more' }) @UseMiddleware(RoundedScore) score(@Root() v: KeyPersonView): number { return v.score.score; }
  @FieldResolver(() => [String], { description: 'Short sentences naming the signals that raised the score, strongest first' }) reasons(@Root() v: KeyPersonView): string[] { return v.score.reasons; }
  @FieldResolver(() => KeyPersonSignalsType, { description: 'The signals the score is made of' }) signals(@Root() v: KeyPersonView) { return v.score.signals; }
  @FieldResolver(() => Int, { description: 'Position in the company ranking, from 1' }) rank(@Root() v: KeyPersonView): number { return v.rank; }
  @FieldResolver(() => String, { nullable: true, description: 'Current title at the company; null when not recorded' }) title(@Root() v: KeyPersonView): string | null { return v.score.facts.title; }
  @FieldResolver(() => String, { nullable: true, description: 'Current department at the company; null when not recorded' }) department(@Root() v: KeyPersonView): string | null { return v.score.facts.department; }
}

@Resolver(() => CompanyType)
export class CompanyKeyPersonsResolver {
  @FieldResolver(() => [KeyPersonType], { description: 'Who matters most here (same as the keyPersons query)' })
  async keyPersons(
    @Root() c: Company,
    @Ctx() ctx: RequestContext,
    @Arg('limit', () => Int, { nullable: true, defaultValue: 5, description: `1 to ${MAX_INSIGHT_LIMIT}` }) limit: number | null,
  ): Promise<KeyPersonView[]> {
    const n = limit ?? 5;
    if (!Number.isInteger(n) || n < 1 || n > MAX_INSIGHT_LIMIT) throw InvalidInput.field('limit', `must be 1 to ${MAX_INSIGHT_LIMIT}`);
    // A list of companies: reps come from the batched person loader (one read for the whole page).
    return toKeyPersonView(c.id, await rankingLoader(ctx).load(c.id), n);
  }
}
