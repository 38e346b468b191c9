MATCH (p:Person {id: $id})-[t:EXPERT_IN|INTERESTED_IN]->(:Topic) DELETE t
