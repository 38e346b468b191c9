MATCH (d:Deal {id: $id}) RETURN d
