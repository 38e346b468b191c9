MATCH (c:Company {id: $id}) SET c.sortKey = $sortKey
