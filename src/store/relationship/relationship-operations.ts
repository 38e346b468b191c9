import { type Relationship } from '@/domain/relationship/relationship';
import { relationshipRow, toRelationship } from '../columns/edges';
import { type ReaderClass } from '../reader';

/** Who knows whom, and how well (KNOWS; `cypher/shared/relationship/`). */
export function relationshipOperations<B extends ReaderClass>(Base: B) {
  return class RelationshipOperations extends Base {
    /** Each person's relationships; `a`/`b` keep their stored order, the caller picks the other side. */
    async relationshipsByPersonIds(ids: readonly string[]): Promise<Relationship[][]> {
      const rows = await this.edges('relationship/by-person-ids', ids, (r) => r.personId, (m) => this.listed('relationship/by-person-ids', m));
      return rows.map((rs) => rs.map((r) => toRelationship({ ...r, a: r.personId, b: r.otherId })));
    }
    async relationshipByPair(a: string, b: string): Promise<Relationship | null> {
      const rows = await this.run('relationship/by-pair', { a, b });
      return rows.length ? toRelationship(rows[0]) : null;
    }
    async allRelationships(): Promise<Relationship[]> {
      return (await this.run('relationship/all')).map(toRelationship);
    }
    async saveRelationship(r: Relationship): Promise<void> {
      // the edge's id is its pair (relationshipKey): not stored, it is made from the two ends when read
      const { id: _id, ...row } = relationshipRow(r);
      await this.run('relationship/save', { ...row, version: r.version });
    }
    async deleteRelationship(a: string, b: string): Promise<void> {
      await this.run('relationship/delete', { a, b });
    }
  };
}
