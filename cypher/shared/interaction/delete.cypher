MATCH (i:Interaction {id: $id}) DETACH DELETE i
