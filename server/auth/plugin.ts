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
import { DomainError, isDomainError, messageSv } from '../errors.ts';
import { Accounts, LOCAL_USER, type Identity } from './accounts.ts';

export const SESSION_COOKIE = 'svk_session';

export interface IdentityProvider {
  name: string;
  /** The identity, null when this provider has nothing to say; throws UNAUTHENTICATED for a bad credential. */
  identify(request: FastifyRequest): Promise<Identity | null>;
}

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

/** Requests a browser may send cross-site without a preflight are refused when they ride on the session cookie. */
function crossSite(request: FastifyRequest): boolean {
  if (request.method === 'GET' || request.method === 'HEAD' || request.method === 'OPTIONS') return false;
  if (request.headers['sec-fetch-site'] === 'cross-site') return true;
  const origin = request.headers.origin;
  if (!origin) return false;
  try {
    return new URL(origin).host !== request.headers.host;
  } catch {
    return true;
  }
}

export function unauthenticated(reply: FastifyReply, err: DomainError, graphqlShape: boolean) {
  const body = graphqlShape
    ? { data: null, errors: [{ message: err.message, extensions: { code: err.code, messageSv: messageSv[err.code] } }] }
    : { code: err.code, message: err.message, messageSv: messageSv[err.code] };
  return reply.code(err.code === 'FORBIDDEN' ? 403 : 401).send(body);
}

const Login = z.object({ username: z.string().min(1).max(100), password: z.string().min(1).max(200) }).strict();

/** Paths anyone may reach: health checks, sign-in, and the web page's static files. */
const OPEN = [/^\/health$/, /^\/ready$/, /^\/auth\/(login|me)$/, /^\/graphiql/];
const isProtected = (url: string) => (url.startsWith('/graphql') || url.startsWith('/api/') || url.startsWith('/auth/')) && !OPEN.some((re) => re.test(url.split('?')[0]!));

async function authPlugin(app: FastifyInstance, opts: { config: AppConfig; accounts: Accounts; providers?: IdentityProvider[] }) {
  const { config, accounts } = opts;
  const providers = opts.providers ?? [bearerProvider(accounts), sessionProvider(accounts)];
  await app.register(cookie);
  await app.register(rateLimit, { global: false });
  app.decorateRequest('identity', null);

  app.addHook('onRequest', async (request, reply) => {
    const graphqlShape = request.url.startsWith('/graphql');
    try {
      for (const p of providers) {
        const id = await p.identify(request);
        if (id) {
          if (id.via === 'session' && crossSite(request)) throw new DomainError('FORBIDDEN', 'A cross-site request cannot use the sign-in cookie');
          request.identity = id;
          break;
        }
      }
    } catch (e) {
      if (isDomainError(e)) return unauthenticated(reply, e, graphqlShape);
      throw e;
    }
    if (!request.identity && !config.auth.required) request.identity = LOCAL_USER;
    if (!request.identity && isProtected(request.url)) {
      return unauthenticated(reply, new DomainError('UNAUTHENTICATED', 'Sign in, or send an API token as "Authorization: Bearer <token>"'), graphqlShape);
    }
  });

  app.post('/auth/login', { config: { rateLimit: { max: config.auth.loginRate, timeWindow: '1 minute' } } }, async (request, reply) => {
    const body = Login.safeParse(request.body);
    if (!body.success) return reply.code(400).send({ code: 'BAD_USER_INPUT', message: 'Send {"username", "password"} as JSON', messageSv: messageSv.BAD_USER_INPUT });
    const user = await accounts.checkPassword(body.data.username, body.data.password);
    if (!user) {
      request.log.info({ username: body.data.username }, 'sign-in refused');
      return reply.code(401).send({ code: 'UNAUTHENTICATED', message: 'Wrong username or password', messageSv: 'Fel användarnamn eller lösenord.' });
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
