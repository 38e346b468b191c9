import { toCompany } from '../columns/company';
import { toPerson } from '../columns/person';
import { IMPORT_RUN_KEY, type ImportRun, parseRun } from '../import-run';
import { type ReaderClass } from '../reader';

/** The store's own records (migrations done, an import under way) and the id checks of a snapshot import. */
export function metaOperations<B extends ReaderClass>(Base: B) {
  return class MetaOperations extends Base {
    async getMeta(key: string): Promise<string | null> {
      const rows = await this.run('meta/get', { key });
      return rows.length ? String(rows[0].value) : null;
    }
    async setMeta(key: string, value: string): Promise<void> {
      await this.run('meta/set', { key, value });
    }
    /** The import that started committing batches and has not finished (see import-run.ts), or null. */
    async unfinishedImport(): Promise<ImportRun | null> {
      const run = parseRun(await this.getMeta(IMPORT_RUN_KEY));
      return run && run.finishedAt === null ? run : null;
    }
    /** Which of `ids` name a stored person (manager or rep) or company; read in chunks. */
    async existingIds(kind: 'person' | 'company', ids: readonly string[]): Promise<Set<string>> {
      const found = new Set<string>();
      for (let i = 0; i < ids.length; i += 10000) {
        const chunk = ids.slice(i, i + 10000);
        const records = kind === 'person' ? await this.nodes('person', chunk, 'p', toPerson) : await this.nodes('company', chunk, 'c', toCompany);
        for (const r of records) found.add(r.id);
      }
      return found;
    }
  };
}
