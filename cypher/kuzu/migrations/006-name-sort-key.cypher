// Lists order companies and people by the reading of their name (src/domain/shared/sort-key.ts): the key is stored
// beside the name; rows written before this migration get it from the store's backfill at open (sort-key-backfill.ts).
ALTER TABLE Company ADD IF NOT EXISTS sortKey STRING;
ALTER TABLE CompanyStage ADD IF NOT EXISTS sortKey STRING;
ALTER TABLE Person ADD IF NOT EXISTS sortKey STRING;
ALTER TABLE PersonStage ADD IF NOT EXISTS sortKey STRING;
