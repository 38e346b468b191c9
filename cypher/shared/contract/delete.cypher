MATCH (k:Contract {id: $id}) DETACH DELETE k
