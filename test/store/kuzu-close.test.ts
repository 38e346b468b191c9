import { StoreError } from '@/store/store-errors';
import { openTestStore } from '../helpers/engines';
import { aRep as rep } from '../helpers/factories';

it('closing the embedded store lets the reads in flight finish (closing Kuzu under a running query crashes), then refuses new ones', async () => {
  const opened = await openTestStore('kuzu');
  const store = opened.store;
  const ids = Array.from({ length: 300 }, (_, i) => `k${i}`);
  await store.write(async (ops) => {
    for (const id of ids) await ops.savePerson(rep(id));
  });
  // point lookups and list reads, all still running or queued when close() is called
  const inflight = Array.from({ length: 12 }, (_, i) => store.read.peopleByIds(ids.slice(i * 20, i * 20 + (i % 2 ? 150 : 250))));
  const closing = opened.close();
  const answers = await Promise.all(inflight);
  await closing;
  expect(answers.map((a) => a.every((p) => p !== null))).toEqual(Array(12).fill(true));
  await expect(store.read.peopleByIds(['k1'])).rejects.toThrow(StoreError);
  await expect(store.read.peopleByIds(['k1'])).rejects.toThrow('The store is closed');
});
