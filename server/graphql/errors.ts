// GraphQL errors as clients see them: every one with `extensions.code` from
// the catalogue (server/errors.ts), a Swedish message beside the English one,
// and never a stack trace or an internal message.
import type { FastifyBaseLogger } from 'fastify';
import type { ExecutionResult, GraphQLError as GraphQLErrorType } from 'graphql';
import { clientErrorCode, DomainError, ErrorCode, messageSv, type FieldProblem } from '../errors.ts';
import { graphql } from './graphql-lib.ts';

const { GraphQLError } = graphql;
type GraphQLError = GraphQLErrorType;

/** graphql-js names the offending input field in its coercion messages: `… at "input.kind"`. */
function fieldsFromMessage(message: string): FieldProblem[] {
  const variable = /Variable "\$(\w+)" got invalid value .*? at "([^"]+)"/.exec(message);
  if (variable) return [{ path: [variable[1]!, ...variable[2]!.split('.').slice(1)], message }];
  const whole = /Variable "\$(\w+)" got invalid value/.exec(message) ?? /Variable "\$(\w+)" of required type/.exec(message);
  if (whole) return [{ path: [whole[1]!], message }];
  const field = /Field "(\w+)" of required type .* was not provided/.exec(message) ?? /Field "(\w+)" is not defined by type/.exec(message);
  if (field) return [{ path: [field[1]!], message }];
  return [];
}

const isGraphqlError = (e: unknown): e is GraphQLError => e instanceof GraphQLError;
/** The status of an error Fastify or Mercurius raised about the request itself (bad JSON, too large, a batch, CSRF), or null. */
const clientStatus = (e: unknown): number | null => {
  const { code, statusCode } = e as { code?: unknown; statusCode?: unknown };
  return typeof code === 'string' && /^(MER|FST)_ERR_/.test(code) && typeof statusCode === 'number' && statusCode >= 400 && statusCode < 500 ? statusCode : null;
};
/** graphql-js's "Did you mean …?" names fields and types: nobody learns them that way when introspection is off. */
const SUGGESTION = / ?Did you mean .*\?$/;
const catalogued = (code: unknown): code is ErrorCode => typeof code === 'string' && code in ErrorCode;

function shape(error: GraphQLError, log: FastifyBaseLogger, suggestions: boolean): GraphQLError {
  const original = error.originalError;
  let code: ErrorCode;
  let message = error.message;
  let extensions: Record<string, unknown> = {};
  let sv: string | null = null;
  if (original instanceof DomainError) {
    code = original.code;
    sv = original.messageSv;
    extensions = { fields: original.fields, ...original.details };
  } else if (!original && catalogued(error.extensions?.code)) {
    // our own validation rules (limits.ts) say which code they mean
    code = error.extensions.code;
  } else if (!original || isGraphqlError(original)) {
    // parse, validation and variable-coercion errors (a scalar or enum refusing a value): the request itself is wrong
    code = 'BAD_USER_INPUT';
    if (!suggestions) message = message.replace(SUGGESTION, '');
    extensions = { fields: fieldsFromMessage(message) };
  } else if (clientStatus(original)) {
    // Fastify or Mercurius refusing the request itself (bad JSON, too large, a batch, CSRF): fixed texts, the client's mistake
    code = clientErrorCode(clientStatus(original)!);
    log.info({ code, reason: original.message }, 'client error');
  } else {
    log.error({ err: original }, 'unexpected error in a resolver');
    code = 'INTERNAL';
    message = 'Internal error';
  }
  return new GraphQLError(message, {
    nodes: error.nodes ?? null,
    source: error.source ?? null,
    positions: error.positions ?? null,
    path: error.path ?? null,
    extensions: { ...extensions, code, messageSv: sv ?? messageSv[code] },
  });
}

/**
 * The HTTP status Mercurius's default formatter would give (which also logs
 * every error with its stack at info, so it is not called): 200 with data; the
 * request's own status for a single error that carries one (400, 413 …).
 */
function statusOf(execution: ExecutionResult & { statusCode?: number }): number {
  if (execution.data) return 200;
  if (execution.statusCode !== undefined) return execution.statusCode;
  const only = execution.errors?.length === 1 ? (execution.errors[0]!.originalError as { statusCode?: unknown } | undefined) : undefined;
  return typeof only?.statusCode === 'number' ? only.statusCode : 200;
}

/** Shapes every GraphQL error; `suggestions: false` (introspection off) drops graphql-js's "Did you mean". */
export const errorFormatter = ({ suggestions }: { suggestions: boolean }) => (execution: ExecutionResult & { statusCode?: number }, ctx: { reply?: { log: FastifyBaseLogger }; app: { log: FastifyBaseLogger } }) => {
  const log = ctx.reply?.log ?? ctx.app.log;
  const statusCode = statusOf(execution);
  const errors = (execution.errors ?? [])
    .flatMap((e) => {
      const inner = (e.originalError as { errors?: unknown[] } | undefined)?.errors;
      return Array.isArray(inner) ? inner.map((x) => (isGraphqlError(x) ? x : new GraphQLError((x as Error).message, { originalError: x as Error }))) : [e];
    })
    .map((e) => shape(e, log, suggestions).toJSON());
  return { statusCode, response: { data: execution.data ?? null, errors } };
};
