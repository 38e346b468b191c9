MATCH (i:Interaction {id: $id})
UNWIND $personIds AS pid
MATCH (p:Person {id: pid})
MERGE (p)-[:PARTICIPATED_IN]->(i)
