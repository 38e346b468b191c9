// Companies may carry the reading of their name (nameKana), like people; search matches it.
ALTER TABLE Company ADD IF NOT EXISTS nameKana STRING;
ALTER TABLE CompanyStage ADD IF NOT EXISTS nameKana STRING;
