UNWIND $rows AS s
MATCH (d:Deal {id: s.id})
USING INDEX d:Deal(id)
MATCH (d)-[w:DEAL_WITH]->()
DELETE w
