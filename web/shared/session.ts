/**
 * The API token lives in this tab's sessionStorage only: never in a URL, never in localStorage, gone when the tab
 * closes. Both pages (explorer and GraphiQL) read it from here.
 */
const KEY = 'tsunagu.token';

export function storedToken(): string | null {
  return sessionStorage.getItem(KEY);
}

export function storeToken(token: string): void {
  sessionStorage.setItem(KEY, token);
}

export function forgetToken(): void {
  sessionStorage.removeItem(KEY);
}
