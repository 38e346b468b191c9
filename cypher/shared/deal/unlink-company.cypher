MATCH (d:Deal {id: $id})-[w:DEAL_WITH]->(:Company) DELETE w
