// Where the change log stands (none yet: no row).
MATCH (h:ChangeHead {id: 'head'})
RETURN h.seq AS seq, h.epoch AS epoch
