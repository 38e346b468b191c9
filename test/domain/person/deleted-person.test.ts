import { deletedPersonFrom, deletedPersonProblems } from '@/domain/person/deleted-person';

describe('a deleted person of a snapshot', () => {
  it('keeps deletedAt in UTC whatever offset it was given with (found by an outsider: +09:00 was kept as given), null as null', () => {
    expect(deletedPersonFrom({ id: 'm1', kind: 'MANAGER', deletedAt: '2026-03-01T09:00:00+09:00' }).deletedAt).toBe('2026-03-01T00:00:00.000Z');
    expect(deletedPersonFrom({ id: 'm1', kind: 'MANAGER', deletedAt: '2026-03-01T00:00:00.000Z' }).deletedAt).toBe('2026-03-01T00:00:00.000Z');
    expect(deletedPersonFrom({ id: 'r1', kind: 'REP', deletedAt: null }).deletedAt).toBeNull();
    expect(deletedPersonFrom({ id: 'r1', kind: 'REP' }).deletedAt).toBeNull();
  });

  it('refuses an instant without offset', () => {
    expect(deletedPersonProblems({ id: 'm1', kind: 'MANAGER', deletedAt: '2026-03-01T09:00:00' }).map((p) => p.field)).toEqual(['deletedAt']);
  });
});
