MATCH (c:Company {id: $id}) RETURN c
