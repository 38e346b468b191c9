import { en } from '../../web/explorer/i18n';

it('counts what the canvas shows in the singular and the plural (found by a new user: "1 nodes")', () => {
  expect(en.status(1, 1)).toBe('1 node, 1 tie shown');
  expect(en.status(2, 0)).toBe('2 nodes, 0 ties shown');
});
