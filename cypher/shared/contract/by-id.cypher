MATCH (k:Contract {id: $id}) RETURN k
