MATCH (:Person {id: $a})-[tie:KNOWS]->(:Person {id: $b}) DELETE tie
