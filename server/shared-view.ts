// What a read-only link shows: `GET /api/shared/:token`, reachable without an
// identity (PUBLIC_ROUTES), answers the link's saved view — its name, its
// state, and only the elements it shows, the relationships between them and
// their stored positions — computed here from the read model with the page's
// own rules (schema/map-view.ts); for a link to a presentation, its name and
// its steps, each a caption and its view shown the same way. Nothing else: no other view, no element
// outside the view, no write. An unknown, revoked or expired token (or one
// whose view is gone) answers one NOT_FOUND, whichever it was. Every use is
// counted on the link and logged (by the link's id, never its token).
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { LAYOUT_KEY, savedViewScope, VIEW_KEYS, viewOf, type ViewEdge, type ViewGraph, type ViewNode } from '../schema/map-view.ts';
import { todayInSweden } from '../schema/time.ts';
import type { AnalysisEngine } from './analysis/index.ts';
import { linkNotWorking, ShareLinks } from './auth/share-links.ts';
import { replyError } from './errors.ts';
import { LAYOUT_NS, VIEW_NS } from './graphql/map-docs.ts';
import { PRESENTATION_NS, type StoredPresentation } from './graphql/presentations.ts';
import type { Doc, GraphStore } from './store/port.ts';

/** A token's place in a URL, for masking it in logs. */
const TOKEN_IN_PATH = /(\/(?:api\/shared|v)\/)[^/?#]+/gi;
/** A URL as it may be logged: a read-only link's token masked. */
export const maskShareToken = (url: string): string => url.replace(TOKEN_IN_PATH, '$1…');

async function sharedViewPlugin(app: FastifyInstance, opts: { store: GraphStore; analysis: AnalysisEngine }) {
  const links = new ShareLinks(opts.store);

  /** One saved view as a link shows it: its name and state, its elements, the relationships between them, their positions. */
  const showView = async (viewDoc: Doc) => {
    const view = viewDoc.value as { name: string; state: Record<string, unknown> };
    const scope = savedViewScope(view.state);
    const snap = await opts.analysis.snapshot();
    // the whole map as the page gets it (GET /api/map), then the view's rules over it
    const whole = snap.mapGraph(null) as unknown as ViewGraph<ViewNode & { countyPart: string | null }, ViewEdge>;
    const shown = viewOf(whole, scope, todayInSweden());
    const ids = new Set(shown.nodes.map((n) => n.id));
    const layout = await opts.store.getDoc(LAYOUT_NS, LAYOUT_KEY[scope.grouping]);
    const stored = (layout?.value as { positions?: Record<string, [number, number]> } | undefined)?.positions ?? {};
    const positions = Object.fromEntries(Object.entries(stored).filter(([id]) => ids.has(id)));
    // a selection outside the view would name an element the view does not show
    const state = Object.fromEntries(Object.entries(view.state).filter(([k, v]) => k !== VIEW_KEYS.selected || (typeof v === 'string' && ids.has(v))));
    return {
      view: { name: view.name, state },
      version: whole.version,
      // a county part outside the view is not named (its group goes unnamed)
      nodes: shown.nodes.map((n) => ({ ...n, countyPart: n.countyPart && ids.has(n.countyPart) ? n.countyPart : null })),
      edges: shown.edges,
      positions,
    };
  };

  /** A presentation's steps whose views still exist, each shown as its view (nothing outside them); null when none is left. */
  const showPresentation = async (id: string) => {
    const doc = await opts.store.getDoc(PRESENTATION_NS, id);
    if (!doc) return null;
    const p = doc.value as StoredPresentation;
    const slides = [];
    for (const s of p.slides) {
      const viewDoc = await opts.store.getDoc(VIEW_NS, s.viewId);
      if (viewDoc) slides.push({ caption: s.caption, ...(await showView(viewDoc)) });
    }
    return slides.length ? { name: p.name, slides } : null;
  };

  app.get<{ Params: { token: string } }>('/api/shared/:token', async (request, reply) => {
    reply.header('cache-control', 'no-store').header('referrer-policy', 'no-referrer').header('x-robots-tag', 'noindex');
    let link;
    try {
      link = await links.open(request.params.token);
    } catch (e) {
      request.log.info('read-only link refused');
      return replyError(reply, e as Error);
    }
    let body: Record<string, unknown>;
    let elements: number;
    if (link.presentationId) {
      const presentation = await showPresentation(link.presentationId);
      if (!presentation) {
        request.log.info({ shareLink: link.id, presentation: link.presentationId }, 'read-only link refused: its presentation is gone');
        return replyError(reply, linkNotWorking());
      }
      body = { presentation, expiresAt: link.expiresAt };
      elements = presentation.slides.reduce((a, x) => a + x.nodes.length, 0);
    } else {
      const viewDoc = link.viewId ? await opts.store.getDoc(VIEW_NS, link.viewId) : null;
      if (!viewDoc) {
        request.log.info({ shareLink: link.id, view: link.viewId }, 'read-only link refused: its view is gone');
        return replyError(reply, linkNotWorking());
      }
      const shown = await showView(viewDoc);
      body = { ...shown, expiresAt: link.expiresAt };
      elements = shown.nodes.length;
    }
    // a HEAD (a link checker, a chat app's preview probe) sees no body: no use to count or log
    if (request.method !== 'HEAD') {
      const used = await links.countUse(link.id);
      request.log.info({ shareLink: link.id, view: link.viewId, presentation: link.presentationId, uses: used?.uses, elements }, 'read-only link used');
    }
    return body;
  });
}

/** The public route of read-only links; registered with the API, before the web page's fallback. */
export const sharedView = fp(sharedViewPlugin, { name: 'samverkanskartan-shared-view' });
