/**
 * Neo4j commits an import in batches (one transaction for the 100,000-person network ran out of the server's
 * transaction memory); Kuzu commits it in one transaction. Either way: validation ends before the first write, an
 * interrupted import leaves a marker readers see (Neo4j) or nothing at all (Kuzu), and running the same import again
 * ends with the graph one clean import gives. Batches of 40 rows make the 300-person network ~100 batches on Neo4j.
 */
import { collectSnapshot, generateSnapshot } from '@/generator';
import { SNAPSHOT_LISTS } from '@/domain/snapshot/snapshot';
import { importSnapshot } from '@/wiring/snapshot';
import { type GraphStore } from '@/store/graph-store';
import { exportSnapshot } from '@/store/snapshot-export';
import { type OpenedStore, openTestStore, testEngines } from '../helpers/engines';
import { rejection } from '../helpers/rejection';
import { appErrorExtensions } from '@/graphql/errors/format-error';
import { type AppError } from '@/app/errors';
import { type Company } from '@/domain/company/company';

type Raw = Record<string, Record<string, unknown>[]>;
const generated = (): Raw => collectSnapshot(generateSnapshot({ people: 300, seed: 'snapshot-batches' })) as unknown as Raw;
const BATCH_ROWS = 40;

/** The graph as exported, with each tie's recordedAt (the import's start time where the snapshot gives none) apart. */
async function graphOf(store: GraphStore): Promise<{ graph: Record<string, unknown>; recordedAt: Set<unknown> }> {
  const out = (await exportSnapshot(store.read)) as unknown as Raw;
  const recordedAt = new Set(out.relationships.map((r) => r.recordedAt));
  return { graph: { ...out, relationships: out.relationships.map(({ recordedAt: _r, ...r }) => r) }, recordedAt };
}

async function versions(store: GraphStore, raw: Raw): Promise<Set<number>> {
  const people = await store.read.peopleByIds([...raw.managers, ...raw.reps].map((p) => String(p.id)));
  const companies = await store.read.companiesByIds(raw.companies.map((c) => String(c.id)));
  return new Set([...people, ...companies].map((r) => r!.version));
}

class Interrupted extends Error {}

describe.each(testEngines())('an import in batches [%s]', (engine) => {
  let opened: OpenedStore;
  let clean: Awaited<ReturnType<typeof graphOf>>;
  let lastCompany: Company;
  beforeAll(async () => {
    const once = await openTestStore(engine);
    const raw = generated();
    await importSnapshot(once.store, raw);
    clean = await graphOf(once.store);
    [lastCompany] = (await once.store.read.companiesByIds([String(raw.companies.at(-1)!.id)])) as Company[];
    await once.close();
  });
  beforeEach(async () => {
    opened = await openTestStore(engine, { importBatchRows: BATCH_ROWS });
  });
  afterEach(async () => {
    await opened.close();
  });

  it('larger than one batch: every record committed once, the run recorded as finished', async () => {
    const raw = generated();
    const rows = SNAPSHOT_LISTS.reduce((n, l) => n + (raw[l]?.length ?? 0), 0);
    expect(rows).toBeGreaterThan(10 * BATCH_ROWS);
    await importSnapshot(opened.store, raw);
    const now = await graphOf(opened.store);
    expect(now.graph).toEqual(clean.graph);
    expect(now.recordedAt.size).toBe(1); // one import, one start time
    expect(await versions(opened.store, raw)).toEqual(new Set([1]));
    expect(await opened.store.read.unfinishedImport()).toBeNull();
  });

  it('interrupted between batches: readers see the unfinished import; running it again finishes it as one clean import would', async () => {
    const raw = generated();
    let batches = 0;
    const err = await rejection(importSnapshot(opened.store, raw, () => {
      if (++batches === 7) throw new Interrupted('killed after the 7th commit');
    }));
    expect(err).toBeInstanceOf(Interrupted);
    const unfinished = await opened.store.read.unfinishedImport();
    if (engine === 'neo4j') {
      expect(unfinished).toMatchObject({ finishedAt: null });
      expect(((await exportSnapshot(opened.store.read)).companies as unknown[]).length).toBeGreaterThan(0); // part of it is in
    } else {
      expect(unfinished).toBeNull(); // one transaction: rolled back whole
      expect((await exportSnapshot(opened.store.read)).companies).toEqual([]);
    }
    await importSnapshot(opened.store, generated());
    expect(await opened.store.read.unfinishedImport()).toBeNull();
    const now = await graphOf(opened.store);
    expect(now.graph).toEqual(clean.graph);
    expect(now.recordedAt.size).toBe(1); // the resumed run keeps its start time
    // resumed, not redone: no committed batch was applied twice
    expect(await versions(opened.store, raw)).toEqual(new Set([1]));
  });

  it('into an empty graph, another writer creating one of its records meanwhile: running it again still ends as one clean import would', async () => {
    const raw = generated();
    const small = await openTestStore(engine, { importBatchRows: 5 }); // the last company is not in the first batch
    try {
      const store = small.store;
      let batches = 0;
      const err = await rejection(importSnapshot(store, raw, () => {
        if (++batches === 1) throw new Interrupted('killed after the first batch of companies');
      }));
      expect(err).toBeInstanceOf(Interrupted);
      if (engine === 'neo4j') expect(await store.read.unfinishedImport()).toMatchObject({ mode: 'create', finishedAt: null });
      // another service process writes a company the snapshot is about to create
      await store.write((ops) => ops.saveCompany({ ...lastCompany, version: 0 }));
      await importSnapshot(store, generated());
      expect(await store.read.unfinishedImport()).toBeNull();
      expect((await graphOf(store)).graph).toEqual(clean.graph);
    } finally {
      await small.close();
    }
  });

  // Kuzu: one process holds a data directory, and an import is one transaction
  (engine === 'neo4j' ? it : it.skip)('run by two processes at once: one finishes it, the other stops, and no batch is applied twice', async () => {
    const other = await openTestStore(engine, { importBatchRows: BATCH_ROWS });
    const slow = await openTestStore(engine, { importBatchRows: 5 }); // ~700 batches: still running when the other joins
    try {
      let joined: Promise<unknown> | undefined;
      const first = importSnapshot(slow.store, generated(), () => {
        joined ??= importSnapshot(other.store, generated()); // resumes the unfinished run the first one is writing
      });
      const settled = await Promise.allSettled([first, first.then(() => joined, () => joined)]);
      const failed = settled.filter((r) => r.status === 'rejected').map((r) => (r as PromiseRejectedResult).reason as Error);
      expect(failed).toHaveLength(1);
      expect(failed[0].message).toMatch(/Another process is running the same import/);
      expect(await opened.store.read.unfinishedImport()).toBeNull();
      const now = await graphOf(opened.store);
      expect(now.graph).toEqual(clean.graph); // employments and introductions (created, not merged) not doubled
      expect(now.recordedAt.size).toBe(1);
      expect(await versions(opened.store, generated())).toEqual(new Set([1]));
    } finally {
      await slow.close();
      await other.close();
    }
  });

  it('interrupted, then another snapshot: it runs from its start, and the marker clears when it ends', async () => {
    let batches = 0;
    await rejection(importSnapshot(opened.store, generated(), () => {
      if (++batches === 3) throw new Interrupted('killed after the 3rd commit');
    }));
    const other = { companies: [{ id: 'other-co', name: 'Other' }] };
    await importSnapshot(opened.store, other);
    expect(await opened.store.read.unfinishedImport()).toBeNull();
    expect(await opened.store.read.companiesByIds(['other-co'])).toEqual([expect.objectContaining({ name: 'Other' })]);
  });

  it('a bad snapshot writes nothing, not even the marker', async () => {
    const raw = generated();
    raw.deals.push({ ...raw.deals[0], id: 'late-bad', amount: -5 });
    const err = await rejection<AppError>(importSnapshot(opened.store, raw));
    expect(appErrorExtensions(err).code).toBe('BAD_USER_INPUT');
    expect(await opened.store.read.unfinishedImport()).toBeNull();
    expect(await opened.store.read.getMeta('import:run')).toBeNull();
    expect((await exportSnapshot(opened.store.read)).companies).toEqual([]);
  });
});
