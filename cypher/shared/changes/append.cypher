// The change log: the last statement of a write transaction. Raising the head's sequence locks it until the
// transaction ends (Neo4j takes a write lock for a SET that reads the property it writes), so sequences commit in
// order and without gaps: a reader that saw n has seen everything up to n.
MERGE (h:ChangeHead {id: 'head'})
ON CREATE SET h.seq = 0, h.epoch = $epoch
SET h.seq = h.seq + 1
WITH h
CREATE (c:Change {seq: h.seq, at: $at, changes: $changes})
RETURN h.seq AS seq, h.epoch AS epoch
