MATCH (s:{table}) DELETE s
