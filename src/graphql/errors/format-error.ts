import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { ApolloServerErrorCode, unwrapResolverError } from '@apollo/server/errors';
import { ArgumentValidationError } from 'type-graphql';
import { AppError, Forbidden, InvalidInput, NotFound } from '@/app/errors';
import { StoreMemoryFullError, StoreTimeoutError } from '@/store/store-errors';
import { echoId } from '@/domain/shared/echo-id';
import { ErrorCode } from './error-code';
import { badUserInput } from './bad-user-input.error';
import { literalFields } from './literal-paths';
import { type ValidationLike, flattenValidation } from '@/app/validation/flatten-validation';

const CLIENT_CODES = new Set<string>([
  ...Object.values(ErrorCode).filter((c) => c !== ErrorCode.INTERNAL_SERVER_ERROR),
  ApolloServerErrorCode.GRAPHQL_PARSE_FAILED,
  ApolloServerErrorCode.GRAPHQL_VALIDATION_FAILED,
  ApolloServerErrorCode.PERSISTED_QUERY_NOT_FOUND,
  ApolloServerErrorCode.PERSISTED_QUERY_NOT_SUPPORTED,
  ApolloServerErrorCode.OPERATION_RESOLUTION_FAILURE,
]);

export type ErrorLogger = (error: unknown, formatted: GraphQLFormattedError) => void;

/** graphql-js's "Did you mean …?" hints name schema types, fields and enum values; no message carries them. */
const SUGGESTION = / ?Did you mean [^?]*\?/g;

/**
 * An error Apollo raises itself with a 4xx status but no code (a persisted query whose hash does not match its
 * text) is the client's: BAD_REQUEST.
 */
function isUncodedClientError(error: unknown): boolean {
  if (!(error instanceof GraphQLError) || error.extensions.code !== undefined) return false;
  const status = (error.extensions.http as { status?: number } | undefined)?.status ?? 0;
  return status >= 400 && status < 500;
}

/**
 * What a client sees of an error: client errors as they are, without suggestions (class-validator's details
 * reduced to the field and its rules, with no echo of the value), everything else masked as INTERNAL_SERVER_ERROR
 * with no internals.
 */
export function formatError(log: ErrorLogger, limits: { queryTimeoutMs?: number } = {}) {
  const limit = limits.queryTimeoutMs ? ` of ${limits.queryTimeoutMs.toLocaleString('en-US')} ms (QUERY_TIMEOUT_MS)` : ' (QUERY_TIMEOUT_MS)';
  const timedOut =
    `The operation took longer than the time limit${limit} and was stopped: ask for less (a smaller limit or first, ` +
    'one manager rather than the whole team), or raise QUERY_TIMEOUT_MS';
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = unwrapResolverError(error);
    if (original instanceof ArgumentValidationError) {
      const details = original.extensions.validationErrors;
      const { message, extensions } = badUserInput(Array.isArray(details) ? flattenValidation(details as ValidationLike[]) : []);
      return { message, path: formatted.path, locations: formatted.locations, extensions };
    }
    if (original instanceof InvalidInput) {
      // a list of 60,000 bad ids is not answered with 60,000 rows and a 7 MB message (found by an outsider)
      const { message, extensions } = badUserInput(original.fields, { message: original.message, extra: original.details });
      return { message, path: formatted.path, locations: formatted.locations, extensions };
    }
    if (original instanceof AppError) {
      return { message: original.message, path: formatted.path, locations: formatted.locations, extensions: appErrorExtensions(original) };
    }
    if (original instanceof StoreTimeoutError) {
      log(original, formatted);
      // not the client's fault, so INTERNAL_SERVER_ERROR (500), but one it can act on: it says what to change
      const timeoutMs = limits.queryTimeoutMs;
      return { message: timedOut, path: formatted.path, extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR, reason: 'TIMEOUT', ...(timeoutMs ? { timeoutMs } : {}) } };
    }
    if (original instanceof StoreMemoryFullError) {
      log(original, formatted);
      // found by an outsider: an importSnapshot that filled Kuzu's buffer pool answered a bare "Internal server error"
      // while `npm run import` named the setting; the client is told what the operator can change
      return {
        message: `The operation needed more memory than the database may use (${original.setting}) and was stopped; nothing it wrote was kept. ` +
          `Ask for less (import a smaller snapshot, or in parts), or have ${original.setting} raised`,
        path: formatted.path, extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR, reason: 'MEMORY', setting: original.setting },
      };
    }
    const code = String(formatted.extensions?.code ?? '');
    if (isUncodedClientError(error)) {
      return { message: formatted.message, locations: formatted.locations, extensions: { code: ErrorCode.BAD_REQUEST } };
    }
    if (CLIENT_CODES.has(code)) {
      const { stacktrace: _s, ...extensions } = formatted.extensions ?? {};
      // an inline literal that does not fit its type names its field and what is allowed, as a variable does
      const fields = code === ApolloServerErrorCode.GRAPHQL_VALIDATION_FAILED ? literalFields(original) : [];
      return { ...formatted, message: formatted.message.replace(SUGGESTION, ''), extensions: fields.length ? { ...extensions, fields } : extensions };
    }
    log(original, formatted);
    return { message: 'Internal server error', path: formatted.path, extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR } };
  };
}

const CODE_OF_KIND: Record<AppError['kind'], ErrorCode> = {
  INVALID_INPUT: ErrorCode.BAD_USER_INPUT,
  NOT_FOUND: ErrorCode.NOT_FOUND,
  FORBIDDEN: ErrorCode.FORBIDDEN,
  CONFLICT: ErrorCode.CONFLICT,
};

/** The one place a use case's error becomes a GraphQL error's extensions (the HTTP status follows from the code). */
export function appErrorExtensions(error: AppError): Record<string, unknown> {
  if (error instanceof InvalidInput) return badUserInput(error.fields, { extra: error.details }).extensions;
  const own: Record<string, unknown> = {};
  if (error instanceof NotFound) Object.assign(own, { what: error.what, id: echoId(error.id) });
  if (error instanceof Forbidden) own.field = error.field;
  return { code: CODE_OF_KIND[error.kind], ...own, ...error.details };
}

export { flattenValidation };
