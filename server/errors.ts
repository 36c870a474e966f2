// The coded error catalogue. Every error a client can see has one of these
// codes in `extensions.code`; anything else is reported as INTERNAL with a
// generic message (the real one goes to the log only).
import type { Problem } from '../schema/domain.ts';

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

  constructor(code: ErrorCode, message: string, opts: { fields?: FieldProblem[]; details?: Record<string, unknown>; cause?: unknown } = {}) {
    super(message, opts.cause === undefined ? undefined : { cause: opts.cause });
    this.name = 'DomainError';
    this.code = code;
    this.fields = opts.fields ?? [];
    this.details = opts.details ?? {};
  }
}

export const badInput = (message: string, fields: FieldProblem[] = []) => new DomainError('BAD_USER_INPUT', message, { fields });
export const notFound = (id: string, what = 'element') => new DomainError('NOT_FOUND', `No ${what} with id "${id}"`, { details: { id } });
export const conflict = (message: string, details: Record<string, unknown> = {}) => new DomainError('CONFLICT', message, { details });

/** The code of an HTTP client error (a status 4xx that Fastify or a plugin raised). */
export const clientErrorCode = (status: number): ErrorCode => (status === 413 ? 'PAYLOAD_TOO_LARGE' : status === 429 ? 'RATE_LIMITED' : status === 401 ? 'UNAUTHENTICATED' : status === 403 ? 'FORBIDDEN' : status === 404 ? 'NOT_FOUND' : 'BAD_REQUEST');

export const isDomainError = (e: unknown): e is DomainError => e instanceof DomainError;
