import { MAX_VARIABLE_PROBLEMS } from '@/graphql/errors/variable-problems';
import { adminServiceForFile } from '../../helpers/admin-service';

/**
 * A variable that does not coerce to its type is refused like any other bad input: BAD_USER_INPUT, status 400, with
 * `extensions.fields` naming each bad field by its full path from the variable and what is allowed; no value echoed,
 * no "Did you mean" (outside attacker, issue 12: these errors carried no fields, and only graphql-js's words).
 */
const { post } = adminServiceForFile('test-admin-token-variables-0123456789');

const CREATE_COMPANY = 'mutation($in: CreateCompanyInput!) { createCompany(input: $in) { id } }';
const CREATE_INTERACTION = 'mutation($in: CreateInteractionInput!) { createInteraction(input: $in) { id } }';
const COMPANIES = '{ companies(first: 50) { edges { node { id } } } }';

/** The one error of a refused request, after checking what every such refusal shares. */
async function refused(body: unknown) {
  const r = await post(body);
  expect(r.status).toBe(400);
  expect(r.json.data).toBeUndefined();
  expect(r.json.errors).toHaveLength(1);
  const [error] = r.json.errors;
  expect(error.extensions.code).toBe('BAD_USER_INPUT');
  expect(JSON.stringify(r.json)).not.toMatch(/Did you mean/i);
  for (const f of error.extensions.fields) expect(error.message).toContain(f.field);
  return error as { message: string; extensions: { fields: { field: string; reason: string }[] } };
}

describe('variables that do not coerce', () => {
  it('names every bad field of an input by its full path, with what is allowed, and echoes no value', async () => {
    const e = await refused({
      query: CREATE_COMPANY,
      variables: { in: { id: 5, name: 3, partnerStatus: 'ACTIV', employeeCount: 1.5, customerSegments: ['a', 7, 'b', null], serch: 'secret-value-xyz' } },
    });
    expect(e.extensions.fields).toEqual([
      { field: '$in.name', reason: 'must be a String (text)' },
      { field: '$in.partnerStatus', reason: 'must be one of PROSPECT, ACTIVE, DORMANT, TERMINATED' },
      { field: '$in.employeeCount', reason: 'must be an Int: a whole number from -2147483648 to 2147483647' },
      { field: '$in.customerSegments[1]', reason: 'must be a String (text)' },
      { field: '$in.customerSegments[3]', reason: 'is required and must not be null (String!)' },
      { field: '$in.serch', reason: expect.stringMatching(/^is not a field of CreateCompanyInput; its fields: id, name, .*customFields$/) },
    ]);
    expect(e.message).not.toContain('secret-value-xyz');
    expect(e.message).not.toContain('ACTIV"');
    expect(e.message.startsWith('Invalid input: $in.name (must be a String (text)); ')).toBe(true);
  });

  it('names a missing required field, nested input objects, a JSON object and a missing variable', async () => {
    const missing = await refused({ query: CREATE_COMPANY, variables: { in: { customFields: [1] } } });
    expect(missing.extensions.fields).toEqual([
      { field: '$in.name', reason: 'is required (String!)' },
      { field: '$in.customFields', reason: 'must be a JSONObject (a JSON object)' },
    ]);
    const nested = await refused({ query: CREATE_INTERACTION, variables: { in: { at: '2024-06-01T10:00:00+09:00', channel: 'MEET', nextAction: { dueDate: 1, done: 'no' } } } });
    expect(nested.extensions.fields).toEqual([
      { field: '$in.channel', reason: 'must be one of MEETING, CALL, EMAIL, EVENT, CHAT' },
      { field: '$in.nextAction.description', reason: 'is required (String!)' },
      { field: '$in.nextAction.dueDate', reason: 'must be a String (text)' },
      { field: '$in.nextAction.done', reason: 'must be a Boolean: true or false' },
    ]);
    const absent = await refused({ query: CREATE_COMPANY, variables: {} });
    expect(absent.extensions.fields).toEqual([{ field: '$in', reason: 'is required (CreateCompanyInput!) and was not provided' }]);
    const nulled = await refused({ query: CREATE_COMPANY, variables: { in: null } });
    expect(nulled.extensions.fields).toEqual([{ field: '$in', reason: 'is required and must not be null (CreateCompanyInput!)' }]);
    const scalar = await refused({ query: 'query($n: Int!, $s: PartnerStatus) { companies(first: $n, filter: { partnerStatus: $s }) { totalCount } }', variables: { n: '3', s: 'ACTIV' } });
    expect(scalar.extensions.fields.map((f) => f.field)).toEqual(['$n', '$s']);
  });

  it('names at most MAX_VARIABLE_PROBLEMS fields of a huge bad list', async () => {
    const e = await refused({ query: CREATE_COMPANY, variables: { in: { name: 'x', customerSegments: Array.from({ length: 5000 }, () => 1) } } });
    expect(e.extensions.fields).toHaveLength(MAX_VARIABLE_PROBLEMS);
    expect(e.extensions.fields[0]).toEqual({ field: '$in.customerSegments[0]', reason: 'must be a String (text)' });
    expect((e.extensions as Record<string, unknown>).fieldsNotShown).toBe(5000 - MAX_VARIABLE_PROBLEMS);
    expect(e.message).toContain(`; and 4,950 more (the first ${MAX_VARIABLE_PROBLEMS} are named)`);
  });

  it('writes nothing, and the same variables fixed go through', async () => {
    await refused({ query: CREATE_COMPANY, variables: { in: { id: 'vc1', name: 'ok', employeeCount: 'many' } } });
    expect((await post({ query: COMPANIES })).json.data.companies.edges).toEqual([]);
    const fixed = await post({ query: CREATE_COMPANY, variables: { in: { id: 'vc1', name: 'ok', employeeCount: 12, customerSegments: 'SMB' } } });
    expect([fixed.status, fixed.json]).toEqual([200, { data: { createCompany: { id: 'vc1' } } }]);
  });
});
