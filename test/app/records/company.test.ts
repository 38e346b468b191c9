import { createCompany } from '@/app/records/company/create-company';
import { deleteCompany } from '@/app/records/company/delete-company';
import { updateCompany } from '@/app/records/company/update-company';
import { addEmployment } from '@/app/records/employment/add-employment';
import { describeEachEngine } from '../../helpers/engines';
import { as, audit, refused, seed } from './records-fixture';

describeEachEngine('company use cases', (get) => {
  beforeAll(() => seed(get()));
  const company = async (id: string) => (await get().read.companiesByIds([id]))[0];

  it('creates a company with defaults and version 1, and audits it under its new id', async () => {
    const c = await createCompany(as(get(), 'createCompany'), { id: 'c9', name: '新規 商事', industry: 'SaaS' });
    expect(c).toMatchObject({ id: 'c9', name: '新規 商事', industry: 'SaaS', customerSegments: [], customFields: {}, version: 1 });
    expect(await company('c9')).toMatchObject({ name: '新規 商事', version: 1 });
    expect((await audit(get()))[0]).toMatchObject({ operation: 'createCompany', targetIds: ['c9'], actorId: 'test-admin' });
  });

  it('gives a company without an id a new UUID', async () => {
    const c = await createCompany(as(get(), 'createCompany'), { name: '無名 商事' });
    expect(c.id).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('updates only the fields given, clears with null, and bumps the version', async () => {
    const c = await updateCompany(as(get(), 'updateCompany'), 'c9', { industry: null, prefecture: '東京都' }, 1);
    expect(c).toMatchObject({ name: '新規 商事', industry: null, prefecture: '東京都', version: 2 });
  });

  it('refuses a stale version (CONFLICT) and writes nothing', async () => {
    const e = await refused(get(), () => updateCompany(as(get(), 'updateCompany'), 'c9', { name: '上書き' }, 1), 'CONFLICT', null, () => company('c9'));
    expect(e.message).toBe('Company "c9" is at version 2, not 1: it changed since you read it');
  });

  it('refuses to clear the name (INVALID_INPUT input.name) and writes nothing', async () => {
    await refused(get(), () => updateCompany(as(get(), 'updateCompany'), 'c9', { name: null }), 'INVALID_INPUT', 'input.name', () => company('c9'));
  });

  it('refuses a taken id (CONFLICT) and writes nothing', async () => {
    await refused(get(), () => createCompany(as(get(), 'createCompany'), { id: 'c1', name: '重複' }), 'CONFLICT', null, () => company('c1'));
  });

  it('refuses to delete a company with employment history (CONFLICT), deletes it once that is gone', async () => {
    await addEmployment(as(get(), 'addEmployment'), { repId: 'r1', companyId: 'c2', since: '2020-01-01' });
    const e = await refused(get(), () => deleteCompany(as(get(), 'deleteCompany'), 'c2'), 'CONFLICT', null, () => company('c2'));
    expect(e.message).toContain('still has 0 deal(s) and 1 employment record(s)');
    expect(await deleteCompany(as(get(), 'deleteCompany'), 'c9')).toBe('c9');
    expect(await company('c9')).toBeNull();
  });

  it('answers NOT_FOUND for an unknown id', async () => {
    await refused(get(), () => deleteCompany(as(get(), 'deleteCompany'), 'nope'), 'NOT_FOUND', null, () => company('nope'));
  });
});
