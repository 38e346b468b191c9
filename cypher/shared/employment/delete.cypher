MATCH (:Person)-[e:EMPLOYED_AT {id: $id}]->(:Company) DELETE e
