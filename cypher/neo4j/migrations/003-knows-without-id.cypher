// A tie's id is its pair ("a~b", a <= b): it is made from the two ends when read, no longer written. Ties written
// before keep an `id` property nobody reads.
DROP INDEX knows_id IF EXISTS;
