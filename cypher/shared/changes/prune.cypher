// Drops log rows up to $upTo (a process further behind than what is kept loads its caches again).
MATCH (c:Change) WHERE c.seq <= $upTo
DELETE c
