import 'graphiql/graphiql.css';
import './styles.css';
import { GraphiQL } from 'graphiql';
import { buildSchema } from 'graphql';
import { createRoot } from 'react-dom/client';
import { forgetToken, storeToken, storedToken } from '../shared/session';
import { EXAMPLES } from './examples';
import schemaText from '../../schema.graphql';

/**
 * The schema's docs come with the page (the committed schema.graphql, bundled at build): they show before a token is
 * given, and introspection, which the service's depth limit (MAX_QUERY_DEPTH) refuses, is never needed.
 */
const schema = buildSchema(schemaText);

const PLACEHOLDER = '<paste your API token above>';

/**
 * Sends what the editor holds to our own /graphql with the headers of the tab's headers editor. A tab whose headers
 * carry no token of their own (every example tab but the first in GraphiQL 3, and tabs restored after a reload) is
 * sent with the token given above.
 */
async function fetcher(params: unknown, options?: { headers?: Record<string, unknown> }): Promise<unknown> {
  const headers: Record<string, string> = { ...(options?.headers as Record<string, string>), 'content-type': 'application/json' };
  const given = Object.keys(headers).find((k) => k.toLowerCase() === 'authorization');
  const token = storedToken();
  if (token && (!given || headers[given].includes(PLACEHOLDER))) {
    if (given) delete headers[given];
    headers.Authorization = `Bearer ${token}`;
  }
  const response = await fetch('/graphql', { method: 'POST', headers, body: JSON.stringify(params) });
  return response.json();
}

const headersFor = (token: string) => JSON.stringify({ Authorization: `Bearer ${token}` }, null, 2);

const tokenForm = document.createElement('form');
tokenForm.className = 'token-bar';
tokenForm.innerHTML = '<strong>Tsunagu GraphiQL</strong><label for="token">API token</label><input id="token" type="password" autocomplete="current-password" required><button type="submit">Use token</button><button type="button" id="forget">Forget token</button>';
const ide = document.createElement('div');
ide.className = 'ide';
document.getElementById('app')!.append(tokenForm, ide);
const root = createRoot(ide);

function mount(token: string | null): void {
  root.render(
    <GraphiQL
      key={token ?? 'none'}
      fetcher={fetcher as never}
      schema={schema}
      headers={headersFor(token ?? PLACEHOLDER)}
      defaultTabs={EXAMPLES.map((tab) => ({ ...tab, headers: headersFor(token ?? PLACEHOLDER) }))}
      defaultEditorToolsVisibility="headers"
      shouldPersistHeaders={false}
    />,
  );
}

tokenForm.addEventListener('submit', (event) => {
  event.preventDefault();
  const input = tokenForm.querySelector('input')!;
  storeToken(input.value.trim());
  input.value = '';
  mount(storedToken());
});
tokenForm.querySelector('#forget')!.addEventListener('click', () => {
  forgetToken();
  mount(null);
});
mount(storedToken());
