MATCH (:Person {id: $a})-[k:KNOWS]->(:Person {id: $b}) DELETE k
