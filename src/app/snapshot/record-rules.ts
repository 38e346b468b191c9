import { type SnapshotList } from '@/domain/snapshot/snapshot';

/**
 * The classes whose class-validator rules each snapshot list's records must satisfy: the create mutations' input
 * classes, so a snapshot record and a mutation's input obey the same rules. They carry GraphQL decorators too and
 * live with the transport, so the use cases take them as a parameter (src/wiring/snapshot.ts supplies them).
 */
export interface SnapshotRecordRules {
  lists: Record<SnapshotList, new () => object>;
  /** An interaction's nextAction (a nested object, validated as this class). */
  nextAction: new () => object;
}
