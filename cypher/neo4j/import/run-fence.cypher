// The first statement of every import batch: the SET takes the import record's write lock, held until the batch
// commits, and the record is read after it, so the batch sees the progress the last committed batch wrote. Batches
// of one run are then applied one at a time and each exactly once, whichever processes run it (neo4j-store.ts).
MATCH (m:Meta {key: $key})
SET m.lockedBy = $runId
RETURN m.value AS value
