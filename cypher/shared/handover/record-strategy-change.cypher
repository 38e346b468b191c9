CREATE (s:StrategyChange {id: $id, companyId: $companyId, at: $at, field: $field, before: $before, after: $after})
