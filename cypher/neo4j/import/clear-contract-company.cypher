UNWIND $rows AS s
MATCH (k:Contract {id: s.id})
USING INDEX k:Contract(id)
MATCH (k)<-[h:HAS_CONTRACT]-()
DELETE h
