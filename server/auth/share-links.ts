// Read-only links to saved views and presentations, kept as documents in the
// store (so both adapters carry them). Like API tokens, the secret is shown once and only its
// SHA-256 digest is stored. A link is not a credential: no identity provider
// knows its form (`svl_…`), so every route but the shared view's refuses it.
import { randomBytes } from 'node:crypto';
import { z } from 'zod';
import { DomainError, notFound } from '../errors.ts';
import { updateDoc } from '../store/docs.ts';
import { digest, newSecret, sameDigest } from './secrets.ts';
import type { GraphStore } from '../store/port.ts';

/** The document namespace of read-only links. */
export const SHARE_NS = 'share-links';

const ShareRecord = z.object({
  id: z.string(),
  /** What it shows: a saved view, or a presentation (exactly one). */
  viewId: z.string().nullable(),
  presentationId: z.string().nullable().default(null),
  hash: z.string(),
  createdBy: z.string(),
  createdAt: z.string(),
  expiresAt: z.string().nullable(),
  revokedAt: z.string().nullable(),
  uses: z.number().int().nonnegative(),
  lastUsedAt: z.string().nullable(),
});
export type ShareRecord = z.infer<typeof ShareRecord>;

const TOKEN = /^svl_([0-9a-f]{16})_([A-Za-z0-9_-]{43})$/;

/** The one answer for a token that does not open a view: unknown, revoked, expired or its view gone look the same. */
export const linkNotWorking = () =>
  new DomainError('NOT_FOUND', 'This link does not work (it may have been revoked or have expired)', { messageSv: 'Länken fungerar inte (den kan ha återkallats eller ha gått ut).' });

export class ShareLinks {
  /** `store` is the caller's: the request's guarded store for changes, the raw store for counting uses. */
  constructor(private readonly store: GraphStore, private readonly now: () => Date = () => new Date()) {}

  /** Creates a link to a saved view (its id) or a presentation; the token is returned once and never stored. */
  async create(to: string | { viewId: string } | { presentationId: string }, expiresAt: string | null, by: string): Promise<{ token: string; record: ShareRecord }> {
    const target = typeof to === 'string' ? { viewId: to } : to;
    const id = randomBytes(8).toString('hex');
    const secret = newSecret();
    const record: ShareRecord = {
      id, viewId: 'viewId' in target ? target.viewId : null, presentationId: 'presentationId' in target ? target.presentationId : null,
      hash: digest(secret), createdBy: by, createdAt: this.now().toISOString(),
      expiresAt, revokedAt: null, uses: 0, lastUsedAt: null,
    };
    await this.store.putDoc(SHARE_NS, id, record, { by });
    return { token: `svl_${id}_${secret}`, record };
  }

  async list(): Promise<ShareRecord[]> {
    return (await this.store.listDocs(SHARE_NS)).map((d) => ShareRecord.parse(d.value)).sort((a, b) => b.createdAt.localeCompare(a.createdAt) || a.id.localeCompare(b.id));
  }

  async revoke(id: string, by: string): Promise<ShareRecord> {
    const revokedAt = this.now().toISOString();
    // over the record as stored (updateDoc): a use counted at the same moment stays counted
    const doc = await updateDoc(this.store, SHARE_NS, id, (d) => {
      if (!d) throw notFound(id, 'read-only link');
      const was = ShareRecord.parse(d.value);
      return { ...was, revokedAt: was.revokedAt ?? revokedAt };
    }, { by });
    return ShareRecord.parse(doc!.value);
  }

  /** The link a token opens now; NOT_FOUND (the same for every reason) when it opens nothing. */
  async open(token: string): Promise<ShareRecord> {
    const m = TOKEN.exec(token);
    const d = m ? await this.store.getDoc(SHARE_NS, m[1]!) : null;
    const record = d ? ShareRecord.safeParse(d.value).data : undefined;
    if (!m || !record || !sameDigest(record.hash, digest(m[2]!))) throw linkNotWorking();
    if (record.revokedAt || (record.expiresAt && record.expiresAt <= this.now().toISOString())) throw linkNotWorking();
    return record;
  }

  /** Counts one use (compare-and-set on the document, so uses at the same moment are all counted). */
  async countUse(id: string): Promise<ShareRecord | null> {
    const doc = await updateDoc(this.store, SHARE_NS, id, (d) => {
      if (!d) return undefined;
      const was = ShareRecord.parse(d.value);
      return { ...was, uses: was.uses + 1, lastUsedAt: this.now().toISOString() };
    }, { by: `share-link:${id}` });
    return doc && ShareRecord.parse(doc.value);
  }
}
