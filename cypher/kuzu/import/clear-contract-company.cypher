MATCH (s:IdStage)
MATCH (:Company)-[h:HAS_CONTRACT]->(k:Contract {id: s.id})
DELETE h
