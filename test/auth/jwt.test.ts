import { type KeyObject, createHmac, createSign, generateKeyPairSync } from 'node:crypto';
import { JwtError, JwtVerifier } from '@/auth/jwt';
import { ConfigError } from '@/config';

const ISSUER = 'https://idp.example';
const AUDIENCE = 'tsunagu';
const SECRET = 'jwt-shared-secret-for-tests';
const now = (): number => Math.floor(Date.now() / 1000);
const claims = (extra: Record<string, unknown> = {}) => ({ iss: ISSUER, aud: AUDIENCE, sub: 'u1', role: 'ADMIN', exp: now() + 60, ...extra });
const enc = (o: object): string => Buffer.from(JSON.stringify(o)).toString('base64url');

function hs256(payload: object, secret = SECRET, alg = 'HS256'): string {
  const head = `${enc({ alg, typ: 'JWT' })}.${enc(payload)}`;
  return `${head}.${createHmac('sha256', secret).update(head).digest('base64url')}`;
}

function signed(alg: 'RS256' | 'ES256', key: KeyObject, payload: object): string {
  const head = `${enc({ alg, typ: 'JWT' })}.${enc(payload)}`;
  const signature = createSign('sha256').update(head).sign(alg === 'ES256' ? { key, dsaEncoding: 'ieee-p1363' } : key);
  return `${head}.${signature.toString('base64url')}`;
}

const rsa = generateKeyPairSync('rsa', { modulusLength: 2048 });
const ec = generateKeyPairSync('ec', { namedCurve: 'P-256' });
const pem = (key: KeyObject): string => key.export({ type: 'spki', format: 'pem' }).toString();

/** Other spellings of the same token: the signature padded, with junk appended, or with its unused bits set. */
function respellings(token: string): string[] {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
  const last = token.at(-1)!;
  const flipped = alphabet[alphabet.indexOf(last) ^ 1];
  return [`${token}!!`, `${token}==`, `${token}=`, `${token.slice(0, -1)}${flipped}`, `${token}\n`, `${token} `, token.replace(/\./, '=.')];
}

async function reason(verifier: JwtVerifier, token: string): Promise<string> {
  try {
    await verifier.verify(token);
    return 'accepted';
  } catch (e) {
    expect(e).toBeInstanceOf(JwtError);
    return (e as Error).message;
  }
}

describe.each([
  ['HS256', new JwtVerifier({ issuer: ISSUER, audience: AUDIENCE, secret: SECRET }), (p: object) => hs256(p)],
  ['RS256', new JwtVerifier({ issuer: ISSUER, audience: AUDIENCE, publicKey: pem(rsa.publicKey) }), (p: object) => signed('RS256', rsa.privateKey, p)],
  ['ES256', new JwtVerifier({ issuer: ISSUER, audience: AUDIENCE, publicKey: pem(ec.publicKey) }), (p: object) => signed('ES256', ec.privateKey, p)],
])('JWT %s', (_alg, verifier, sign) => {
  it('accepts a valid token and returns its claims', async () => {
    expect(await verifier.verify(sign(claims()))).toMatchObject({ sub: 'u1', role: 'ADMIN' });
  });

  it('refuses every other spelling of a valid token (the signature was malleable: `!!` and `==` appended were accepted)', async () => {
    const token = sign(claims());
    for (const other of respellings(token)) expect([other, await reason(verifier, other)]).toEqual([other, expect.stringMatching(/^malformed JWT/)]);
  });

  it('says what is wrong: issuer, audience, expiry, not-before, missing exp, signature, algorithm', async () => {
    expect(await reason(verifier, sign(claims({ iss: 'https://evil.example' })))).toBe('wrong issuer');
    expect(await reason(verifier, sign(claims({ aud: 'other' })))).toBe('wrong audience');
    expect(await reason(verifier, sign(claims({ exp: now() - 120 })))).toBe('expired');
    expect(await reason(verifier, sign(claims({ nbf: now() + 300 })))).toBe('not yet valid');
    expect(await reason(verifier, sign(claims({ exp: undefined })))).toBe('no expiry (exp claim)');
    const token = sign(claims());
    const [h, p] = token.split('.');
    expect(await reason(verifier, `${h}.${enc(claims({ role: 'ADMIN', sub: 'someone-else' }))}.${token.split('.')[2]}`)).toBe('bad signature');
    expect(await reason(verifier, `${h}.${p}.${Buffer.alloc(64).toString('base64url')}`)).toMatch(/bad signature|malformed/);
    expect(await reason(verifier, `${enc({ alg: 'none' })}.${enc(claims())}.`)).toMatch(/^malformed JWT/);
    expect(await reason(verifier, `${enc({ alg: 'none' })}.${enc(claims())}.AA`)).toMatch(/^algorithm not accepted/);
    expect(await reason(verifier, 'a.b.c')).toMatch(/^malformed JWT/);
  });

  it('tolerates 30 s of clock difference, no more', async () => {
    expect(await reason(verifier, sign(claims({ exp: now() - 10 })))).toBe('accepted');
    expect(await reason(verifier, sign(claims({ nbf: now() + 10 })))).toBe('accepted');
    expect(await reason(verifier, sign(claims({ exp: now() - 45 })))).toBe('expired');
  });
});

it('refuses an HS256 token signed with the RSA public key as its secret (algorithm confusion)', async () => {
  const verifier = new JwtVerifier({ issuer: ISSUER, audience: AUDIENCE, publicKey: pem(rsa.publicKey) });
  expect(await reason(verifier, hs256(claims(), pem(rsa.publicKey)))).toMatch(/^algorithm not accepted \(accepted: RS256\)/);
});

it('refuses a JWT_PUBLIC_KEY that is not a PEM RSA or P-256 key at start-up', () => {
  expect(() => new JwtVerifier({ issuer: ISSUER, audience: AUDIENCE, publicKey: 'not a key' })).toThrow(ConfigError);
  const ed = generateKeyPairSync('ed25519');
  expect(() => new JwtVerifier({ issuer: ISSUER, audience: AUDIENCE, publicKey: pem(ed.publicKey) })).toThrow(/RSA key \(RS256\) or a P-256/);
});
