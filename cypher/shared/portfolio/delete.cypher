MATCH (:Person {id: $managerId})-[o:OWNS]->(:Company {id: $companyId}) DELETE o
