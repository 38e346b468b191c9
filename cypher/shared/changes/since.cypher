// Catching up: the head and every change after $since, oldest first, in one round trip. Nothing newer: one row of
// the head alone (the change match is an index seek that finds nothing).
OPTIONAL MATCH (h:ChangeHead {id: 'head'})
OPTIONAL MATCH (c:Change)
WHERE c.seq > $since AND h.seq > $since
RETURN h.seq AS head, h.epoch AS epoch, c.seq AS seq, c.changes AS changes
ORDER BY seq
