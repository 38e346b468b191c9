import { readFileSync } from 'node:fs';
import { type GraphQLInterfaceType, buildSchema } from 'graphql';
import { SCHEMA_FILE, emittedSchema } from '@/graphql/print-schema';

it('schema.graphql at the root is what the code emits (run `npm run schema` after changing types)', async () => {
  expect(readFileSync(SCHEMA_FILE, 'utf8')).toBe(await emittedSchema());
});

it('keeps the contract headline types', async () => {
  const schema = buildSchema(await emittedSchema());
  const person = schema.getType('Person') as GraphQLInterfaceType;
  expect(Object.entries(person.getFields()).slice(0, 2).map(([name, f]) => `${name}: ${f.type}`)).toEqual(['id: ID!', 'name: String!']);
  const importSnapshot = schema.getMutationType()!.getFields().importSnapshot;
  expect(importSnapshot.args.map((a) => `${a.name}: ${a.type}`)).toEqual(['snapshot: JSONObject!']);
  expect(String(importSnapshot.type)).toBe('ImportReport!');
});
