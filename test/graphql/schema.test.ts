import { readFileSync } from 'node:fs';
import { SCHEMA_FILE, emittedSchema } from '@/cli/print-schema';

it('schema.graphql at the root is what the code emits (run `npm run schema` after changing types)', async () => {
  expect(readFileSync(SCHEMA_FILE, 'utf8')).toBe(await emittedSchema());
});

it('keeps the contract headline types', async () => {
  const sdl = await emittedSchema();
  expect(sdl).toMatch(/interface Person \{\n  id: ID!\n  name: String!/);
  expect(sdl).toMatch(/importSnapshot\(snapshot: JSONObject!\): ImportReport!/);
});
