import { Rng } from '@/generator/random';
import { exportSnapshot } from '@/store/snapshot-export';
import { useApi } from '../helpers/graphql';

const HOSTILE = [
  '"}) MATCH (n) DETACH DELETE n //', "' OR 1=1 --", '${ids}', '$id', '\\u0000', 'Robert"); DROP TABLE Company;--',
  '田中 太郎', 'ｱｲｳｴｵ', '🙂👍🏽', '\u202etxet', '   ', '', 'a'.repeat(501), 'x'.repeat(20001), '<script>alert(1)</script>',
  'MATCH (n) RETURN n', '`Company`', '{id: "c1"}', 'null', '\n\t', 'é'.normalize('NFD'),
];

const fx = useApi();

it('answers 400 random hostile mutations with a clean error or a correct write; the graph holds exactly what succeeded', async () => {
  const generator = new Rng(20261124); // seeded, so a failing run can be replayed
  const random = (): number => generator.float();
  const pick = <T>(xs: T[]): T => xs[Math.floor(random() * xs.length)];
  const text = (): string => (random() < 0.6 ? pick(HOSTILE) : `name-${Math.floor(random() * 1e6)}`);
  const companies = new Map<string, string>(); // id -> name, as the model expects
  const people = new Set<string>();
  const ties = new Map<string, number>();
  const codes: Record<string, number> = {};
  for (let i = 0; i < 400; i++) {
    const op = pick(['createCompany', 'updateCompany', 'deleteCompany', 'createRep', 'setRelationship']);
    const id = random() < 0.7 ? `id-${Math.floor(random() * 30)}` : text();
    let result;
    if (op === 'createCompany') {
      const name = text();
      result = await fx.api.run('mutation($id: ID, $name: String!, $n: Int) { createCompany(input: { id: $id, name: $name, employeeCount: $n }) { id name } }',
        { id, name, n: random() < 0.8 ? Math.floor(random() * 100) : -5 });
      if (result.data?.createCompany) companies.set(id, name);
    } else if (op === 'updateCompany') {
      const name = text();
      result = await fx.api.run('mutation($id: ID!, $name: String) { updateCompany(id: $id, input: { name: $name }) { name } }', { id, name });
      if (result.data?.updateCompany) companies.set(id, name);
    } else if (op === 'deleteCompany') {
      result = await fx.api.run('mutation($id: ID!) { deleteCompany(id: $id) }', { id });
      if (result.data?.deleteCompany) companies.delete(id);
    } else if (op === 'createRep') {
      result = await fx.api.run('mutation($id: ID, $name: String!, $e: String) { createRep(input: { id: $id, name: $name, email: $e }) { id } }',
        { id, name: text(), e: random() < 0.5 ? 'a@example.com' : text() });
      if (result.data?.createRep) people.add(id);
    } else {
      const [a, b] = [pick([...people, text()]), pick([...people, text()])];
      const trust = pick([0, 0.3, 1, 1.5, -0.1, 0.999]);
      result = await fx.api.run('mutation($a: ID!, $b: ID!, $t: Float!) { setRelationship(input: { a: $a, b: $b, trust: $t }) { id } }', { a, b, t: trust });
      if (result.data?.setRelationship) ties.set([a, b].sort().join('~'), trust);
    }
    const code = result.errors?.[0]?.extensions?.code ?? 'OK';
    codes[code] = (codes[code] ?? 0) + 1;
    expect(['OK', 'BAD_USER_INPUT', 'NOT_FOUND', 'CONFLICT']).toContain(code);
    if (result.errors) expect(result.data?.[op] ?? null).toBeNull();
  }
  const graph = await exportSnapshot(fx.store.read);
  expect(new Map((graph.companies as { id: string; name: string }[]).map((c) => [c.id, c.name]))).toEqual(companies);
  expect(new Set((graph.reps as { id: string }[]).map((r) => r.id))).toEqual(people);
  expect(new Map((graph.relationships as { a: string; b: string; trust: number }[]).map((r) => [`${r.a}~${r.b}`, r.trust]))).toEqual(ties);
  // the run exercised both paths
  expect(codes.OK).toBeGreaterThan(50);
  expect(codes.BAD_USER_INPUT).toBeGreaterThan(50);
});
