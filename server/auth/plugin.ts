// Identity for every request, sign-in and sign-out, and the rate limit on
// sign-in. Identities come from (in order) a bearer API token, the session
// cookie, or — only when sign-in is not required — the one local user.
//
// A seam for OpenID Connect: an `IdentityProvider` turns a request into an
// identity. A region's own identity provider plugs in as one more provider
// (validating the ID token or the session its callback route created, and
// mapping its groups claim to a role and scopes); nothing else changes.
import cookie from '@fastify/cookie';
import rateLimit from '@fastify/rate-limit';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { z } from 'zod';
import type { AppConfig } from '../config.ts';
import { DomainError, httpStatus, isDomainError, replyError } from '../errors.ts';
import { Accounts, LOCAL_USER, type Identity } from './accounts.ts';

export const SESSION_COOKIE = 'svk_session';

export interface IdentityProvider {
  name: string;
  /** The identity, null when this provider has nothing to say; throws UNAUTHENTICATED for a bad credential. */
  identify(request: FastifyRequest): Promise<Identity | null>;
}

/** The read-only links' routes: public, so each address may try only so many tokens a window. */
const SHARE_LINK_ROUTES: ReadonlySet<string> = new Set(['/v/:token', '/api/shared/:token']);

/** The limit on read-only links per address (SHARE_LINK_RATE per SHARE_LINK_RATE_WINDOW_S), answered with RATE_LIMITED. */
const shareLinkLimit = (config: AppConfig) => ({
  max: config.auth.shareLinkRate.max,
  timeWindow: config.auth.shareLinkRate.windowMs,
  errorResponseBuilder: (_req: FastifyRequest, ctx: { after: string }) =>
    new DomainError('RATE_LIMITED', `Too many attempts to open read-only links from this address; try again in ${ctx.after}`, {
      details: { retryAfter: ctx.after },
      messageSv: 'För många försök att öppna läslänkar från den här adressen. Vänta en stund och försök igen.',
    }),
});

declare module 'fastify' {
  interface FastifyRequest {
    /** Who the request acts as; null when nobody signed in and sign-in is required. */
    identity: Identity | null;
  }
}

export function bearerProvider(accounts: Accounts): IdentityProvider {
  return {
    name: 'token',
    async identify(request) {
      const header = request.headers.authorization;
      if (!header) return null;
      const m = /^Bearer\s+(\S+)$/i.exec(header);
      if (!m) throw new DomainError('UNAUTHENTICATED', 'The Authorization header must be "Bearer <token>"');
      return accounts.identityForToken(m[1]!);
    },
  };
}

export function sessionProvider(accounts: Accounts): IdentityProvider {
  return {
    name: 'session',
    async identify(request) {
      const secret = request.cookies[SESSION_COOKIE];
      return secret ? accounts.identityForSession(secret) : null;
    },
  };
}

/** The header a page of our own sends on every state-changing request (a form on another site cannot set it without a preflight). */
export const CSRF_HEADER = 'x-requested-with';
/** Content types a cross-site form or beacon may send without a preflight. */
const SIMPLE_TYPES = ['application/x-www-form-urlencoded', 'multipart/form-data', 'text/plain'];
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Refuses a state-changing request that may have come from another site,
 * whoever the caller is (the loopback mode's local user too): one a browser
 * marks as coming from another origin (`Sec-Fetch-Site`, `Origin`) is
 * FORBIDDEN; one that could have been sent without a preflight (no body type or
 * a form's, and neither a custom header nor `Authorization`) is a BAD_REQUEST,
 * as Mercurius's CSRF prevention answers for `/graphql`.
 */
export function checkCrossSite(request: FastifyRequest): void {
  // a WebSocket (a subscription) is opened with a GET, but a page on another site could open one with the user's cookie
  const upgrade = String(request.headers.upgrade ?? '').toLowerCase() === 'websocket';
  if (SAFE_METHODS.has(request.method) && !upgrade) return;
  const site = request.headers['sec-fetch-site'];
  if (site && site !== 'same-origin' && site !== 'none') throw new DomainError('FORBIDDEN', `A state-changing request must come from this site's own page (the browser marked it ${site})`);
  const origin = request.headers.origin;
  if (origin) {
    let host: string | null = null;
    try {
      host = new URL(origin).host;
    } catch {
      // "null" and other opaque origins
    }
    if (host !== request.headers.host) throw new DomainError('FORBIDDEN', `A state-changing request must come from this site's own page, not ${origin}`);
  }
  if (upgrade || request.headers.authorization || request.headers[CSRF_HEADER]) return;
  const type = String(request.headers['content-type'] ?? '').split(';')[0]!.trim().toLowerCase();
  if (!type || SIMPLE_TYPES.includes(type)) {
    throw new DomainError('BAD_REQUEST', `Refused as a possible cross-site request (CSRF): with ${type || 'no'} content type, send the header ${CSRF_HEADER}`);
  }
}

const signIn = () => new DomainError('UNAUTHENTICATED', 'Sign in, or send an API token as "Authorization: Bearer <token>"');

/** The identity a request acts as; UNAUTHENTICATED when it has none (only public routes are reached without one). */
export function identityOf(request: FastifyRequest): Identity {
  if (!request.identity) throw signIn();
  return request.identity;
}

/** Answers a request the plugin refuses, in GraphQL's shape on /graphql. */
function refuse(reply: FastifyReply, err: DomainError, graphqlShape: boolean) {
  if (!graphqlShape) return replyError(reply, err);
  return reply.code(httpStatus[err.code]).send({ data: null, errors: [{ message: err.message, extensions: { code: err.code, messageSv: err.messageSv } }] });
}

/**
 * The routes anyone may reach, by the pattern the router matched (never the raw
 * URL): health checks, sign-in, GraphiQL's page (its queries go to /graphql)
 * and the web page's static files, and a read-only link's view (its page at
 * /v/:token and its data at /api/shared/:token, which answer only what the
 * link's saved view shows: server/shared-view.ts), and an area report's page
 * (/rapport/:area: the page only, which reads /graphql with the person's own
 * session and asks them to sign in without one). Every other route needs an identity.
 */
export const PUBLIC_ROUTES: ReadonlySet<string> = new Set([
  '/health', '/ready', '/auth/login', '/auth/me',
  '/graphiql', '/graphiql/main.js', '/graphiql/sw.js', '/graphiql/config.js',
  '/', '/index.html', '/*',
  '/v/:token', '/api/shared/:token',
  '/rapport/:area',
]);

declare module 'fastify' {
  interface FastifyInstance {
    /**
     * Who the request's credentials stand for now (null when they no longer
     * hold: signed out, session ended, token revoked, user disabled). A long
     * connection (a subscription) asks again from time to time.
     */
    reidentify(request: FastifyRequest): Promise<Identity | null>;
  }
  interface FastifyContextConfig {
    /** Reachable without an identity (set from PUBLIC_ROUTES when the route is added). */
    public?: boolean;
  }
}

const Login = z.object({ username: z.string().min(1).max(100), password: z.string().min(1).max(200) }).strict();

async function authPlugin(app: FastifyInstance, opts: { config: AppConfig; accounts: Accounts; providers?: IdentityProvider[] }) {
  const { config, accounts } = opts;
  const providers = opts.providers ?? [bearerProvider(accounts), sessionProvider(accounts)];
  await app.register(cookie);
  // Marked once, when each route is added: the decision below reads what the router matched.
  // (Added before the rate limiter, whose own onRoute hook then sees the read-only links' limit.)
  app.addHook('onRoute', (route) => {
    const url = route.url ?? route.path;
    if (PUBLIC_ROUTES.has(url)) route.config = { ...(route.config ?? {}), public: true };
    if (SHARE_LINK_ROUTES.has(url)) route.config = { ...(route.config ?? {}), rateLimit: shareLinkLimit(config) };
  });
  await app.register(rateLimit, { global: false });
  app.decorateRequest('identity', null);

  /** The identity the request's credentials stand for, or null; throws UNAUTHENTICATED for a bad credential. */
  const identify = async (request: FastifyRequest): Promise<Identity | null> => {
    for (const p of providers) {
      const id = await p.identify(request);
      if (id) return id;
    }
    // the loopback mode's one local user, granted here and nowhere else
    return config.auth.required ? null : LOCAL_USER;
  };

  app.decorate('reidentify', async (request: FastifyRequest): Promise<Identity | null> => {
    try {
      return await identify(request);
    } catch (e) {
      if (isDomainError(e)) return null;
      throw e;
    }
  });

  // A WebSocket upgrade refused here (no identity, another site) never reaches @fastify/websocket's
  // own hooks, which close the socket after an HTTP answer: close it here, or it stays open for good.
  app.addHook('onResponse', async (request) => {
    if (String(request.headers.upgrade ?? '').toLowerCase() === 'websocket') request.raw.socket?.destroy();
  });

  app.addHook('onRequest', async (request, reply) => {
    const graphqlShape = request.routeOptions.url === '/graphql';
    try {
      request.identity = await identify(request);
      checkCrossSite(request);
    } catch (e) {
      if (isDomainError(e)) return refuse(reply, e, graphqlShape);
      throw e;
    }
    const isPublic = request.is404 || request.routeOptions.config?.public === true;
    if (!request.identity && !isPublic) {
      return refuse(reply, signIn(), graphqlShape);
    }
  });

  app.post('/auth/login', { config: { rateLimit: { max: config.auth.loginRate, timeWindow: '1 minute' } } }, async (request, reply) => {
    const body = Login.safeParse(request.body);
    if (!body.success) return replyError(reply, new DomainError('BAD_USER_INPUT', 'Send {"username", "password"} as JSON', { messageSv: 'Skicka {"username", "password"} som JSON.' }));
    const user = await accounts.checkPassword(body.data.username, body.data.password);
    if (!user) {
      request.log.info({ username: body.data.username }, 'sign-in refused');
      return replyError(reply, new DomainError('UNAUTHENTICATED', 'Wrong username or password', { messageSv: 'Fel användarnamn eller lösenord.' }));
    }
    const secret = await accounts.createSession(user.id, config.auth.sessionHours);
    reply.setCookie(SESSION_COOKIE, secret, {
      path: '/',
      httpOnly: true,
      sameSite: 'strict',
      secure: request.protocol === 'https',
      maxAge: config.auth.sessionHours * 3600,
    });
    return { user: { id: user.id, name: user.name, role: user.role, scopes: user.scopes } };
  });

  app.post('/auth/logout', async (request, reply) => {
    const secret = request.cookies[SESSION_COOKIE];
    if (secret) await accounts.endSession(secret);
    reply.clearCookie(SESSION_COOKIE, { path: '/' });
    return { signedOut: true };
  });

  app.get('/auth/me', async (request) => ({ authRequired: config.auth.required, user: request.identity }));
}

export const auth = fp(authPlugin, { name: 'samverkan-auth' });
