import { futureDateRefusal } from '@/app/access/future-dates';

describe('dates a manager may give evidence', () => {
  const now = Date.parse('2026-03-10T12:00:00Z');

  it('allows instants up to 5 minutes ahead (clock skew), in any offset', () => {
    expect(futureDateRefusal('at', '2026-03-10T12:05:00Z', now)).toBeNull();
    expect(futureDateRefusal('at', '2026-03-10T21:04:00+09:00', now)).toBeNull();
    expect(futureDateRefusal('at', '2026-03-10T12:05:01Z', now)).toBe('at "2026-03-10T12:05:01Z" is in the future; record what has happened');
    expect(futureDateRefusal('at', '2099-01-01T00:00:00+09:00', now)).not.toBeNull();
  });

  it('allows days up to tomorrow (UTC), where some time zones already are', () => {
    expect(futureDateRefusal('closedAt', '2026-03-11', now)).toBeNull();
    expect(futureDateRefusal('closedAt', '2026-03-12', now)).toBe('closedAt "2026-03-12" is in the future; record what has happened');
  });

  it('leaves what is not a date to input validation', () => {
    expect(futureDateRefusal('at', null, now)).toBeNull();
    expect(futureDateRefusal('at', 'soon', now)).toBeNull();
  });
});
