MATCH (i:Interaction {id: $id}) RETURN i
