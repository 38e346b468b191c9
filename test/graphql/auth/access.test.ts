import {
  type GraphQLField, type GraphQLInputType, getNamedType, getNullableType, isEnumType, isInputObjectType, isListType, isNonNullType, isScalarType,
} from 'graphql';
import { type Actor } from '@/domain/auth/actor';
import { getSchema } from '@/graphql/schema';
import { exportSnapshot } from '@/store/snapshot-export';
import { ADMIN, ANALYST, useApi, managerActor } from '../../helpers/graphql';
import { sampleSnapshot } from '../../helpers/sample-snapshot';

const fx = useApi(sampleSnapshot);
const M1 = managerActor('m1'); // owns c1, not c2

/** A value of the type, valid enough to get past GraphQL validation, whose ids and strings are all `id`. */
function sample(type: GraphQLInputType, id: string): unknown {
  if (isNonNullType(type)) return sample(type.ofType, id);
  if (isListType(type)) return [sample(type.ofType, id)];
  if (isEnumType(type)) return type.getValues()[0].name;
  if (isInputObjectType(type)) {
    const fields = Object.values(type.getFields()).filter((f) => isNonNullType(f.type) && f.defaultValue === undefined);
    return Object.fromEntries(fields.map((f) => [f.name, sample(f.type, id)]));
  }
  const named = getNamedType(type);
  if (isScalarType(named)) {
    if (named.name === 'Int') return 1;
    if (named.name === 'Float') return 0.5;
    if (named.name === 'Boolean') return true;
    if (named.name === 'JSONObject') return {};
  }
  return id;
}

/** `value` as a GraphQL literal of `type`. */
function literal(type: GraphQLInputType, value: unknown): string {
  if (isNonNullType(type)) return literal(type.ofType, value);
  if (isListType(type)) return `[${(value as unknown[]).map((v) => literal(type.ofType, v)).join(', ')}]`;
  if (isEnumType(type)) return String(value);
  if (isInputObjectType(type)) {
    const fields = type.getFields();
    return `{ ${Object.entries(value as object).map(([k, v]) => `${k}: ${literal(fields[k].type, v)}`).join(', ')} }`;
  }
  return getNamedType(type).name === 'JSONObject' ? '{}' : JSON.stringify(value);
}

interface Form {
  form: string;
  query: string;
  variables: Record<string, unknown>;
  operationName?: string;
}

/** One root field with its required arguments (ids `id`), in every form the field can be asked for. */
function forms(field: GraphQLField<unknown, unknown>, id: string): Form[] {
  const args = field.args.filter((a) => isNonNullType(a.type));
  const values = Object.fromEntries(args.map((a) => [a.name, sample(a.type, id)]));
  const named = getNamedType(field.type);
  const sel = isScalarType(named) || isEnumType(named) ? '' : ' { __typename }';
  const inline = `${field.name}${args.length ? `(${args.map((a) => `${a.name}: ${literal(a.type, values[a.name])}`).join(', ')})` : ''}${sel}`;
  const byVariable = `${field.name}${args.length ? `(${args.map((a) => `${a.name}: $${a.name}`).join(', ')})` : ''}${sel}`;
  const declare = (withDefaults: boolean) => (args.length
    ? `(${args.map((a) => (withDefaults
      ? `$${a.name}: ${getNullableType(a.type)} = ${literal(a.type, values[a.name])}`
      : `$${a.name}: ${a.type}`)).join(', ')})`
    : '');
  return [
    { form: 'inline literals', query: `mutation { ${inline} }`, variables: {} },
    { form: 'variables', query: `mutation${declare(false)} { ${byVariable} }`, variables: values },
    { form: 'variables with defaults', query: `mutation${declare(true)} { ${byVariable} }`, variables: {} },
    { form: 'fragment on Mutation', query: `mutation { ...Change } fragment Change on Mutation { ${inline} }`, variables: {} },
    { form: 'inline fragment with @include', query: `mutation($yes: Boolean = true) { ... @include(if: $yes) { ${inline} } }`, variables: {} },
    { form: 'alias', query: `mutation { harmless: ${inline} }`, variables: {} },
    {
      form: 'operationName among several',
      query: `query Look { __typename } mutation Other { __typename } mutation Chosen { ${inline} }`,
      variables: {},
      operationName: 'Chosen',
    },
    {
      form: 'after a field the manager may run',
      query: `mutation { mine: updateCompany(id: "c1", input: { strengths: "written first" }) { id } ${inline} }`,
      variables: {},
    },
  ];
}

async function everyMutation(): Promise<GraphQLField<unknown, unknown>[]> {
  return Object.values((await getSchema()).getMutationType()!.getFields());
}

/** Everything a write could change: the graph (as exported), the tokens and the audit log. */
async function state(): Promise<string> {
  const read = fx.store.read;
  return JSON.stringify([await exportSnapshot(read), await read.allTokens(), (await read.listAudit(null, { limit: 10000 })).length]);
}

/** Runs every form of every mutation in `names` as `actor`: each is FORBIDDEN and writes nothing. */
async function expectRefusedInEveryForm(actor: Actor, keep: (name: string) => boolean): Promise<number> {
  let runs = 0;
  for (const field of (await everyMutation()).filter((f) => keep(f.name))) {
    // every id is "c2": a partner outside M1's portfolio, no contract, deal, interaction or introduction
    for (const f of forms(field, 'c2')) {
      const before = await state();
      const r = await fx.api.run(f.query, f.variables, actor, f.operationName);
      expect([field.name, f.form, r.errors?.[0]?.extensions?.code]).toEqual([field.name, f.form, 'FORBIDDEN']);
      expect([field.name, f.form, await state()]).toEqual([field.name, f.form, before]);
      runs++;
    }
  }
  return runs;
}

// what a MANAGER may run at all, each under its policy (src/graphql/auth/mutation-policies.ts)
const MANAGER_MUTATIONS = new Set(['updateCompany', 'createContract', 'updateContract', 'deleteContract', 'createDeal', 'updateDeal', 'deleteDeal',
  'createInteraction', 'updateInteraction', 'deleteInteraction', 'setRelationship', 'deleteRelationship', 'recordIntroduction',
  'requestIntroduction', 'recordIntroductionOutcome']);

describe('who may change what', () => {
  it('refuses every mutation to an ANALYST in every form with FORBIDDEN, and nothing is written', async () => {
    expect((await everyMutation()).length).toBeGreaterThan(25);
    expect(await expectRefusedInEveryForm(ANALYST, () => true)).toBe((await everyMutation()).length * 8);
  });

  it('refuses a MANAGER every admin-only mutation in every form, and nothing is written', async () => {
    await expectRefusedInEveryForm(M1, (name) => !MANAGER_MUTATIONS.has(name));
  });

  it('refuses a MANAGER every mutation they may use when it names what is not theirs, in every form, and nothing is written', async () => {
    await expectRefusedInEveryForm(M1, (name) => MANAGER_MUTATIONS.has(name));
  });

  it('runs the field in every one of those forms when it is allowed (the forms reach the resolver), and audits it', async () => {
    const updateCompany = (await everyMutation()).find((f) => f.name === 'updateCompany')!;
    for (const f of forms(updateCompany, 'c1')) {
      const audited = (await fx.store.read.listAudit(null, { limit: 10000 })).length;
      const r = await fx.api.run(f.query, f.variables, M1, f.operationName);
      const several = f.form === 'after a field the manager may run';
      // two root mutation fields are refused, however allowed each one is (one mutation per operation)
      expect([f.form, r.errors?.map((e) => e.extensions?.code)]).toEqual([f.form, several ? ['FORBIDDEN'] : undefined]);
      const log = await fx.store.read.listAudit(null, { limit: 10000 });
      expect(log.length).toBe(audited + (several ? 0 : 1));
      if (several) continue;
      // the audit entry names the actor and the target from the arguments as executed (a default, a variable…)
      expect([f.form, log[0]]).toEqual([f.form, expect.objectContaining({ actorId: M1.id, role: 'MANAGER', operation: 'updateCompany', targetIds: ['c1'] })]);
    }
  });

  it('counts the root fields that execute (@skip on the coerced variables): a MANAGER\'s operation with two is refused before either runs', async () => {
    const two = `mutation($skip: Boolean = true, $other: ID = "c2") {
      mine: updateCompany(id: "c1", input: { weaknesses: "decided" }) { weaknesses }
      theirs: updateCompany(id: $other, input: { weaknesses: "decided" }) @skip(if: $skip) { weaknesses } }`;
    const before = await state();
    // theirs does not execute: mine alone is decided, and runs
    expect((await fx.api.ok(two, {}, M1)).mine).toEqual({ weaknesses: 'decided' });
    const written = await state();
    expect(written).not.toBe(before);
    for (const variables of [{ skip: false }, { skip: false, other: 'c1' }]) {
      const r = await fx.api.run(two.replaceAll('decided', 'again'), variables, M1);
      expect([variables, r.errors?.map((e) => e.extensions?.code)]).toEqual([variables, ['FORBIDDEN']]);
      expect(r.errors?.[0].message).toBe('Not allowed: this operation has 2 root mutation fields; send one mutation per operation (nothing of this operation ran)');
      expect(await state()).toBe(written);
    }
    // `other` sent as null where the field that runs needs an ID!: refused before anything runs, as a bad input
    const nulled = await fx.api.run(two.replaceAll('decided', 'again'), { skip: false, other: null }, M1);
    expect(nulled.errors?.map((e) => [e.extensions?.code, e.extensions?.fields?.map((f: { field: string }) => f.field)])).toEqual([['BAD_USER_INPUT', ['$other']]]);
    expect(await state()).toBe(written);
    // where that field does not run, its null is nobody's business: mine alone runs
    expect((await fx.api.ok(two.replaceAll('decided', 'once more'), { skip: true, other: null }, M1)).mine).toEqual({ weaknesses: 'once more' });
  });

  it('limits a MANAGER to the partners in their portfolio', async () => {
    expect((await fx.api.ok('mutation { updateCompany(id: "c1", input: { strengths: "全国の販売網" }) { strengths } }', {}, M1)).updateCompany)
      .toEqual({ strengths: '全国の販売網' });
    const other = await fx.api.run('mutation { updateCompany(id: "c2", input: { strengths: "x" }) { id } }', {}, M1);
    expect(other.errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN' });
    expect(other.errors?.[0].message).toContain('not in your portfolio');
    const deal = await fx.api.run('mutation { createDeal(input: { companyId: "c2", product: "CRM" }) { id } }', {}, M1);
    expect(deal.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const moveDealAway = await fx.api.run('mutation { updateDeal(id: "d1", input: { companyId: "c2" }) { id } }', {}, M1);
    expect(moveDealAway.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const notMine = await fx.api.run('mutation { createInteraction(input: { at: "2025-02-01T10:00:00+09:00", channel: CALL, repIds: ["r1"] }) { id } }', {}, M1);
    expect(notMine.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    await fx.api.ok('mutation { createInteraction(input: { id: "i-m1", at: "2025-02-01T10:00:00+09:00", channel: CALL, managerIds: ["m1"], repIds: ["r1"] }) { id } }', {}, M1);
    expect((await fx.api.ok('{ company(id: "c2") { strengths } }')).company.strengths).toBeNull();
  });

  it('keeps tokens and the audit log for admins', async () => {
    for (const actor of [ANALYST, M1]) {
      expect((await fx.api.run('{ auditLog { edges { node { id } } } }', {}, actor)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
      expect((await fx.api.run('{ apiTokens { id } }', {}, actor)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    }
  });

  it('audits every write with who, what and which ids, in the same transaction', async () => {
    const log = await fx.api.ok('{ auditLog(first: 5) { edges { node { actorId role operation targetIds } } } }');
    const entries = log.auditLog.edges.map((e: { node: unknown }) => e.node);
    expect(entries).toEqual(expect.arrayContaining([
      { actorId: M1.id, role: 'MANAGER', operation: 'createInteraction', targetIds: ['i-m1', 'm1', 'r1'] },
      { actorId: M1.id, role: 'MANAGER', operation: 'updateCompany', targetIds: ['c1'] },
    ]));
    const failed = await fx.api.run('mutation { updateCompany(id: "c1", input: { industry: "x" }, expectedVersion: 99) { id } }');
    expect(failed.errors?.[0].extensions?.code).toBe('CONFLICT');
    const after = await fx.api.ok('{ auditLog(first: 1) { edges { node { operation } } } }');
    expect(after.auditLog.edges[0].node.operation).toBe('createInteraction');
  });

  it('audits the id of what a write creates and every id its input names, lists included', async () => {
    const latest = async () => (await fx.api.ok('{ auditLog(first: 1) { edges { node { operation targetIds } } } }')).auditLog.edges[0].node;
    // r2 only: the analysts' test below reads r1's interactions and deals
    const interaction = await fx.api.ok('mutation { createInteraction(input: { at: "2025-02-01T10:00:00+09:00", channel: CALL, managerIds: ["m1"], repIds: ["r2"] }) { id } }', {}, M1);
    expect(await latest()).toEqual({ operation: 'createInteraction', targetIds: [interaction.createInteraction.id, 'm1', 'r2'] });
    const deal = await fx.api.ok('mutation { createDeal(input: { companyId: "c1", product: "CRM", managerId: "m1", repId: "r2" }) { id } }', {}, M1);
    expect(await latest()).toEqual({ operation: 'createDeal', targetIds: [deal.createDeal.id, 'c1', 'r2', 'm1'] });
    const token = await fx.api.ok('mutation { createApiToken(input: { name: "bi", role: ANALYST }) { token { id } } }');
    expect(await latest()).toEqual({ operation: 'createApiToken', targetIds: [token.createApiToken.token.id] });
  });

  it('refuses an API token named with white space only (found by an outsider), naming the field, and issues none', async () => {
    const before = (await fx.api.ok('{ apiTokens { id } }')).apiTokens.length;
    const r = await fx.api.run('mutation { createApiToken(input: { name: "   ", role: ANALYST }) { token { id } } }');
    expect(r.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'input.name', reason: 'must not be blank (only white space or invisible characters)' }] });
    expect((await fx.api.ok('{ apiTokens { id } }')).apiTokens.length).toBe(before);
    const invisible = await fx.api.run('mutation { createApiToken(input: { name: "\u200b", role: ANALYST }) { token { id } } }');
    expect(invisible.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'input.name' }] });
    expect((await fx.api.ok('{ apiTokens { id } }')).apiTokens.length).toBe(before);
  });

  it('keeps a MANAGER among the managers of an interaction they change, and lets only the manager an introduction is to record its outcome', async () => {
    const update = 'mutation($in: UpdateInteractionInput!) { updateInteraction(id: "i1", input: $in) { managerIds } }';
    for (const managerIds of [null, [], ['m2']]) {
      expect([managerIds, (await fx.api.run(update, { in: { managerIds } }, M1)).errors?.[0].extensions?.code]).toEqual([managerIds, 'FORBIDDEN']);
    }
    expect((await fx.api.ok(update, { in: { managerIds: 'm1' } }, M1)).updateInteraction.managerIds).toEqual(['m1']);
    const outcome = 'mutation { recordIntroductionOutcome(id: "r1>r2>m1", outcome: MET) { outcome } }';
    expect((await fx.api.run(outcome, {}, managerActor('m2'))).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await fx.api.ok(outcome, {}, M1)).recordIntroductionOutcome.outcome).toBe('MET');
  });
});

describe('what an ANALYST sees', () => {
  const PERSONAL = `{
    rep(id: "r1") { email phone disc mbti stance responseSpeed interactions { summary concerns nextAction { description } channel } kpis { won } }
    reps(first: 5) { edges { node { id email } } }
    person(id: "r1") { ... on Rep { email } ties { relationship { trust } person { ... on Manager { email } } } }
    company(id: "c1") { currentReps { phone } kpis { revenue } }
    followUps { summary at }
  }`;

  it('gets personal fields masked however they are reached, and the structure and KPIs intact', async () => {
    const r = await fx.api.ok(PERSONAL, {}, ANALYST);
    expect(r.rep).toMatchObject({ email: null, phone: null, disc: null, mbti: null, stance: null, responseSpeed: null, kpis: { won: 1 } });
    expect(r.rep.interactions).toEqual([
      { summary: null, concerns: [], nextAction: null, channel: 'CALL' },
      { summary: null, concerns: [], nextAction: null, channel: 'MEETING' },
    ]);
    expect(r.reps.edges.every((e: { node: { email: unknown } }) => e.node.email === null)).toBe(true);
    expect(r.person.email).toBeNull();
    expect(r.person.ties.map((t: { relationship: { trust: number } }) => t.relationship.trust)).toEqual([0.85, 0.8]);
    expect(r.person.ties.find((t: { person: { email?: unknown } }) => 'email' in t.person).person.email).toBeNull();
    expect(r.company.currentReps.every((p: { phone: unknown }) => p.phone === null)).toBe(true);
    expect(r.company.kpis.revenue).toBe(3000000);
    expect(r.followUps).toEqual([]); // a follow-up is its next action, masked for analysts: none are listed
  });

  it('never shares loaded data between callers with different rights in concurrent requests', async () => {
    const runs = await Promise.all(Array.from({ length: 20 }, (_, i) => fx.api.ok('{ rep(id: "r1") { email } }', {}, i % 2 ? ANALYST : ADMIN)));
    expect(runs.map((r) => r.rep.email)).toEqual(Array.from({ length: 20 }, (_, i) => (i % 2 ? null : 't@example.com')));
  });
});
