MATCH (:Person)-[h:HANDLED]->(d:Deal {id: $id}) DELETE h
