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

/** Sends what the editor holds to our own /graphql with the headers of the headers editor (the token is there). */
async function fetcher(params: unknown, options?: { headers?: Record<string, unknown> }): Promise<unknown> {
  const response = await fetch('/graphql', {
    method: 'POST',
    headers: { ...(options?.headers as Record<string, string>), 'content-type': 'application/json' },
    body: JSON.stringify(params),
  });
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
      headers={token ? headersFor(token) : headersFor('<paste your API token above>')}
      defaultTabs={EXAMPLES}
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
