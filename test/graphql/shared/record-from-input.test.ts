/**
 * recordFromInput builds the records of the create mutations and the snapshot import field by field; it must give
 * exactly the records the spread-and-applyPatch builders gave (test/graphql/snapshot/reference-records.ts, verbatim):
 * same fields, values, nulls and defaults, with and without a version, for generated records and for records with
 * fields missing, null, or unknown.
 */
import { collectSnapshot, generateSnapshot } from '@/generator';
import { Rng } from '@/generator/random';
import { CreateCompanyInput } from '@/graphql/company/company.input';
import { companyFromInput } from '@/domain/company/company-from-input';
import { CreateContractInput } from '@/graphql/contract/contract.input';
import { contractFromInput } from '@/domain/contract/contract-from-input';
import { CreateDealInput } from '@/graphql/deal/deal.input';
import { dealFromInput } from '@/domain/deal/deal-from-input';
import { CreateInteractionInput, NextActionInput } from '@/graphql/interaction/interaction.input';
import { interactionFromInput } from '@/domain/interaction/interaction-from-input';
import { CreateManagerInput, CreateRepInput } from '@/graphql/person/person.input';
import { managerFromInput } from '@/domain/person/manager-from-input';
import { repFromInput } from '@/domain/person/rep-from-input';
import { recordFromInput, withVersion } from '@/domain/shared/record-from-input';
import * as before from '../snapshot/reference-records';

type Raw = Record<string, unknown>;
type Builder = (input: never, id: string) => { id: string };
type OldBuilder = (input: never, id: string, version: number) => { id: string; version: number };

const snapshot = collectSnapshot(generateSnapshot({ people: 200, seed: 'record-from-input' })) as unknown as Record<string, Raw[]>;

const KINDS: { list: string; cls: new () => object; now: Builder; then: OldBuilder }[] = [
  { list: 'companies', cls: CreateCompanyInput, now: companyFromInput, then: before.companyFromInput },
  { list: 'contracts', cls: CreateContractInput, now: contractFromInput, then: before.contractFromInput },
  { list: 'managers', cls: CreateManagerInput, now: managerFromInput, then: before.managerFromInput },
  { list: 'reps', cls: CreateRepInput, now: repFromInput, then: before.repFromInput },
  { list: 'interactions', cls: CreateInteractionInput, now: interactionFromInput, then: before.interactionFromInput },
  { list: 'deals', cls: CreateDealInput, now: dealFromInput, then: before.dealFromInput },
];

/** An input as the mutations and the import hand it over: an instance of the input class. */
function input(cls: new () => object, raw: Raw): never {
  const obj = Object.assign(new cls(), raw) as Raw;
  if (obj.nextAction && typeof obj.nextAction === 'object') obj.nextAction = Object.assign(new NextActionInput(), obj.nextAction);
  return obj as never;
}

/** The record and variants of it: each field missing, each field null, an unknown field, an empty input. */
function variants(rng: Rng, rec: Raw): Raw[] {
  const out: Raw[] = [rec, {}];
  for (const k of Object.keys(rec)) {
    const { [k]: _gone, ...without } = rec;
    out.push(without, { ...rec, [k]: null }, { ...rec, [k]: undefined });
  }
  out.push({ ...rec, unknownField: rng.int(10) });
  return out;
}

describe('recordFromInput gives the records the spread builders gave', () => {
  for (const kind of KINDS) {
    it(`${kind.list}: generated records and their variants, with and without a version`, () => {
      const rng = new Rng(KINDS.indexOf(kind) + 1);
      const records = snapshot[kind.list];
      expect(records.length).toBeGreaterThan(0);
      let compared = 0;
      for (const rec of records.slice(0, 40)) {
        for (const v of variants(rng, rec)) {
          const id = String(rec.id ?? 'new-id');
          const made = kind.now(input(kind.cls, v), id);
          expect(made).toStrictEqual(before.strip(kind.then(input(kind.cls, v), id, 0)));
          expect(withVersion(kind.now(input(kind.cls, v), id) as never, 1)).toStrictEqual(kind.then(input(kind.cls, v), id, 1));
          compared++;
        }
      }
      expect(compared).toBeGreaterThan(40);
    });
  }

  it('keeps an own "__proto__" field as a field, as a spread does, without touching the prototype', () => {
    const given = JSON.parse('{"__proto__": {"polluted": true}, "name": "x"}') as Raw;
    const made = recordFromInput<{ id: string; name: string }>({ name: '' }, given, 'i1');
    expect(Object.getPrototypeOf(made)).toBe(Object.prototype);
    expect(Object.getOwnPropertyNames(made)).toEqual(['id', 'name', '__proto__']);
    expect(made).toStrictEqual({ ...given, id: 'i1', name: 'x' });
  });

  it('takes null from the input (it clears), undefined leaves the default, and id always wins', () => {
    const made = recordFromInput<{ id: string; a: number | null; b: string[] }>({ a: 1, b: [] }, { id: 'other', a: null, b: undefined }, 'id1');
    expect(made).toStrictEqual({ id: 'id1', a: null, b: [] });
  });
});
