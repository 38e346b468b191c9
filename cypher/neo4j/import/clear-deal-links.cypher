UNWIND $rows AS s
MATCH (d:Deal {id: s.id})
USING INDEX d:Deal(id)
MATCH (d)<-[h:HANDLED]-()
DELETE h
