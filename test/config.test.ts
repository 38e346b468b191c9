/**
 * Settings are refused at start when the service could never use them as given (src/config.ts): an ADMIN_TOKEN no
 * Bearer header can carry, or too short to guard full admin rights, and any setting that is set but empty.
 */
import { ADMIN_TOKEN_MIN_LENGTH, ConfigError, loadConfig } from '@/config';

const refusal = (env: NodeJS.ProcessEnv): string => {
  try {
    loadConfig(env);
  } catch (e) {
    expect(e).toBeInstanceOf(ConfigError);
    return (e as Error).message;
  }
  throw new Error(`accepted ${JSON.stringify(env)}`);
};

describe('ADMIN_TOKEN', () => {
  it('takes 32 or more characters of what a Bearer token carries (RFC 6750 b64token), = only at the end', () => {
    expect(ADMIN_TOKEN_MIN_LENGTH).toBe(32);
    for (const ok of ['0123456789abcdef'.repeat(3), 'a'.repeat(32), `Az09-._~+/${'x'.repeat(22)}`, `${'b'.repeat(31)}==`, 'c'.repeat(4096)]) {
      expect(loadConfig({ ADMIN_TOKEN: ok }).adminToken).toBe(ok);
    }
    expect(loadConfig({}).adminToken).toBeUndefined();
  });

  it('refuses one a Bearer header cannot carry, saying what is allowed and where, never the token', () => {
    const secret = 'Zq7'.repeat(12);
    const cases: [string, RegExp][] = [
      [`${secret} tail`, /character 37 is not one of those \(a space\)/],
      [`${secret}=x`, /character 37 is not one of those/],
      [`${secret}é`, /character 37 is not one of those/],
      [`${secret}"`, /character 37 is not one of those/],
      [`\t${secret}`, /character 1 is not one of those/],
      ['='.repeat(40), /it holds only =/],
      ['d'.repeat(4097), /it has 4097/],
    ];
    for (const [token, where] of cases) {
      const message = refusal({ ADMIN_TOKEN: token });
      expect(message).toMatch(/^ADMIN_TOKEN must be 32 to 4096 characters of A-Z a-z 0-9 - \. _ ~ \+ \/ \(with = only at the end\)/);
      expect(message).toMatch(where);
      expect(message).not.toContain(secret);
    }
  });

  it('refuses one shorter than 32 characters (found by an outsider: 8 gave full admin rights, 1 started and answered 401)', () => {
    for (const token of ['x', 'abcdefgh', 'a'.repeat(31), `${'a'.repeat(30)}=`]) {
      const message = refusal({ ADMIN_TOKEN: token });
      expect(message).toContain(`it has ${token.length} (too short`);
      expect(message).toContain('openssl rand -hex 24');
    }
  });
});

describe('a setting that is set but empty', () => {
  it('is refused by name, not taken as unset (found by an outsider: PORT= served on 4000)', () => {
    expect(refusal({ PORT: '' })).toBe('PORT is set but empty: give it a value, or unset it (4000; allowed: a whole number from 0 to 65535)');
    expect(refusal({ ADMIN_TOKEN: '' })).toMatch(/^ADMIN_TOKEN is set but empty/);
    const names = [
      'PORT', 'GRAPH_ENGINE', 'DATA_DIR', 'NEO4J_URI', 'NEO4J_USER', 'NEO4J_PASSWORD', 'NEO4J_DATABASE', 'ADMIN_TOKEN',
      'JWT_ISSUER', 'JWT_AUDIENCE', 'JWT_PUBLIC_KEY', 'JWT_SECRET', 'QUERY_TIMEOUT_MS', 'RECORD_CACHE_SIZE', 'KUZU_BUFFER_POOL_MB',
      'MAX_QUERY_DEPTH', 'MAX_ALIASES', 'MAX_DIRECTIVES', 'MAX_TOKENS', 'MAX_COST', 'RATE_LIMIT_PER_MINUTE', 'MAX_BODY_BYTES', 'DEMO_AS_OF', 'NODE_ENV',
    ];
    for (const name of names) expect([name, refusal({ [name]: '' })]).toEqual([name, expect.stringMatching(new RegExp(`^${name} is set but empty: give it a value, or unset it \\(.+\\)$`))]);
    // unset, each has its default
    expect(loadConfig({}).port).toBe(4000);
  });
});

describe('NODE_ENV', () => {
  it('is production, development or test; anything else is refused (found by an outsider: "prodution" served with introspection on)', () => {
    expect(loadConfig({ NODE_ENV: 'production' }).production).toBe(true);
    expect(loadConfig({ NODE_ENV: 'development' }).production).toBe(false);
    expect(loadConfig({ NODE_ENV: 'test' }).production).toBe(false);
    expect(loadConfig({}).production).toBe(false);
    expect(refusal({ NODE_ENV: 'prodution' })).toBe('NODE_ENV must be "production", "development" or "test", got "prodution" (a misspelt "production" would serve with introspection on)');
    expect(refusal({ NODE_ENV: 'Production' })).toMatch(/^NODE_ENV must be/);
  });
});
