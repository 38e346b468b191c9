MATCH (d:Deal {id: $id}) DETACH DELETE d
