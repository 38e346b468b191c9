import { nameSortKey } from '@/domain/shared/sort-key';
import { PersonKind, RelationshipKind } from '@/domain/shared/enums';
import { describeEachEngine } from '../helpers/engines';
import { aCompany, aRep } from '../helpers/factories';

const company = aCompany;
const rep = aRep;

describeEachEngine('graph store contract', (store) => {
  it('stores a company with every chart field and reads it back unchanged', async () => {
    const c = company('c1', '株式会社サンプル', {
      industry: 'SaaS', employeeCount: 120, annualRevenue: 1200000000, capital: 2.5, fiscalYearEndMonth: 3,
      customerSegments: ['SMB', 'Enterprise'], customFields: { 担当地域: '関東', nested: { a: [1, 2] } }, strengths: '販売網',
    });
    await store().write((ops) => ops.saveCompany(c));
    expect(await store().read.companiesByIds(['c1', 'missing'])).toEqual([c, null]);
  });

  it('keeps numeric types per row: an integer-valued amount then a fractional one are both exact', async () => {
    await store().write(async (ops) => {
      await ops.saveCompany(company('n1', 'N1', { annualRevenue: 2 }));
      await ops.saveCompany(company('n2', 'N2', { annualRevenue: 2.5, employeeCount: 0 }));
    });
    const [a, b] = await store().read.companiesByIds(['n1', 'n2']);
    expect([a?.annualRevenue, b?.annualRevenue, b?.employeeCount]).toEqual([2, 2.5, 0]);
  });

  it('rolls back every statement of a failed write transaction', async () => {
    await expect(
      store().write(async (ops) => {
        await ops.saveCompany(company('rollback', 'Rollback'));
        throw new Error('boom');
      }),
    ).rejects.toThrow('boom');
    expect(await store().read.companiesByIds(['rollback'])).toEqual([null]);
  });

  it('pages companies by reading with keyset cursors that stay correct while rows are inserted', async () => {
    await store().write(async (ops) => {
      for (const [id, name] of [['p1', 'ページ A'], ['p2', 'ページ B'], ['p3', 'ページ C'], ['p4', 'ページ D']]) await ops.saveCompany(company(id, name));
    });
    const first = await store().read.listCompanies({ search: 'ぺーじ' }, { limit: 2 });
    expect(first.map((c) => c.id)).toEqual(['p1', 'p2']);
    await store().write((ops) => ops.saveCompany(company('p0', 'ページ 0')));
    const second = await store().read.listCompanies({ search: 'ページ' }, { limit: 10, after: { key: nameSortKey(first[1].name, first[1].nameKana), id: first[1].id } });
    expect(second.map((c) => c.id)).toEqual(['p3', 'p4']);
    expect(await store().read.countCompanies({ search: 'ﾍﾟｰｼﾞ' })).toBe(5);
  });

  it('keeps employment as history and answers who works at a company now', async () => {
    await store().write(async (ops) => {
      await ops.saveCompany(company('e-old', 'Old Co'));
      await ops.saveCompany(company('e-new', 'New Co'));
      await ops.savePerson(rep('e-r1', '山田 一郎', { nameKana: 'ヤマダ イチロウ', expertise: ['CRM', 'ｃｒｍ'] }));
      await ops.saveEmployment({ id: 'x1', repId: 'e-r1', companyId: 'e-old', title: '担当', department: null, since: '2015-04-01', until: '2020-03-31' });
      await ops.saveEmployment({ id: 'x2', repId: 'e-r1', companyId: 'e-new', title: '課長', department: '営業部', since: '2020-04-01', until: null });
    });
    const [history] = await store().read.employmentsByRepIds(['e-r1']);
    expect(history.map((e) => e.companyId)).toEqual(['e-new', 'e-old']);
    const [oldNow, newNow] = await store().read.employmentsByCompanyIds(['e-old', 'e-new'], true, '2026-01-01');
    expect(oldNow).toEqual([]);
    expect(newNow.map((e) => e.repId)).toEqual(['e-r1']);
    const reps = await store().read.listPeople(PersonKind.REP, { companyId: 'e-new', search: 'やまだ' }, { limit: 5 }, '2026-01-01');
    expect(reps.map((r) => r.id)).toEqual(['e-r1']);
  });

  it('stores relationships once per pair and finds them from either side', async () => {
    await store().write(async (ops) => {
      await ops.savePerson(rep('t-a', 'A'));
      await ops.savePerson(rep('t-b', 'B'));
      await ops.saveRelationship({ id: 't-a~t-b', a: 't-a', b: 't-b', kind: RelationshipKind.COLLEAGUE, trust: 0.7, since: null, recordedAt: '2024-01-01T00:00:00.000Z', version: 1 });
    });
    const [ofA, ofB] = await store().read.relationshipsByPersonIds(['t-a', 't-b']);
    expect(ofA).toHaveLength(1);
    expect(ofB).toEqual(ofA);
    expect(ofA[0]).toMatchObject({ a: 't-a', b: 't-b', trust: 0.7, kind: 'COLLEAGUE' });
    expect(await store().read.relationshipByPair('t-a', 't-b')).toMatchObject({ trust: 0.7 });
  });

  it('deletes a person with their edges', async () => {
    await store().write((ops) => ops.deletePerson('t-b'));
    const [ofA] = await store().read.relationshipsByPersonIds(['t-a']);
    expect(ofA).toEqual([]);
    expect(await store().read.peopleByIds(['t-b'])).toEqual([null]);
  });
});

describeEachEngine('batched reads by id', (store, engine) => {
  it('answer small and large batches alike, in key order with nulls, duplicates and all', async () => {
    await store().write(async (ops) => {
      for (let i = 0; i < 250; i++) await ops.savePerson(rep(`b${i}`, `B ${i}`));
    });
    const small = ['b3', 'nobody', 'b1', 'b3'];
    expect((await store().read.peopleByIds(small)).map((p) => p?.id ?? null)).toEqual(['b3', null, 'b1', 'b3']);
    const large = [...Array.from({ length: 250 }, (_, i) => `b${249 - i}`), 'nobody'];
    expect((await store().read.peopleByIds(large)).map((p) => p?.id ?? null)).toEqual([...large.slice(0, 250), null]);
  });

  it('cost one round trip per batch; on Kuzu a small batch runs one key lookup per id', async () => {
    store().clearCaches(); // both engines keep records by id
    const before = { ...store().stats };
    await store().read.peopleByIds(['b1', 'b2', 'b3']);
    expect(store().stats.roundTrips - before.roundTrips).toBe(1);
    expect(store().stats.queries - before.queries).toBe(engine === 'kuzu' ? 3 : 1);
  });
});
