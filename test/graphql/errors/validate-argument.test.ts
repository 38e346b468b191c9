import 'reflect-metadata';
import { ArgumentValidationError, type ResolverData } from 'type-graphql';
import { type GraphQLResolveInfo } from 'graphql';
import { validateArgument } from '@/graphql/errors/validate-argument';
import { PartnerKpisArgs } from '@/graphql/kpis/kpis.args';
import { getSchema } from '@/graphql/schema';

/** validateArgument checks a field's arguments together; these pin how it holds when they do not come in one pass. */
describe('validateArgument', () => {
  let info: GraphQLResolveInfo;
  beforeAll(async () => {
    const schema = await getSchema();
    info = { parentType: schema.getQueryType()!, fieldName: 'partnerKpis' } as unknown as GraphQLResolveInfo;
  });
  const args = (values: Partial<PartnerKpisArgs>): PartnerKpisArgs => Object.assign(new PartnerKpisArgs(), values);
  const data = (raw: object): ResolverData => ({ args: raw, info, context: {}, root: undefined } as unknown as ResolverData);

  it('refuses every bad argument given in one pass, in one refusal', async () => {
    const raw = {};
    const calls = [
      validateArgument(args({ companyId: ' ', from: '2026-01-01', to: '2026-12-31' }), PartnerKpisArgs, data(raw)),
      validateArgument(args({ companyId: 'c1', from: '9999-01-01', to: '2026-12-31' }), PartnerKpisArgs, data(raw)),
    ];
    const outcomes = await Promise.allSettled(calls);
    for (const o of outcomes) expect(o.status).toBe('rejected');
    const refusal = (outcomes[0] as PromiseRejectedResult).reason as ArgumentValidationError;
    expect(refusal.extensions.validationErrors.map((e) => e.property).sort()).toEqual(['companyId', 'from']);
  });

  it('fails closed when an argument comes after the check of the first began: it is checked on its own', async () => {
    const raw = {};
    await expect(validateArgument(args({ companyId: 'c1', from: '2026-01-01', to: '2026-12-31' }), PartnerKpisArgs, data(raw))).resolves.toBeUndefined();
    // the same field resolution (the same args object), a second argument validated only after the first finished
    await expect(validateArgument(args({ companyId: ' ', from: '2026-01-01', to: '2026-12-31' }), PartnerKpisArgs, data(raw))).rejects.toBeInstanceOf(ArgumentValidationError);
  });
});
