// The change log (src/store/changes/change-log.ts): one row per committed write, appended in its transaction, with
// the sequence ChangeHead hands out. The constraint's index answers "changes after seq n" with a range seek.
CREATE CONSTRAINT change_seq IF NOT EXISTS FOR (c:Change) REQUIRE c.seq IS UNIQUE;
CREATE CONSTRAINT change_head_id IF NOT EXISTS FOR (h:ChangeHead) REQUIRE h.id IS UNIQUE;
// The head exists before the first write, so that two first writes do not both create it.
MERGE (h:ChangeHead {id: 'head'}) ON CREATE SET h.seq = 0, h.epoch = randomUUID();
