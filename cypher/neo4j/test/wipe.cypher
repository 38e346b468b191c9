MATCH (n) WHERE NOT n:Meta OR n.key = 'import:run' DETACH DELETE n
