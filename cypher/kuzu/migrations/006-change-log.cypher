// The change log (src/store/changes/change-log.ts): one row per committed write, appended in its transaction, with
// the sequence ChangeHead hands out; an epoch that changes when the log starts over (a wiped graph).
CREATE NODE TABLE IF NOT EXISTS Change(seq INT64 PRIMARY KEY, at STRING, changes STRING);
CREATE NODE TABLE IF NOT EXISTS ChangeHead(id STRING PRIMARY KEY, seq INT64, epoch STRING);
