MATCH (p:Person {id: $id}) SET p.sortKey = $sortKey
