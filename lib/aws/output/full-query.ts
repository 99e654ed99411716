// The full JMESPath language for --query expressions beyond the fast subset in query.ts (filters, functions,
// multi-select after a projection…): the jmespath package, of the language line AWS CLI v2 uses, loaded on demand.
import { search } from 'jmespath';
import { EXIT, generalError } from '../cli/errors';
import type { ResponseValue } from './formatters';
import type { Query } from './query';

/** Compiles `expression` with jmespath; a syntax error is the CLI's "Bad value for --query" usage error. */
export function fullQuery(expression: string): Query {
  try {
    search({}, expression);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    if (!/^(?:invalid-type|Invalid type|TypeError|invalid-arity|Unknown function)/i.test(message)) {
      throw generalError(`Bad value for --query ${expression}: ${message}`, EXIT.usage);
    }
  }
  return {
    expression,
    search(value: ResponseValue): ResponseValue {
      try {
        return search(value as never, expression) as ResponseValue;
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        throw generalError(message, EXIT.general);
      }
    },
  };
}
