MATCH (:Person)-[r:PARTICIPATED_IN]->(i:Interaction {id: $id}) DELETE r
