import { GENERATED_AS_OF, collectSnapshot, generateSnapshot } from '@/generator';
import { importSnapshot } from '@/wiring/snapshot';
import { type GraphStore } from '@/store/graph-store';

/** The demo network: 5,000 people (4,950 reps and 50 managers), seed "demo", about 330 partner companies. */
export const DEMO = { people: 5000, seed: 'demo' };
/** The demo's "today" unless DEMO_AS_OF says otherwise: the generated data's last day of activity. */
export const DEMO_AS_OF = GENERATED_AS_OF;
const LOADED = `demo:${DEMO.people}:${DEMO.seed}`;

/** Generates and imports the demo network into `store` unless it is there already; the number imported, or null. */
export async function loadDemoNetwork(store: GraphStore, progress: (line: string) => void = () => undefined): Promise<number | null> {
  if ((await store.read.getMeta(LOADED)) !== null) return null;
  progress(`demo: generating ${DEMO.people} people (seed "${DEMO.seed}") and importing them…`);
  const result = await importSnapshot(store, collectSnapshot(generateSnapshot(DEMO)));
  await store.write((ops) => ops.setMeta(LOADED, new Date().toISOString()));
  progress(`demo: imported ${result.total} records in ${(result.durationMs / 1000).toFixed(1)} s`);
  return result.total;
}
