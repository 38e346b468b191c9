/// <reference lib="dom" />
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type Browser, type BrowserContext, type Page } from 'playwright-core';
import { decodeView } from '../../web/explorer/view-state';
import { type WebService, buildWebPages, findChromium, launchChromium, startWebService } from '../helpers/web-service';

/**
 * The explorer and GraphiQL in real headless Chromium against the service with a generated network (seed "demo").
 * Without a browser this file is skipped with one line; under CI=true it fails instead.
 */
const chromiumPath = findChromium();
const ci = process.env.CI === 'true' || process.env.CI === '1';
if (!chromiumPath && ci) throw new Error('No Chromium for the web tests: install it (apt-get install chromium); CI never skips them');
if (!chromiumPath) process.stderr.write('[web] explorer/GraphiQL browser tests SKIPPED: install chromium (apt-get install chromium) to run them\n');

const ARTIFACTS = join(__dirname, '..', '..', 'test-artifacts');
const PEOPLE = 600;
const CAP = 25;

const describeBrowser = chromiumPath ? describe : describe.skip;

/** Katakana to hiragana: searching by a reading typed in hiragana shows the API's kana-insensitive matching. */
const hiragana = (text: string) => text.replace(/[\u30a1-\u30f6]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0x60));

describeBrowser('explorer and GraphiQL in Chromium', () => {
  let service: WebService;
  let browser: Browser;
  let page: Page;
  const problems: string[] = [];

  async function newPage(): Promise<{ context: BrowserContext; page: Page }> {
    const ctx = await browser.newContext({ locale: 'ja-JP', viewport: { width: 1400, height: 860 } });
    const p = await ctx.newPage();
    p.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
    p.on('console', (m) => { if (m.type() === 'error') problems.push(`console: ${m.text()}`); });
    return { context: ctx, page: p };
  }

  async function signIn(p: Page, token: string, url = `${service.origin}/explorer`): Promise<void> {
    await p.goto(url);
    await p.fill('#token', token);
    await p.click('form.sign-in button[type=submit]');
    await p.waitForSelector('header .who');
  }

  const shot = (p: Page, name: string) => p.screenshot({ path: join(ARTIFACTS, `${name}.png`) });
  const listedIds = (p: Page) => p.$$eval('.node-list button', (bs) => bs.map((b) => b.getAttribute('data-id')));
  const statusCounts = async (p: Page) => (await p.textContent('.status'))!.match(/\d+/g)!.map(Number);

  beforeAll(async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    buildWebPages();
    service = await startWebService(PEOPLE);
    browser = await launchChromium(chromiumPath!);
    ({ page } = await newPage());
  }, 180_000);
  afterAll(async () => {
    await browser?.close();
    await service?.stop();
  });

  // the rep with the most ties: expanding them needs the cap
  function hub(): { id: string; name: string; nameKana: string; email: string; phone: string; ties: number } {
    const degree = new Map<string, number>();
    for (const r of service.snapshot.relationships) for (const id of [r.a, r.b]) degree.set(id, (degree.get(id) ?? 0) + 1);
    const rep = [...service.snapshot.reps].sort((a, b) => (degree.get(b.id) ?? 0) - (degree.get(a.id) ?? 0))[0];
    return { ...rep, ties: degree.get(rep.id)! };
  }

  it('signs in with a token kept in sessionStorage, never in the URL', async () => {
    await signIn(page, service.adminToken);
    expect(await page.textContent('header .who')).toContain('ADMIN');
    expect(await page.textContent('header h1')).toBe('つなぐ エクスプローラー');
    expect(await page.evaluate(() => sessionStorage.getItem('tsunagu.token'))).toBe(service.adminToken);
    expect(page.url()).not.toContain(service.adminToken);
  });

  it('searches in Japanese, expands at most 25 neighbours with "N more", and undoes and redoes', async () => {
    const target = hub();
    expect(target.ties).toBeGreaterThan(CAP);
    await page.fill('input[type=search]', hiragana(target.nameKana).replace(' ', ''));
    const hit = page.locator(`.hits button[data-id="${target.id}"]`);
    await hit.waitFor();
    await hit.click();
    await page.waitForFunction((id) => document.querySelector(`.node-list button[data-id="${id}"]`), target.id);
    expect(await listedIds(page)).toEqual([target.id]);
    await page.waitForSelector('.card h2');
    expect(await page.textContent('.card h2')).toBe(target.name);

    await page.click(`.node-list button[data-id="${target.id}"]`);
    await page.waitForFunction((n) => document.querySelectorAll('.node-list button').length === n, 1 + CAP);
    const neighbours = 1 + target.ties; // the company and every tie
    expect(await page.textContent('.node-actions .more')).toBe(`さらに${neighbours - CAP}件`);
    // strongest first: every expanded tie is at least as strong as every tie left out
    const ids = new Set(await listedIds(page));
    const trusts = service.snapshot.relationships.filter((r: any) => r.a === target.id || r.b === target.id)
      .map((r: any) => ({ other: r.a === target.id ? r.b : r.a, trust: r.trust }));
    const shown = trusts.filter((x: any) => ids.has(x.other)).map((x: any) => x.trust);
    const left = trusts.filter((x: any) => !ids.has(x.other)).map((x: any) => x.trust);
    expect(Math.min(...shown)).toBeGreaterThanOrEqual(Math.max(...left));
    await shot(page, '1-expanded');

    await page.click('text=元に戻す');
    await page.waitForFunction(() => document.querySelectorAll('.node-list button').length === 1);
    await page.click('text=やり直す');
    await page.waitForFunction((n) => document.querySelectorAll('.node-list button').length === n, 1 + CAP);
    expect(new Set(await listedIds(page))).toEqual(ids);

    // collapse drops the neighbours that hang on the hub alone; undo brings them back (from the keyboard)
    await page.click('.node-actions >> text=折りたたむ');
    await page.waitForFunction((n) => document.querySelectorAll('.node-list button').length < n, 1 + CAP);
    await page.focus(`.node-list button[data-id="${target.id}"]`);
    await page.keyboard.press('Control+z');
    await page.waitForFunction((n) => document.querySelectorAll('.node-list button').length === n, 1 + CAP);
    expect(new Set(await listedIds(page))).toEqual(ids);
  });

  it('filters by minimum trust: the weaker ties go', async () => {
    const [nodes, before] = await statusCounts(page);
    expect(nodes).toBe(1 + CAP);
    await page.locator('#min-trust').fill('0.8');
    const ids = new Set(await listedIds(page));
    // expected from the data, not from the page: ties of at least 0.8 among the nodes shown, plus current employment
    const ties = service.snapshot.relationships.filter((r: any) => ids.has(r.a) && ids.has(r.b) && r.trust >= 0.8).length;
    const works = service.snapshot.employments.filter((e: any) => !e.until && ids.has(e.repId) && ids.has(e.companyId)).length;
    const owns = service.snapshot.portfolio.filter((p: any) => ids.has(p.managerId) && ids.has(p.companyId)).length;
    await page.waitForFunction((n) => document.querySelector('.status')!.textContent!.includes(`関係${n}件`), ties + works + owns);
    const [, after] = await statusCounts(page);
    expect(after).toBeLessThan(before);
    await shot(page, '2-min-trust');
    // and by kind: without "works at" links
    await page.uncheck('#kind-EMPLOYMENT');
    await page.waitForFunction((n) => document.querySelector('.status')!.textContent!.includes(`関係${n}件`), ties + owns);
    await page.check('#kind-EMPLOYMENT');
    await page.waitForFunction((n) => document.querySelector('.status')!.textContent!.includes(`関係${n}件`), ties + works + owns);
  });

  it('the time slicer shows only ties since a month, and plays through time', async () => {
    const [, before] = await statusCounts(page);
    const months = Number(await page.getAttribute('#since', 'max'));
    await page.locator('#since').fill(String(months - 12)); // the last year only
    const since = (await page.textContent('output[for=since]'))!;
    expect(since).toMatch(/^\d{4}-\d{2}$/);
    const ids = new Set(await listedIds(page));
    const ties = service.snapshot.relationships.filter((r: any) => ids.has(r.a) && ids.has(r.b) && r.trust >= 0.8 && r.since && r.since.slice(0, 7) >= since).length;
    const works = service.snapshot.employments.filter((e: any) => !e.until && ids.has(e.repId) && ids.has(e.companyId)).length;
    await page.waitForFunction((n) => document.querySelector('.status')!.textContent!.includes(`関係${n}件`), ties + works);
    expect((await statusCounts(page))[1]).toBeLessThan(before);
    await page.locator('#since').fill('0');
    await page.click('text=再生');
    await page.waitForFunction(() => Number((document.getElementById('since') as HTMLInputElement).value) >= 6);
    await page.click('text=一時停止');
    await page.locator('#since').fill('0');
    await page.waitForFunction((n) => document.querySelector('.status')!.textContent!.includes(`関係${n}件`), before);
  });

  it('draws a warm path to a company, strongest first, with each step reason listed and stepped through', async () => {
    // a company whose strongest path has several steps
    let company: { id: string; name: string } | undefined;
    let expected: { people: { id: string }[]; steps: { reason: string }[] }[] = [];
    for (const c of service.snapshot.companies) {
      expected = (await service.query('query($to: ID!) { warmIntroPaths(to: $to, limit: 5) { people { id } steps { reason } } }', { to: c.id })).warmIntroPaths;
      if (expected[0]?.steps.length >= 2) {
        company = c;
        break;
      }
    }
    expect(company).toBeDefined();
    await page.fill('input[type=search]', company!.name);
    await page.click(`.hits button[data-id="${company!.id}"]`);
    await page.waitForFunction((id) => document.querySelector(`.node-list button[data-id="${id}"]`), company!.id);
    await page.click(`.node-list button[data-id="${hub().id}"]`); // select another node, then pick the company on the canvas
    await page.waitForTimeout(4500); // the layout stops within 4 s: the node stays where it is clicked
    // click the company on the canvas: sigma's graphToViewport plus the container's offset
    const point = await page.evaluate((id) => {
      const { renderer, graph } = (window as any).tsunaguExplorer;
      const p = renderer.graphToViewport(graph.getNodeAttributes(id));
      const box = document.getElementById('canvas')!.getBoundingClientRect();
      return { x: box.left + p.x, y: box.top + p.y };
    }, company!.id);
    await page.mouse.click(point.x, point.y);
    await page.waitForFunction((id) => document.querySelector(`.node-list button[data-id="${id}"]`)?.getAttribute('aria-pressed') === 'true', company!.id);
    // the pointer rests on the company: its neighbourhood is highlighted, everything else dimmed
    const farColour = (id: string) => page.evaluate((node) => {
      const { renderer, graph } = (window as any).tsunaguExplorer;
      const far = graph.nodes().find((n: string) => n !== node && !graph.areNeighbors(n, node));
      return renderer.getNodeDisplayData(far).color;
    }, id);
    expect(await farColour(company!.id)).toBe('#dee2e6');
    await page.mouse.move(point.x + 400, 5);
    await page.waitForTimeout(300);
    expect(await farColour(company!.id)).not.toBe('#dee2e6');
    await page.click('text=紹介ルートを探す');
    await page.waitForSelector('.steps li');
    const steps = await page.$$eval('.steps li', (lis) => lis.map((li) => li.textContent));
    expect(steps).toHaveLength(expected[0].steps.length);
    expected[0].steps.forEach((s, i) => expect(steps[i]).toContain(s.reason));
    expect(await page.$$eval('.paths button', (bs) => bs.length)).toBe(expected.length);
    const ids = new Set(await listedIds(page));
    for (const p of expected[0].people) expect(ids.has(p.id)).toBe(true);
    expect(await page.getAttribute('.steps li:nth-child(1)', 'aria-current')).toBe('step');
    await page.click('text=次のステップ');
    expect(await page.getAttribute('.steps li:nth-child(2)', 'aria-current')).toBe('step');
    await page.waitForTimeout(500);
    await shot(page, '3-warm-path');
  });

  it('a shared link opened in a fresh page gives the identical view, and carries no token', async () => {
    const url = page.url();
    expect(url).not.toContain(service.adminToken);
    const before = {
      ids: await listedIds(page), status: await page.textContent('.status'), steps: await page.$$eval('.steps li', (l) => l.map((x) => x.textContent)),
      selected: await page.getAttribute('.node-list button[aria-pressed=true]', 'data-id'), trust: await page.inputValue('#min-trust'),
    };
    const fresh = await newPage();
    await signIn(fresh.page, service.adminToken, url);
    await fresh.page.waitForFunction((n) => document.querySelectorAll('.node-list button').length === n && document.querySelectorAll('.steps li').length > 0, before.ids.length);
    await fresh.page.waitForFunction(() => document.querySelector('.node-list button[aria-pressed=true]'));
    const after = {
      ids: await listedIds(fresh.page), status: await fresh.page.textContent('.status'), steps: await fresh.page.$$eval('.steps li', (l) => l.map((x) => x.textContent)),
      selected: await fresh.page.getAttribute('.node-list button[aria-pressed=true]', 'data-id'), trust: await fresh.page.inputValue('#min-trust'),
    };
    expect(after).toEqual(before);
    expect(await fresh.page.getAttribute('.steps li:nth-child(2)', 'aria-current')).toBe('step');
    await shot(fresh.page, '4-shared-link');
    await fresh.context.close();
  });

  it('asks for the introduction along the path in one click, and exports the view as PNG', async () => {
    const target = await page.getAttribute('.node-list button[aria-pressed=true]', 'data-id');
    await page.click('text=この紹介を依頼する');
    await page.waitForFunction(() => document.querySelector('.message')!.textContent!.includes('紹介を依頼しました'));
    const path = (await service.query('query($to: ID!) { warmIntroPaths(to: $to, limit: 1) { people { id } } }', { to: target })).warmIntroPaths[0].people;
    const last = path[path.length - 1].id;
    const intros = (await service.query('query($id: ID!) { person(id: $id) { introductions { outcome introducer { id } introduced { id } toManager { id } } } }', { id: last })).person.introductions;
    expect(intros).toContainEqual({ outcome: 'PENDING', introducer: { id: path[path.length - 2].id }, introduced: { id: last }, toManager: { id: path[0].id } });

    const [download] = await Promise.all([page.waitForEvent('download'), page.click('text=PNGで保存')]);
    expect(download.suggestedFilename()).toBe('tsunagu-explorer.png');
    const file = join(ARTIFACTS, '7-export.png');
    await download.saveAs(file);
    const png = readFileSync(file);
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    expect(png.readUInt32BE(16)).toBeGreaterThan(100); // width
  });

  it('offers "ask for this introduction" only to who may ask: not an analyst, not another manager; the service still refuses them', async () => {
    // the admin's view of the path (the link of the previous tests), opened by each role
    const url = page.url();
    const view = decodeView(new URL(url).hash);
    expect(view.path).not.toBeNull();
    const shown = (await service.query('query($to: ID!, $from: ID) { warmIntroPaths(to: $to, from: $from, limit: 5) { people { id } } }',
      { to: view.path!.to.id, from: view.path!.from })).warmIntroPaths[view.path!.index].people.map((p: { id: string }) => p.id);
    const owner = shown[0];
    const other = service.snapshot.managers.find((m: { id: string }) => m.id !== owner).id;
    expect(await page.isVisible('button.ask-intro')).toBe(true); // the admin may
    const asRole = async (token: string, name: string): Promise<boolean> => {
      const p = await newPage();
      await signIn(p.page, token, url);
      await p.page.waitForFunction(() => document.querySelectorAll('.steps li').length > 0 && document.querySelector('.node-list button[aria-pressed=true]'));
      await p.page.$eval('aside.left', (aside) => { aside.scrollTop = aside.scrollHeight; }); // the path panel's end in view
      await p.page.waitForTimeout(300);
      await shot(p.page, name);
      const visible = await p.page.isVisible('button.ask-intro');
      await p.context.close();
      return visible;
    };
    const analystToken = await service.token('ANALYST');
    expect(await asRole(analystToken, '6-analyst-path')).toBe(false);
    expect(await asRole(await service.token('MANAGER', other), '6-other-manager-path')).toBe(false);
    expect(await asRole(await service.token('MANAGER', owner), '6-owner-path')).toBe(true);
    // hiding is only what the page offers: the request itself is refused
    const res = await fetch(`${service.origin}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${analystToken}` },
      body: JSON.stringify({ query: 'mutation($p: [ID!]!) { requestIntroduction(input: { path: $p }) { id } }', variables: { p: shown } }),
    });
    expect([res.status, ((await res.json()) as any).errors[0].extensions.code]).toEqual([403, 'FORBIDDEN']);
  });

  it("shows an analyst's masked fields as masked on the side card", async () => {
    const analyst = await newPage();
    await signIn(analyst.page, await service.token('ANALYST'));
    const rep = hub();
    // from the keyboard: type, Enter searches, Tab reaches the hits, Enter opens one
    await analyst.page.focus('input[type=search]');
    await analyst.page.keyboard.type(rep.name);
    await analyst.page.keyboard.press('Enter');
    await analyst.page.waitForSelector(`.hits button[data-id="${rep.id}"]`);
    // the list may still be rendering when the rep's hit appears (a flake in CI counted Tab presses from a list that
    // grew afterwards): wait until the search is answered, then Tab until the rep's hit has the focus, no further than
    // the list is long (namesakes may come first)
    await analyst.page.waitForLoadState('networkidle');
    const hits = await analyst.page.$$eval('.hits button', (bs) => bs.length);
    const focused = () => analyst.page.evaluate(() => document.activeElement?.getAttribute('data-id'));
    for (let i = 0; i <= hits && (await focused()) !== rep.id; i++) await analyst.page.keyboard.press('Tab');
    expect(await focused()).toBe(rep.id);
    // the search the typing scheduled (250 ms after the last key) must not draw the list again under the keyboard
    await analyst.page.waitForTimeout(400);
    expect(await focused()).toBe(rep.id);
    await analyst.page.keyboard.press('Enter');
    await analyst.page.waitForSelector('.card [data-masked=email]');
    // the keyboard goes on at the card opened (found by an outsider: the focus fell to the page)
    await analyst.page.waitForFunction(() => !!document.activeElement?.closest('.card'));
    expect(await analyst.page.evaluate(() => document.activeElement?.closest('.card')?.getAttribute('aria-label'))).toBe(rep.name);
    for (const field of ['email', 'phone', 'mbti']) expect(await analyst.page.textContent(`.card [data-masked=${field}]`)).toBe('マスク済み');
    const card = (await analyst.page.textContent('.card'))!;
    expect(card).not.toContain(rep.email);
    expect(card).not.toContain(rep.phone);
    await shot(analyst.page, '5-analyst-card');
    await analyst.context.close();
  });

  it('drops the hits of the text before as soon as the text changes (found by an outsider: Tab landed on a stale hit)', async () => {
    const fresh = await newPage();
    await signIn(fresh.page, service.adminToken);
    const [first, second] = [service.snapshot.reps[0], service.snapshot.reps[1]];
    await fresh.page.fill('input[type=search]', first.name);
    await fresh.page.press('input[type=search]', 'Enter');
    await fresh.page.waitForSelector(`.hits button[data-id="${first.id}"]`);
    await fresh.page.fill('input[type=search]', second.name);
    // at once, before any answer: no hit of the earlier search is left to Tab to
    expect(await fresh.page.$$eval('.hits button', (bs) => bs.length)).toBe(0);
    await fresh.page.press('input[type=search]', 'Enter');
    await fresh.page.waitForSelector(`.hits button[data-id="${second.id}"]`);
    await fresh.context.close();
  });

  it('draws the side card of the latest selection when an earlier card answers late', async () => {
    const late = await newPage();
    await signIn(late.page, service.adminToken);
    // two reps without namesakes, so that each search lists the one asked for
    const unique = service.snapshot.reps.filter((r: { name: string }) => service.snapshot.reps.filter((o: { name: string }) => o.name === r.name).length === 1);
    const [first, second] = [unique[0], unique[1]];
    // the first rep's card (and only it) answers 2 s late
    await late.page.route('**/graphql', async (route) => {
      const body = route.request().postDataJSON() as { query?: string; variables?: { id?: string } } | null;
      if (body?.query?.includes('query RepCard') && body.variables?.id === first.id) await new Promise((r) => setTimeout(r, 2000));
      await route.continue();
    });
    const open = async (rep: { id: string; name: string }): Promise<void> => {
      await late.page.fill('input[type=search]', rep.name);
      await late.page.press('input[type=search]', 'Enter');
      await late.page.click(`.hits button[data-id="${rep.id}"]`);
    };
    await open(first);
    await open(second);
    await late.page.waitForSelector(`.card[aria-label="${second.name}"]`);
    await late.page.waitForTimeout(2500); // past the first card's answer
    expect(await late.page.getAttribute('.card', 'aria-label')).toBe(second.name);
    expect(await late.page.$$eval('.card', (cards) => cards.length)).toBe(1);
    await late.context.close();
  });

  it('GraphiQL runs a query with the token in its headers, from our own files only', async () => {
    const ide = await newPage();
    const requests: string[] = [];
    ide.page.on('request', (r) => requests.push(r.url()));
    await ide.page.goto(`${service.origin}/graphiql`);
    // the schema's docs, before any token
    await ide.page.click('[aria-label="Show Documentation Explorer"]');
    await ide.page.waitForSelector('.graphiql-doc-explorer');
    expect(await ide.page.textContent('.graphiql-doc-explorer')).toContain('WarmPath');
    await ide.page.fill('#token', service.adminToken);
    await ide.page.click('.token-bar button[type=submit]');
    await ide.page.click('.graphiql-execute-button');
    await ide.page.waitForFunction(() => document.querySelector('.result-window')?.textContent?.includes('ADMIN'));
    expect(await ide.page.textContent('.result-window')).toContain('"role": "ADMIN"');
    await shot(ide.page, '6-graphiql');
    // every example tab is sent with the token, also after a reload (found by a new user: only the first one was)
    const searchTab = async () => {
      await ide.page.click('.graphiql-tab >> text=Search');
      // GraphiQL takes the operation name from the editor after a tab switch: running before it has the new query
      // sends the previous tab's name (a race of the test, not of a user)
      await ide.page.waitForFunction(() => document.querySelector('.graphiql-query-editor')?.textContent?.includes('query Search'));
      await ide.page.waitForTimeout(500);
      await ide.page.click('.graphiql-execute-button');
      await ide.page.waitForFunction(() => /"managers"|"errors"/.test(document.querySelector('.result-window')?.textContent ?? ''));
      const text = (await ide.page.textContent('.result-window'))!;
      expect(text).toContain('"managers"');
      expect(text).not.toContain('credentials');
    };
    await searchTab();
    await ide.page.reload();
    await searchTab();
    await shot(ide.page, '6b-graphiql-second-tab');
    expect(requests.filter((u) => !u.startsWith(service.origin) && !u.startsWith('data:') && !u.startsWith('blob:'))).toEqual([]);
    await ide.context.close();
  });

  it('speaks English to a browser set to English', async () => {
    const english = await browser.newContext({ locale: 'en-US' });
    const p = await english.newPage();
    await p.goto(`${service.origin}/explorer`);
    expect(await p.textContent('label[for=token]')).toBe('API token');
    expect(await p.textContent('form.sign-in button')).toBe('Sign in');
    await english.close();
  });

  it('ran without page errors or Content-Security-Policy violations', () => {
    expect(problems).toEqual([]);
  });
});
