// Neo4j schema: uniqueness constraints (which also index the ids) and the indexes the named queries use.
CREATE CONSTRAINT company_id IF NOT EXISTS FOR (c:Company) REQUIRE c.id IS UNIQUE;
CREATE CONSTRAINT person_id IF NOT EXISTS FOR (p:Person) REQUIRE p.id IS UNIQUE;
CREATE CONSTRAINT contract_id IF NOT EXISTS FOR (k:Contract) REQUIRE k.id IS UNIQUE;
CREATE CONSTRAINT deal_id IF NOT EXISTS FOR (d:Deal) REQUIRE d.id IS UNIQUE;
CREATE CONSTRAINT interaction_id IF NOT EXISTS FOR (i:Interaction) REQUIRE i.id IS UNIQUE;
CREATE CONSTRAINT topic_key IF NOT EXISTS FOR (t:Topic) REQUIRE t.key IS UNIQUE;
CREATE CONSTRAINT meta_key IF NOT EXISTS FOR (m:Meta) REQUIRE m.key IS UNIQUE;
CREATE INDEX company_name IF NOT EXISTS FOR (c:Company) ON (c.name, c.id);
CREATE INDEX person_name IF NOT EXISTS FOR (p:Person) ON (p.name, p.id);
CREATE INDEX person_kind IF NOT EXISTS FOR (p:Person) ON (p.kind);
CREATE INDEX knows_id IF NOT EXISTS FOR ()-[k:KNOWS]-() ON (k.id);
CREATE INDEX employed_at_id IF NOT EXISTS FOR ()-[e:EMPLOYED_AT]-() ON (e.id);
CREATE INDEX introduced_id IF NOT EXISTS FOR ()-[i:INTRODUCED]-() ON (i.id);
CREATE INDEX deal_company IF NOT EXISTS FOR (d:Deal) ON (d.companyId);
