import {
  GraphQLArgument, GraphQLInputType, getNamedType, isEnumType, isInputObjectType, isListType, isNonNullType, isScalarType,
} from 'graphql';
import { getSchema } from '@/graphql/schema';
import { exportSnapshot } from '@/store/snapshot-export';
import { ADMIN, ANALYST, useApi, managerActor } from '../../helpers/graphql';
import { sampleSnapshot } from '../../helpers/sample-snapshot';

const fx = useApi(sampleSnapshot);
const M1 = managerActor('m1'); // owns c1, not c2

/** A literal of the type, valid enough to get past GraphQL validation. */
function literal(type: GraphQLInputType): string {
  if (isNonNullType(type)) return literal(type.ofType);
  if (isListType(type)) return `[${literal(type.ofType)}]`;
  if (isEnumType(type)) return type.getValues()[0].name;
  if (isInputObjectType(type)) {
    const fields = Object.values(type.getFields()).filter((f) => isNonNullType(f.type) && f.defaultValue === undefined);
    return `{ ${fields.map((f) => `${f.name}: ${literal(f.type)}`).join(', ')} }`;
  }
  const named = getNamedType(type);
  if (isScalarType(named)) {
    if (named.name === 'Int') return '1';
    if (named.name === 'Float') return '0.5';
    if (named.name === 'Boolean') return 'true';
    if (named.name === 'JSONObject') return '{}';
  }
  return '"c1"';
}

async function everyMutation(): Promise<string[]> {
  const fields = (await getSchema()).getMutationType()!.getFields();
  return Object.values(fields).map((f) => {
    const args = f.args.filter((a: GraphQLArgument) => isNonNullType(a.type));
    const argText = args.length ? `(${args.map((a) => `${a.name}: ${literal(a.type)}`).join(', ')})` : '';
    const named = getNamedType(f.type);
    const selection = isScalarType(named) || isEnumType(named) ? '' : ' { __typename }';
    return `mutation { ${f.name}${argText}${selection} }`;
  });
}

describe('who may change what', () => {
  it('refuses every mutation to an ANALYST with FORBIDDEN and writes nothing', async () => {
    const before = await exportSnapshot(fx.store.read);
    const docs = await everyMutation();
    expect(docs.length).toBeGreaterThan(25);
    for (const doc of docs) {
      const r = await fx.api.run(doc, {}, ANALYST);
      expect([doc, r.errors?.[0]?.extensions?.code]).toEqual([doc, 'FORBIDDEN']);
    }
    expect(await exportSnapshot(fx.store.read)).toEqual(before);
  });

  it('lets a MANAGER write only what the policy allows, and nothing else', async () => {
    const before = await exportSnapshot(fx.store.read);
    const allowed = new Set(['updateCompany', 'createContract', 'updateContract', 'deleteContract', 'createDeal', 'updateDeal', 'deleteDeal',
      'createInteraction', 'updateInteraction', 'deleteInteraction', 'setRelationship', 'deleteRelationship', 'recordIntroduction',
      'requestIntroduction', 'recordIntroductionOutcome']);
    for (const doc of await everyMutation()) {
      const name = /mutation \{ (\w+)/.exec(doc)![1];
      if (allowed.has(name)) continue;
      const r = await fx.api.run(doc, {}, M1);
      expect([name, r.errors?.[0]?.extensions?.code]).toEqual([name, 'FORBIDDEN']);
    }
    expect(await exportSnapshot(fx.store.read)).toEqual(before);
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
      { actorId: M1.id, role: 'MANAGER', operation: 'createInteraction', targetIds: ['i-m1'] },
      { actorId: M1.id, role: 'MANAGER', operation: 'updateCompany', targetIds: ['c1'] },
    ]));
    const failed = await fx.api.run('mutation { updateCompany(id: "c1", input: { industry: "x" }, expectedVersion: 99) { id } }');
    expect(failed.errors?.[0].extensions?.code).toBe('CONFLICT');
    const after = await fx.api.ok('{ auditLog(first: 1) { edges { node { operation } } } }');
    expect(after.auditLog.edges[0].node.operation).toBe('createInteraction');
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
