import { type KeyObject, createPublicKey, createSecretKey } from 'node:crypto';
import { type JWTPayload, errors, jwtVerify } from 'jose';
import { ConfigError } from '@/config';

/** JWTs from the company's identity provider: issuer, audience and key from the environment. */
export interface JwtConfig {
  issuer: string;
  audience: string;
  /** PEM public key (RS256 for an RSA key, ES256 for a P-256 key) or, for HS256, a shared secret. */
  publicKey?: string;
  secret?: string;
}

export interface JwtClaims extends JWTPayload {
  role?: unknown;
  manager_id?: unknown;
}

export class JwtError extends Error {}

/** Clocks of the identity provider and this server may differ this much (`exp`, `nbf`). */
const CLOCK_TOLERANCE_SECONDS = 30;

/**
 * Each segment of a compact JWT has exactly one spelling: base64url, no padding, unused bits zero (RFC 7515 §2).
 * jose 6.2.19 on Node 20 decodes with `atob`, which also takes `=` padding, whitespace and non-zero trailing bits
 * (measured: an RS256 signature with `==` appended, or its last character changed, verified), so a token could
 * be re-spelled and still be accepted. Refuse every other spelling before verifying.
 */
function canonical(token: string): boolean {
  return token.split('.').every((s) => /^[A-Za-z0-9_-]+$/.test(s) && Buffer.from(s, 'base64url').toString('base64url') === s);
}

const CLAIM_PROBLEM: Record<string, string> = { iss: 'wrong issuer', aud: 'wrong audience', nbf: 'not yet valid', exp: 'no expiry (exp claim)' };

/** Verifies JWTs with jose: signature with the configured key, algorithm, issuer, audience, expiry and not-before. */
export class JwtVerifier {
  private readonly keys = new Map<string, KeyObject>();

  constructor(private readonly config: JwtConfig) {
    if (config.secret) this.keys.set('HS256', createSecretKey(Buffer.from(config.secret, 'utf8')));
    if (config.publicKey) {
      let key: KeyObject;
      try {
        key = createPublicKey(config.publicKey);
      } catch (e) {
        throw new ConfigError(`JWT_PUBLIC_KEY is not a PEM public key: ${(e as Error).message}`);
      }
      if (key.asymmetricKeyType === 'rsa') this.keys.set('RS256', key);
      else if (key.asymmetricKeyType === 'ec' && key.asymmetricKeyDetails?.namedCurve === 'prime256v1') this.keys.set('ES256', key);
      else throw new ConfigError('JWT_PUBLIC_KEY must be an RSA key (RS256) or a P-256 EC key (ES256)');
    }
  }

  /** The claims of a valid token; JwtError saying what is wrong otherwise. */
  async verify(token: string): Promise<JwtClaims> {
    if (!canonical(token)) throw new JwtError('malformed JWT (three base64url segments without padding expected)');
    const algorithms = [...this.keys.keys()];
    try {
      const { payload } = await jwtVerify<JwtClaims>(token, (header) => this.keys.get(header.alg)!, {
        algorithms,
        issuer: this.config.issuer,
        audience: this.config.audience,
        requiredClaims: ['exp'],
        clockTolerance: CLOCK_TOLERANCE_SECONDS,
      });
      return payload;
    } catch (e) {
      if (e instanceof errors.JWTExpired) throw new JwtError('expired');
      if (e instanceof errors.JWTClaimValidationFailed) throw new JwtError(CLAIM_PROBLEM[e.claim] ?? `${e.claim} claim: ${e.message}`);
      if (e instanceof errors.JOSEAlgNotAllowed) throw new JwtError(`algorithm not accepted (accepted: ${algorithms.join(', ')})`);
      if (e instanceof errors.JWSSignatureVerificationFailed) throw new JwtError('bad signature');
      if (e instanceof errors.JOSEError) throw new JwtError(`malformed JWT (${e.message})`);
      throw e;
    }
  }
}
