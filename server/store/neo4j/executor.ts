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
  /** Server-side limit of one transaction, ms (NEO4J_TX_TIMEOUT_MS; 60 000). */
  txTimeoutMs?: number | undefined;
  /** The same for a bulk import, ms (NEO4J_IMPORT_TIMEOUT_MS; 600 000). */
  importTimeoutMs?: number | undefined;
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

/** Codes that say the store cannot be reached now: trying again later may help. */
const UNAVAILABLE = new Set<string>([
  neo4j.error.SERVICE_UNAVAILABLE,
  neo4j.error.SESSION_EXPIRED,
  'Neo.ClientError.Security.AuthenticationRateLimit',
]);
/** The configuration is wrong: trying again will not help. */
const MISCONFIGURED = new Set<string>([
  'Neo.ClientError.Security.Unauthorized',
  'Neo.ClientError.Security.CredentialsExpired',
  'Neo.ClientError.Database.DatabaseNotFound',
  'Neo.ClientError.Security.Forbidden',
]);
const TIMED_OUT = new Set<string>(['Neo.ClientError.Transaction.TransactionTimedOut', 'Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration']);
const TERMINATED = new Set<string>(['Neo.ClientError.Transaction.Terminated', 'Neo.TransientError.Transaction.Terminated', 'Neo.TransientError.Transaction.LockClientStopped']);
const OUT_OF_MEMORY = new Set<string>(['Neo.TransientError.General.MemoryPoolOutOfMemoryError', 'Neo.TransientError.General.OutOfMemoryError', 'Neo.TransientError.General.TransactionMemoryLimit']);
const DELETED = new Set<string>(['Neo.ClientError.Statement.EntityNotFound', 'Neo.TransientError.Statement.EntityNotFound']);

/** A Neo4j error as the domain error the embedded store would give, each kind with its own code; anything else unchanged. */
export function mapNeo4jError(e: unknown): unknown {
  if (e instanceof DomainError || !(e instanceof neo4j.Neo4jError)) return e;
  const code = e.code ?? '';
  const as = (c: ConstructorParameters<typeof DomainError>[0], message: string) => new DomainError(c, message, { cause: e, details: { neo4jCode: code } });
  if (code === 'Neo.ClientError.Schema.ConstraintValidationFailed' || e.containsGqlCause?.('22N79')) {
    return as('CONFLICT', 'The change conflicts with data already stored');
  }
  if (DELETED.has(code)) return as('CONFLICT', 'Someone else changed or removed what this change reads, at the same moment; nothing was written, try again');
  if (MISCONFIGURED.has(code)) return as('STORE_MISCONFIGURED', `Neo4j refused this service (${code.split('.').pop()}): check NEO4J_USER, NEO4J_PASSWORD and NEO4J_DATABASE; trying again will not help`);
  if (TIMED_OUT.has(code)) return as('STORE_TIMEOUT', 'Neo4j stopped the transaction at its time limit; nothing was written (raise NEO4J_TX_TIMEOUT_MS, or NEO4J_IMPORT_TIMEOUT_MS for imports, or the server\'s db.transaction.timeout)');
  if (TERMINATED.has(code)) return as('STORE_TERMINATED', 'The transaction was terminated in Neo4j (by an administrator or the server); nothing was written');
  if (OUT_OF_MEMORY.has(code)) {
    return as('STORE_OUT_OF_MEMORY', 'The change needs more memory than Neo4j allows one transaction; nothing was written. Import in smaller files, or raise Neo4j\'s server.memory.heap.max_size and db.memory.transaction.total.max (docker-compose.yml: NEO4J_server_memory_heap_max__size)');
  }
  if (UNAVAILABLE.has(code) || code.startsWith('Neo.TransientError.')) {
    return as('STORE_UNAVAILABLE', 'The Neo4j store does not answer; try again');
  }
  return e;
}

/** Errors the driver would retry but another try cannot mend: they leave the transaction function at once. */
const hopeless = (e: unknown) => e instanceof neo4j.Neo4jError && (OUT_OF_MEMORY.has(e.code) || TERMINATED.has(e.code));

/** The executor over a real driver. */
export class DriverExecutor implements Executor {
  constructor(
    private readonly driver: Driver,
    private readonly database: string,
    /** Server-side limit per transaction, in milliseconds; `long` for the units of work named in `longOps` (bulk imports). */
    private readonly timeouts: { normal: number; long: number; longOps: ReadonlySet<string> } = { normal: 60_000, long: 600_000, longOps: new Set(['bulkUpsert']) },
    /**
     * One bookmark manager for every session: on a cluster or Aura a read then
     * waits for the writes this process made before it (read your writes).
     */
    private readonly bookmarks = neo4j.bookmarkManager(),
  ) {}

  static connect(s: Neo4jSettings): DriverExecutor {
    if (!s.uri) throw new DomainError('STORE_UNAVAILABLE', 'NEO4J_URI is not set');
    const driver = neo4j.driver(s.uri, neo4j.auth.basic(s.user, s.password ?? ''), {
      userAgent: `${APP}/neo4j-driver`,
      // the whole of a transaction function is retried within this time on transient errors
      maxTransactionRetryTime: 15_000,
      connectionAcquisitionTimeout: 30_000,
    });
    return new DriverExecutor(driver, s.database, {
      normal: s.txTimeoutMs ?? 60_000,
      long: s.importTimeoutMs ?? 600_000,
      longOps: new Set(['bulkUpsert']),
    });
  }

  read<T>(op: string, work: (tx: Tx) => Promise<T>): Promise<T> {
    return this.run('READ', op, work);
  }

  write<T>(op: string, work: (tx: Tx) => Promise<T>): Promise<T> {
    return this.run('WRITE', op, work);
  }

  private async run<T>(mode: 'READ' | 'WRITE', op: string, work: (tx: Tx) => Promise<T>): Promise<T> {
    const session = this.driver.session({ database: this.database, defaultAccessMode: neo4j.session[mode], bookmarkManager: this.bookmarks });
    const config = { metadata: { app: APP, op }, timeout: this.timeouts.longOps.has(op) ? this.timeouts.long : this.timeouts.normal };
    const fn = (mtx: ManagedTransaction) => work({
      async run(statement, params = {}) {
        checkParams(statement, params);
        try {
          const result = await mtx.run(statement.text, params);
          return result.records.map((r) => toPlain(r.toObject()) as Row);
        } catch (e) {
          // the driver retries transient errors for up to 15 s; a transaction too large for memory fails the same way every time
          throw hopeless(e) ? mapNeo4jError(e) : e;
        }
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
