// The coded error catalogue. Every error a client can see has one of these
// codes in `extensions.code`; anything else is reported as INTERNAL with a
// generic message (the real one goes to the log only).
import type { FastifyReply } from 'fastify';
import type { z } from 'zod';
import type { Problem } from '../schema/domain.ts';
import { explainIssue } from '../schema/messages.ts';

export const ErrorCode = {
  BAD_USER_INPUT: 'BAD_USER_INPUT',
  /** The request itself is not one the API takes (a GET mutation, a request without CSRF protection). */
  BAD_REQUEST: 'BAD_REQUEST',
  /** The request body is over BODY_LIMIT. */
  PAYLOAD_TOO_LARGE: 'PAYLOAD_TOO_LARGE',
  /** An uploaded file is over IMPORT_MAX_BYTES, or an upload has too many parts. */
  FILE_TOO_LARGE: 'FILE_TOO_LARGE',
  NOT_FOUND: 'NOT_FOUND',
  CONFLICT: 'CONFLICT',
  UNAUTHENTICATED: 'UNAUTHENTICATED',
  FORBIDDEN: 'FORBIDDEN',
  QUERY_TOO_COMPLEX: 'QUERY_TOO_COMPLEX',
  RATE_LIMITED: 'RATE_LIMITED',
  STORE_UNAVAILABLE: 'STORE_UNAVAILABLE',
  /** The store refused the configured credentials or database (NEO4J_USER, NEO4J_PASSWORD, NEO4J_DATABASE): trying again will not help. */
  STORE_MISCONFIGURED: 'STORE_MISCONFIGURED',
  /** The store stopped a transaction that ran past its time limit (NEO4J_TX_TIMEOUT_MS, NEO4J_IMPORT_TIMEOUT_MS). */
  STORE_TIMEOUT: 'STORE_TIMEOUT',
  /** An administrator or the store terminated the transaction; nothing of it was written. */
  STORE_TERMINATED: 'STORE_TERMINATED',
  /** The transaction needed more memory than the store allows one transaction; nothing of it was written. */
  STORE_OUT_OF_MEMORY: 'STORE_OUT_OF_MEMORY',
  INTERNAL: 'INTERNAL',
} as const;
export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

/** Swedish wording of each code, for people (the web page shows these). */
export const messageSv: Record<ErrorCode, string> = {
  BAD_USER_INPUT: 'Uppgifterna är inte giltiga.',
  BAD_REQUEST: 'Begäran kan inte tas emot i den här formen.',
  PAYLOAD_TOO_LARGE: 'Begäran är för stor.',
  FILE_TOO_LARGE: 'Filen är för stor; inget importerades.',
  NOT_FOUND: 'Det efterfrågade finns inte.',
  CONFLICT: 'Det finns redan.',
  UNAUTHENTICATED: 'Du behöver logga in.',
  FORBIDDEN: 'Du har inte behörighet till detta.',
  QUERY_TOO_COMPLEX: 'Frågan är för djup eller för stor.',
  RATE_LIMITED: 'För många ändringar på kort tid. Vänta en stund och försök igen.',
  STORE_UNAVAILABLE: 'Databasen går inte att nå just nu.',
  STORE_MISCONFIGURED: 'Databasen nekar tjänstens inloggning eller saknar databasen; kontakta den som driftar tjänsten.',
  STORE_TIMEOUT: 'Åtgärden tog för lång tid och avbröts; inget sparades.',
  STORE_TERMINATED: 'Åtgärden avbröts i databasen; inget sparades.',
  STORE_OUT_OF_MEMORY: 'Åtgärden behövde mer minne än databasen tillåter; inget sparades. Dela upp importen i mindre filer.',
  INTERNAL: 'Något gick fel. Försök igen.',
};

/** The HTTP status of each code, for answers outside GraphQL. */
export const httpStatus: Record<ErrorCode, number> = {
  BAD_USER_INPUT: 400,
  BAD_REQUEST: 400,
  PAYLOAD_TOO_LARGE: 413,
  FILE_TOO_LARGE: 413,
  NOT_FOUND: 404,
  CONFLICT: 409,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  QUERY_TOO_COMPLEX: 400,
  RATE_LIMITED: 429,
  STORE_UNAVAILABLE: 503,
  STORE_MISCONFIGURED: 503,
  STORE_TIMEOUT: 503,
  STORE_TERMINATED: 503,
  STORE_OUT_OF_MEMORY: 503,
  INTERNAL: 500,
};

export interface FieldProblem extends Problem {
  messageSv?: string;
}

export class DomainError extends Error {
  readonly code: ErrorCode;
  readonly fields: FieldProblem[];
  /** Extra facts a program can act on: the id not found, the key in conflict. */
  readonly details: Record<string, unknown>;
  /** The Swedish for people: this error's own, or its code's. */
  readonly messageSv: string;

  constructor(code: ErrorCode, message: string, opts: { fields?: FieldProblem[]; details?: Record<string, unknown>; cause?: unknown; messageSv?: string } = {}) {
    super(message, opts.cause === undefined ? undefined : { cause: opts.cause });
    this.name = 'DomainError';
    this.code = code;
    this.fields = opts.fields ?? [];
    this.details = opts.details ?? {};
    this.messageSv = opts.messageSv ?? messageSv[code];
  }
}

export const badInput = (message: string, fields: FieldProblem[] = []) => new DomainError('BAD_USER_INPUT', message, { fields });
export const notFound = (id: string, what = 'element') => new DomainError('NOT_FOUND', `No ${what} with id "${id}"`, { details: { id } });
export const conflict = (message: string, details: Record<string, unknown> = {}) => new DomainError('CONFLICT', message, { details });

/** The code of an HTTP client error (a status 4xx that Fastify or a plugin raised). */
export const clientErrorCode = (status: number): ErrorCode => (status === 413 ? 'PAYLOAD_TOO_LARGE' : status === 429 ? 'RATE_LIMITED' : status === 401 ? 'UNAUTHENTICATED' : status === 403 ? 'FORBIDDEN' : status === 404 ? 'NOT_FOUND' : 'BAD_REQUEST');

export const isDomainError = (e: unknown): e is DomainError => e instanceof DomainError;

// ---- input at the edge -----------------------------------------------------

/** A zod error as field problems, each in English and Swedish, under `prefix`. */
export function toProblems(error: z.ZodError, prefix: readonly (string | number)[] = []): FieldProblem[] {
  return error.issues.map((issue) => ({
    path: [...prefix, ...issue.path.map((p) => (typeof p === 'symbol' ? String(p) : p))],
    ...explainIssue(issue),
  }));
}

/** Zod at the edge, the one parser: the value, or BAD_USER_INPUT naming each field (path under `prefix`). */
export function parseInput<S extends z.ZodType>(schema: S, value: unknown, prefix: readonly (string | number)[] = []): z.output<S> {
  const r = schema.safeParse(value);
  if (r.success) return r.data;
  const fields = toProblems(r.error, prefix);
  // the Swedish is per field (a page shows each at its field); the whole says what the code says
  throw badInput(`Invalid input: ${fields.map((f) => `${f.path.join('.')} ${f.message}`).join('; ')}`, fields);
}

// ---- answers outside GraphQL -----------------------------------------------

/** The JSON body of an error on a REST route: code, English, Swedish, the fields at fault and the details. */
export interface ErrorBody {
  code: ErrorCode;
  message: string;
  messageSv: string;
  fields?: FieldProblem[];
  [detail: string]: unknown;
}

/** The body of an error, the one shape every REST route answers with (INTERNAL never shows its own message). */
export function errorBody(e: DomainError): ErrorBody {
  if (e.code === 'INTERNAL') return { code: 'INTERNAL', message: 'Internal error', messageSv: messageSv.INTERNAL };
  return { ...e.details, code: e.code, message: e.message, messageSv: e.messageSv, ...(e.fields.length ? { fields: e.fields } : {}) };
}

/**
 * Answers any error thrown on a REST route with the one body: a DomainError
 * under its code; a 4xx Fastify or a plugin raised under its status and the
 * code of that status (the client's mistake, logged at info without a
 * stack); anything else as INTERNAL, its real message to the log only.
 */
export function replyError(reply: FastifyReply, err: Error & { statusCode?: number }): FastifyReply {
  const log = reply.log;
  if (isDomainError(err)) {
    if (httpStatus[err.code] >= 500) log.error({ err }, 'request failed');
    return reply.code(httpStatus[err.code]).send(errorBody(err));
  }
  const status = err.statusCode && err.statusCode >= 400 && err.statusCode < 500 ? err.statusCode : 500;
  if (status === 500) {
    log.error({ err }, 'unexpected error');
    return reply.code(500).send(errorBody(new DomainError('INTERNAL', 'Internal error')));
  }
  const code = clientErrorCode(status);
  log.info({ code, reason: err.message }, 'client error');
  return reply.code(status).send(errorBody(new DomainError(code, err.message)));
}
