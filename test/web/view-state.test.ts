import { EMPTY_VIEW, type ViewState, decodeView, encodeView } from '../../web/explorer/view-state';

describe('the explorer view in a shared link', () => {
  it('comes back exactly, whatever the ids hold', () => {
    const view: ViewState = {
      nodes: [{ id: 'r1', kind: 'REP' }, { id: 'a,b:c&d=e#f %2e', kind: 'COMPANY' }, { id: '佐藤 花子', kind: 'MANAGER' }],
      selected: 'a,b:c&d=e#f %2e',
      hiddenLinks: ['PERSONAL', 'EMPLOYMENT'],
      minTrust: 0.35,
      since: '2024-03',
      path: { to: { id: 'a,b:c&d=e#f %2e', kind: 'COMPANY' }, from: 'm,1', index: 2, step: 1 },
    };
    const fragment = encodeView(view);
    expect(decodeView(`#${fragment}`)).toEqual(view);
    expect(decodeView(encodeView(EMPTY_VIEW))).toEqual(EMPTY_VIEW);
  });

  it('falls back to the defaults on whatever is malformed, and keeps the rest', () => {
    const view = decodeView('#n=r:r1,x:bad,r,c:%E0%A4%A&min=7&since=2024-13-01&hide=PERSONAL,NOPE&path=zz&sel=r1');
    expect(view).toEqual({ ...EMPTY_VIEW, nodes: [{ id: 'r1', kind: 'REP' }], hiddenLinks: ['PERSONAL'], selected: 'r1' });
    expect(decodeView('#min=-1').minTrust).toBe(0);
    expect(decodeView('#min=abc').minTrust).toBe(0);
  });
});
