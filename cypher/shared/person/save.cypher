MERGE (p:Person {id: $id})
SET p.kind = $kind, p.name = $name, p.searchText = $searchText, p.sortKey = $sortKey, p.nameKana = $nameKana, p.email = $email,
    p.phone = $phone, p.team = $team, p.expertise = $expertise, p.interests = $interests, p.disc = $disc,
    p.mbti = $mbti, p.stance = $stance, p.responseSpeed = $responseSpeed, p.notes = $notes, p.version = $version
RETURN p
