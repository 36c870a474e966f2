// Configuration from the environment, validated once at start. The type is
// inferred from the schema; `.env.example` lists every variable.
import { z } from 'zod';

const flag = z.enum(['true', 'false', '1', '0', 'yes', 'no']).transform((v) => ['true', '1', 'yes'].includes(v));

export const ConfigSchema = z
  .object({
    PORT: z.coerce.number().int().min(0).max(65535).default(4000),
    HOST: z.string().min(1).default('127.0.0.1'),
    STORE: z.enum(['sqlite', 'neo4j']).default('sqlite'),
    DATA_DIR: z.string().min(1).default('./data'),
    /** `auto`: load the Västerbotten dataset into an empty store at start; `never`: start empty. */
    SEED: z.enum(['auto', 'never']).default('auto'),
    NEO4J_URI: z.string().regex(/^(neo4j|bolt)(\+s|\+ssc)?:\/\/.+/, 'must be a neo4j:// or bolt:// URI').optional(),
    NEO4J_USER: z.string().min(1).default('neo4j'),
    NEO4J_PASSWORD: z.string().optional(),
    NEO4J_DATABASE: z.string().min(1).default('neo4j'),
    /** Server-side limit of one transaction, and of one bulk import, in ms. */
    NEO4J_TX_TIMEOUT_MS: z.coerce.number().int().min(1000).max(3_600_000).default(60_000),
    NEO4J_IMPORT_TIMEOUT_MS: z.coerce.number().int().min(1000).max(86_400_000).default(600_000),
    LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
    GRAPHIQL: flag.default(true),
    /** Run analyses and the whole-map document on a worker thread, so requests never wait behind them. */
    ANALYSIS_WORKER: flag.default(true),
    /** Largest request body in bytes. */
    BODY_LIMIT: z.coerce.number().int().min(1024).max(100 * 1024 * 1024).default(1024 * 1024),
    /** Deepest GraphQL selection allowed. */
    QUERY_DEPTH: z.coerce.number().int().min(2).max(50).default(12),
    /** Most aliases in one GraphQL request. */
    MAX_ALIASES: z.coerce.number().int().min(1).max(1000).default(30),
    /** Largest estimated cost of one GraphQL request (fields, multiplied by the lists they sit in). */
    MAX_COST: z.coerce.number().int().min(100).max(100_000_000).default(250_000),
    /** GraphQL introspection (GraphiQL and analysts' tools need it). */
    INTROSPECTION: flag.default(true),
    /** Longest a request may take, milliseconds. */
    REQUEST_TIMEOUT_MS: z.coerce.number().int().min(1000).max(600_000).default(60_000),
    /** Megabytes of whole answers to read-only queries kept per store version (server/graphql/response-cache.ts); 0 keeps none. */
    RESPONSE_CACHE_MB: z.coerce.number().min(0).max(4096).default(32),
    /**
     * `auto`: sign-in required unless HOST is a loopback address (then one local
     * user needs none); `required`: always.
     */
    AUTH: z.enum(['auto', 'required']).default('auto'),
    /** Creates this admin at start when the store has none (for containers; else use `npm run admin`). */
    ADMIN_USER: z.string().optional(),
    ADMIN_PASSWORD: z.string().optional(),
    /** How long a sign-in lasts, hours. */
    SESSION_HOURS: z.coerce.number().int().min(1).max(24 * 30).default(12),
    /** Sign-in attempts per minute from one address. */
    LOGIN_RATE: z.coerce.number().int().min(1).max(10_000).default(10),
    /** Requests to read-only links (/v/:token, /api/shared/:token) from one address per window, each route counted on its own. */
    SHARE_LINK_RATE: z.coerce.number().int().min(1).max(1_000_000).default(60),
    /** That window, in seconds. */
    SHARE_LINK_RATE_WINDOW_S: z.coerce.number().int().min(1).max(86_400).default(60),
    /** Mutations per minute for one user. */
    MUTATION_RATE: z.coerce.number().int().min(1).max(1_000_000).default(600),
    /** Trust X-Forwarded-* from a reverse proxy (needed for Secure cookies behind TLS termination). */
    TRUST_PROXY: flag.default(false),
    /** Largest file an import accepts, in bytes. */
    IMPORT_MAX_BYTES: z.coerce.number().int().min(1024).max(1024 * 1024 * 1024).default(50 * 1024 * 1024),
    /** Most data rows in one import. */
    IMPORT_MAX_ROWS: z.coerce.number().int().min(1).max(10_000_000).default(100_000),
    /** Longest cell an import accepts (Excel's own limit is 32767). */
    IMPORT_MAX_CELL_CHARS: z.coerce.number().int().min(100).max(1_000_000).default(32_767),
    /** Most bytes an uploaded zip (an XLSX is one) may unpack to. */
    IMPORT_MAX_UNZIPPED_BYTES: z.coerce.number().int().min(1024 * 1024).max(8 * 1024 * 1024 * 1024).default(512 * 1024 * 1024),
  })
  .transform((c) => ({
    port: c.PORT,
    host: c.HOST,
    store: c.STORE,
    dataDir: c.DATA_DIR,
    seed: c.SEED,
    neo4j: { uri: c.NEO4J_URI, user: c.NEO4J_USER, password: c.NEO4J_PASSWORD, database: c.NEO4J_DATABASE, txTimeoutMs: c.NEO4J_TX_TIMEOUT_MS, importTimeoutMs: c.NEO4J_IMPORT_TIMEOUT_MS },
    logLevel: c.LOG_LEVEL,
    graphiql: c.GRAPHIQL,
    analysisWorker: c.ANALYSIS_WORKER,
    bodyLimit: c.BODY_LIMIT,
    queryDepth: c.QUERY_DEPTH,
    maxAliases: c.MAX_ALIASES,
    maxCost: c.MAX_COST,
    introspection: c.INTROSPECTION,
    requestTimeoutMs: c.REQUEST_TIMEOUT_MS,
    responseCacheBytes: Math.round(c.RESPONSE_CACHE_MB * 1024 * 1024),
    auth: {
      required: c.AUTH === 'required' || !isLoopback(c.HOST),
      adminUser: c.ADMIN_USER,
      adminPassword: c.ADMIN_PASSWORD,
      sessionHours: c.SESSION_HOURS,
      loginRate: c.LOGIN_RATE,
      mutationRate: c.MUTATION_RATE,
      shareLinkRate: { max: c.SHARE_LINK_RATE, windowMs: c.SHARE_LINK_RATE_WINDOW_S * 1000 },
    },
    trustProxy: c.TRUST_PROXY,
    import: { maxBytes: c.IMPORT_MAX_BYTES, maxRows: c.IMPORT_MAX_ROWS, maxCellChars: c.IMPORT_MAX_CELL_CHARS, maxUnzippedBytes: c.IMPORT_MAX_UNZIPPED_BYTES },
  }));

/** Loopback only: reachable from this machine and nowhere else. */
export function isLoopback(host: string): boolean {
  return host === 'localhost' || host === '::1' || /^127\.\d+\.\d+\.\d+$/.test(host);
}

export type AppConfig = z.output<typeof ConfigSchema>;

export class ConfigError extends Error {
  override name = 'ConfigError';
}

/** Reads the configuration; throws ConfigError naming every bad variable. */
export function loadConfig(env: Record<string, string | undefined> = process.env): AppConfig {
  // empty strings count as unset, as in most .env tooling
  const present = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
  const r = ConfigSchema.safeParse(present);
  const lines = r.success ? [] : r.error.issues.map((i) => `  ${i.path.join('.') || '(config)'}: ${i.message}`);
  // checked on the raw values, so they are reported even when another variable is bad
  if (present.ADMIN_USER && !present.ADMIN_PASSWORD) lines.push('  ADMIN_PASSWORD: is required with ADMIN_USER');
  if (present.STORE === 'neo4j') {
    for (const key of ['NEO4J_URI', 'NEO4J_PASSWORD']) if (!present[key]) lines.push(`  ${key}: is required when STORE=neo4j`);
  }
  if (!r.success || lines.length) throw new ConfigError(`Invalid configuration:\n${lines.join('\n')}`);
  return r.data;
}
