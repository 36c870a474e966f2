// GraphQL errors as clients see them: every one with `extensions.code` from
// the catalogue (server/errors.ts), a Swedish message beside the English one,
// and never a stack trace or an internal message.
import type { FastifyBaseLogger } from 'fastify';
import type { ExecutionResult, GraphQLError as GraphQLErrorType } from 'graphql';
import mercurius from 'mercurius';
import { DomainError, ErrorCode, messageSv, type FieldProblem } from '../errors.ts';
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
const isClientHttpError = (e: unknown) => {
  const { code, statusCode } = e as { code?: unknown; statusCode?: unknown };
  return typeof code === 'string' && code.startsWith('MER_ERR_') && typeof statusCode === 'number' && statusCode >= 400 && statusCode < 500;
};
const catalogued = (code: unknown): code is ErrorCode => typeof code === 'string' && code in ErrorCode;

function shape(error: GraphQLError, log: FastifyBaseLogger): GraphQLError {
  const original = error.originalError;
  let code: ErrorCode;
  let message = error.message;
  let extensions: Record<string, unknown> = {};
  if (original instanceof DomainError) {
    code = original.code;
    extensions = { fields: original.fields, ...original.details };
  } else if ((original as { code?: string } | undefined)?.code === 'MER_ERR_GQL_QUERY_DEPTH') {
    code = 'QUERY_TOO_COMPLEX';
  } else if (!original && catalogued(error.extensions?.code)) {
    // our own validation rules (limits.ts) say which code they mean
    code = error.extensions.code;
  } else if (!original || isGraphqlError(original)) {
    // parse, validation and variable-coercion errors (a scalar or enum refusing a value): the request itself is wrong
    code = 'BAD_USER_INPUT';
    extensions = { fields: fieldsFromMessage(error.message) };
  } else if (isClientHttpError(original)) {
    // Mercurius refusing the request itself (CSRF prevention, a mutation over GET): its messages are fixed texts
    code = 'BAD_REQUEST';
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
    extensions: { ...extensions, code, messageSv: messageSv[code] },
  });
}

export function errorFormatter(execution: ExecutionResult & { statusCode?: number }, ctx: { reply?: { log: FastifyBaseLogger }; app: { log: FastifyBaseLogger } }) {
  const log = ctx.reply?.log ?? ctx.app.log;
  const { statusCode } = mercurius.defaultErrorFormatter({ ...execution, errors: execution.errors ?? [] }, ctx as never);
  const errors = (execution.errors ?? [])
    .flatMap((e) => {
      const inner = (e.originalError as { errors?: unknown[] } | undefined)?.errors;
      return Array.isArray(inner) ? inner.map((x) => (isGraphqlError(x) ? x : new GraphQLError((x as Error).message, { originalError: x as Error }))) : [e];
    })
    .map((e) => shape(e, log).toJSON());
  return { statusCode, response: { data: execution.data ?? null, errors } };
}
