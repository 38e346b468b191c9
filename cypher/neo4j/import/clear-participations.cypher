UNWIND $rows AS s
MATCH (i:Interaction {id: s.id})
USING INDEX i:Interaction(id)
MATCH (i)<-[r:PARTICIPATED_IN]-()
DELETE r
