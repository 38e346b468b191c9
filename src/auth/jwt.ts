import { createPublicKey, createHmac, timingSafeEqual, verify as verifySignature, KeyObject } from 'node:crypto';

/** JWTs from the company's identity provider: issuer, audience and key from the environment. */
export interface JwtConfig {
  issuer: string;
  audience: string;
  /** PEM public key (RS256 / ES256) or, for HS256, a shared secret. */
  publicKey?: string;
  secret?: string;
}

export interface JwtClaims {
  sub?: string;
  iss?: string;
  aud?: string | string[];
  exp?: number;
  nbf?: number;
  role?: string;
  manager_id?: string;
  [claim: string]: unknown;
}

export class JwtError extends Error {}

const b64 = (s: string): Buffer => Buffer.from(s, 'base64url');

/** Verifies signature, issuer, audience, expiry and not-before; returns the claims. Throws JwtError otherwise. */
export function verifyJwt(token: string, config: JwtConfig, nowSeconds: number = Math.floor(Date.now() / 1000)): JwtClaims {
  const parts = token.split('.');
  if (parts.length !== 3) throw new JwtError('not a JWT');
  const [h, p, sig] = parts;
  let header: { alg?: string };
  let claims: JwtClaims;
  try {
    header = JSON.parse(b64(h).toString('utf8'));
    claims = JSON.parse(b64(p).toString('utf8'));
  } catch {
    throw new JwtError('malformed JWT');
  }
  const signed = Buffer.from(`${h}.${p}`);
  const signature = b64(sig);
  if (header.alg === 'HS256' && config.secret) {
    const expected = createHmac('sha256', config.secret).update(signed).digest();
    if (expected.length !== signature.length || !timingSafeEqual(expected, signature)) throw new JwtError('bad signature');
  } else if ((header.alg === 'RS256' || header.alg === 'ES256') && config.publicKey) {
    const key: KeyObject = createPublicKey(config.publicKey);
    const ok = verifySignature('sha256', signed, header.alg === 'ES256' ? { key, dsaEncoding: 'ieee-p1363' } : key, signature);
    if (!ok) throw new JwtError('bad signature');
  } else {
    throw new JwtError(`algorithm ${header.alg} is not accepted`);
  }
  if (claims.iss !== config.issuer) throw new JwtError('wrong issuer');
  const audiences = Array.isArray(claims.aud) ? claims.aud : [claims.aud];
  if (!audiences.includes(config.audience)) throw new JwtError('wrong audience');
  if (typeof claims.exp !== 'number' || claims.exp <= nowSeconds) throw new JwtError('expired');
  if (typeof claims.nbf === 'number' && claims.nbf > nowSeconds + 60) throw new JwtError('not yet valid');
  return claims;
}
