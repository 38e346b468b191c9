// Kuzu stage: PersonStage
MERGE (p:Person {id: s.id})
SET p.kind = s.kind, p.name = s.name, p.searchText = s.searchText, p.sortKey = s.sortKey, p.nameKana = s.nameKana, p.email = s.email,
    p.phone = s.phone, p.team = s.team, p.expertise = s.expertise, p.interests = s.interests, p.disc = s.disc,
    p.mbti = s.mbti, p.stance = s.stance, p.responseSpeed = s.responseSpeed, p.notes = s.notes,
    p.version = coalesce(p.version, 0) + 1
