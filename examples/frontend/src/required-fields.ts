import type { CreateCompanyInput, UpdateCompanyInput } from './gql/graphql';

// What the generated types promise a frontend: a create must name its required fields, an update names only what
// changes. The type-check fails if a create without a name ever compiles (an unused @ts-expect-error is an error).

// @ts-expect-error CreateCompanyInput.name is required
export const createWithoutName: CreateCompanyInput = { industry: 'SaaS' };
export const create: CreateCompanyInput = { name: '株式会社サンプル', industry: 'SaaS' };
export const patch: UpdateCompanyInput = { industry: 'Retail' };
