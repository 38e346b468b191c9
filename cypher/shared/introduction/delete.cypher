MATCH (:Person {id: $introducerId})-[x:INTRODUCED {id: $id}]->(:Person {id: $introducedId}) DELETE x
