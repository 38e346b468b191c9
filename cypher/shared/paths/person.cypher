// Warm paths: one person by id (a primary-key lookup; the embedded engine scans every person for `id IN $ids`).
MATCH (p:Person {id: $id})
RETURN p
