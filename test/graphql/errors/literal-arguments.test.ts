import { adminServiceForFile } from '../../helpers/admin-service';

/**
 * Issue 12: an inline literal argument that does not fit its type is refused with `extensions.fields` (the field path
 * from the argument, and what is allowed), like a variable that does not coerce (variable-coercion.test.ts): these
 * errors carried graphql-js's message only.
 */
const { post, store } = adminServiceForFile('test-admin-token-literals-012345');

const fieldsOf = async (query: string) => {
  const r = await post(query);
  expect(r.status).toBe(400);
  expect(JSON.stringify(r.json)).not.toMatch(/Did you mean/i);
  return r.json.errors.flatMap((e: any) => e.extensions.fields ?? [{ missing: e.message }]);
};

it('names the field and what is allowed: a wrong type, an unknown field, a missing required field, a list item', async () => {
  expect(await fieldsOf('mutation { createCompany(input: { id: "c1", name: "A", employeeCount: "5", colour: "red" }) { id } }')).toEqual([
    { field: 'input.employeeCount', reason: 'must be an Int: a whole number from -2147483648 to 2147483647' },
    { field: 'input.colour', reason: expect.stringMatching(/^is not a field of CreateCompanyInput/) },
  ]);
  expect(await fieldsOf('mutation { createCompany(input: { id: "c1" }) { id } }')).toEqual([
    { field: 'input.name', reason: 'is required (String!)' },
  ]);
  expect(await fieldsOf('mutation { createInteraction(input: { at: "2024-06-01T10:00:00Z", channel: FAX, repIds: ["r1", true] }) { id } }')).toEqual([
    { field: 'input.channel', reason: expect.stringMatching(/^must be one of MEETING, /) },
    { field: 'input.repIds[1]', reason: 'must be an ID: a string or a whole number' },
  ]);
});

it('names a missing required argument', async () => {
  expect(await fieldsOf('mutation { deleteCompany }')).toEqual([{ field: 'id', reason: 'is required (ID!) and was not provided' }]);
});

it('a NUL in a JSONObject variable\'s default value is listed with the request\'s other faults, not alone', async () => {
  const { status, json } = await post({
    query: 'mutation($cf: JSONObject = {note: "a\\u0000b"}, $n: Int, $m: String) { createCompany(input: {id: "cz", name: "Z", customFields: $cf, employeeCount: $n, industry: $m}) { id } }',
    variables: { n: 'many', m: 'x\u0000y' },
  });
  expect(status).toBe(400);
  expect(json.errors).toHaveLength(1);
  expect(json.errors[0].extensions.code).toBe('BAD_USER_INPUT');
  expect(json.errors[0].extensions.fields).toEqual([
    { field: '$cf.note', reason: expect.stringContaining('NUL') },
    { field: 'createCompany.input.industry', reason: expect.stringContaining('NUL') },
    { field: '$n', reason: 'must be an Int: a whole number from -2147483648 to 2147483647' },
  ]);
  expect((await store().read.companiesByIds(['cz']))[0]).toBeNull();
});
