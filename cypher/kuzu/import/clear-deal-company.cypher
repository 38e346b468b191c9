MATCH (s:IdStage)
MATCH (d:Deal {id: s.id})-[w:DEAL_WITH]->(:Company)
DELETE w
