MATCH (:Person {id: $repId})-[x:REPORTS_TO]->(:Person {id: $bossId}) DELETE x
