// Secrets shown once and kept only as digests (API tokens, sessions, read-only links).
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

/** A new secret: 256 random bits, URL-safe. */
export const newSecret = (): string => randomBytes(32).toString('base64url');
/** What is stored of a secret. */
export const digest = (s: string): string => createHash('sha256').update(s).digest('hex');
/** Compares two digests in constant time. */
export const sameDigest = (a: string, b: string): boolean => a.length === b.length && timingSafeEqual(Buffer.from(a), Buffer.from(b));
