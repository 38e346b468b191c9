// One person by primary key. On Kuzu an `id IN $ids` filter scans the whole table (~50 ms at 100,000 people)
// while an equality on the key is an index lookup (~0.5 ms): the insight resolvers look up a few ids this way.
MATCH (p:Person {id: $id})
RETURN p
