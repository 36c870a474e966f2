// The one way Cypher leaves this process. A unit of work runs in a managed
// transaction (executeRead / executeWrite, so the driver retries it whole on
// a transient failure), in a session on the named database that is closed in
// `finally`, with metadata naming the operation (visible in SHOW TRANSACTIONS
// and the query log). Results come back as plain values; Neo4j errors become
// domain errors here, at the boundary.
import neo4j, { type Driver, type ManagedTransaction } from 'neo4j-driver';
import { DomainError } from '../../errors.ts';
import type { Cypher } from './cypher.ts';

export type Row = Record<string, unknown>;

export interface Tx {
  /** Runs one statement with exactly its declared parameters; the rows as plain values. */
  run(statement: Cypher, params?: Record<string, unknown>): Promise<Row[]>;
}

export interface Executor {
  read<T>(op: string, work: (tx: Tx) => Promise<T>): Promise<T>;
  write<T>(op: string, work: (tx: Tx) => Promise<T>): Promise<T>;
  /** The server's agent string, e.g. `Neo4j/5.26.0`; proves the database answers. */
  serverVersion(): Promise<string>;
  close(): Promise<void>;
}

export interface Neo4jSettings {
  uri?: string | undefined;
  user: string;
  password?: string | undefined;
  database: string;
}

/** The name this application gives itself in transaction metadata and the Bolt user agent. */
export const APP = 'samverkanskartan';

/** Refuses a statement sent with other parameters than it declares (a programming error). */
export function checkParams(statement: Cypher, params: Record<string, unknown>): void {
  const want = Object.keys(statement.params).sort();
  const got = Object.keys(params).sort();
  if (want.join(',') !== got.join(',')) {
    throw new Error(`Cypher "${statement.name}" takes parameters [${want.join(', ')}], was given [${got.join(', ')}]`);
  }
}

/** Neo4j values → plain JavaScript: integers become numbers (or strings beyond 2^53). */
export function toPlain(v: unknown): unknown {
  if (neo4j.isInt(v)) return v.inSafeRange() ? v.toNumber() : v.toString();
  if (Array.isArray(v)) return v.map(toPlain);
  if (v !== null && typeof v === 'object' && Object.getPrototypeOf(v) === Object.prototype) {
    return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, toPlain(x)]));
  }
  return v;
}

const UNAVAILABLE = new Set<string>([
  neo4j.error.SERVICE_UNAVAILABLE,
  neo4j.error.SESSION_EXPIRED,
  'Neo.ClientError.Database.DatabaseNotFound',
  'Neo.ClientError.Security.Unauthorized',
  'Neo.ClientError.Security.AuthenticationRateLimit',
  'Neo.ClientError.Transaction.TransactionTimedOut',
  'Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration',
]);

/** A Neo4j error as the domain error the embedded store would give; anything else unchanged. */
export function mapNeo4jError(e: unknown): unknown {
  if (e instanceof DomainError || !(e instanceof neo4j.Neo4jError)) return e;
  const code = e.code ?? '';
  if (code === 'Neo.ClientError.Schema.ConstraintValidationFailed' || e.containsGqlCause?.('22N79')) {
    return new DomainError('CONFLICT', 'The change conflicts with data already stored', { cause: e });
  }
  if (UNAVAILABLE.has(code) || code.startsWith('Neo.TransientError.')) {
    return new DomainError('STORE_UNAVAILABLE', 'The Neo4j store does not answer; try again', { cause: e });
  }
  return e;
}

/** The executor over a real driver. */
export class DriverExecutor implements Executor {
  constructor(
    private readonly driver: Driver,
    private readonly database: string,
    /** Server-side limit per transaction, in milliseconds. */
    private readonly timeoutMs = 60_000,
  ) {}

  static connect(s: Neo4jSettings): DriverExecutor {
    if (!s.uri) throw new DomainError('STORE_UNAVAILABLE', 'NEO4J_URI is not set');
    const driver = neo4j.driver(s.uri, neo4j.auth.basic(s.user, s.password ?? ''), {
      userAgent: `${APP}/neo4j-driver`,
      // the whole of a transaction function is retried within this time on transient errors
      maxTransactionRetryTime: 15_000,
      connectionAcquisitionTimeout: 30_000,
    });
    return new DriverExecutor(driver, s.database);
  }

  read<T>(op: string, work: (tx: Tx) => Promise<T>): Promise<T> {
    return this.run('READ', op, work);
  }

  write<T>(op: string, work: (tx: Tx) => Promise<T>): Promise<T> {
    return this.run('WRITE', op, work);
  }

  private async run<T>(mode: 'READ' | 'WRITE', op: string, work: (tx: Tx) => Promise<T>): Promise<T> {
    const session = this.driver.session({ database: this.database, defaultAccessMode: neo4j.session[mode] });
    const config = { metadata: { app: APP, op }, timeout: this.timeoutMs };
    const fn = (mtx: ManagedTransaction) => work({
      async run(statement, params = {}) {
        checkParams(statement, params);
        const result = await mtx.run(statement.text, params);
        return result.records.map((r) => toPlain(r.toObject()) as Row);
      },
    });
    try {
      return mode === 'READ' ? await session.executeRead(fn, config) : await session.executeWrite(fn, config);
    } catch (e) {
      throw mapNeo4jError(e);
    } finally {
      await session.close();
    }
  }

  async serverVersion(): Promise<string> {
    try {
      const info = await this.driver.getServerInfo({ database: this.database });
      return info.agent ?? 'Neo4j';
    } catch (e) {
      const mapped = mapNeo4jError(e);
      throw mapped instanceof DomainError ? mapped : new DomainError('STORE_UNAVAILABLE', 'The Neo4j store does not answer', { cause: e });
    }
  }

  async close(): Promise<void> {
    await this.driver.close();
  }
}
