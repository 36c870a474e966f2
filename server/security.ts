// The content security policies, once: the page, GraphiQL and the API allow
// only this origin. Styles allow inline because Lit and Cytoscape (and
// GraphiQL's Monaco editor) set element styles.
export const CSP_DIRECTIVES = {
  defaultSrc: ["'self'"],
  scriptSrc: ["'self'"],
  styleSrc: ["'self'", "'unsafe-inline'"],
  imgSrc: ["'self'", 'data:', 'blob:'],
  fontSrc: ["'self'", 'data:'],
  connectSrc: ["'self'"],
  workerSrc: ["'self'", 'blob:'],
  objectSrc: ["'none'"],
  frameAncestors: ["'none'"],
  baseUri: ["'self'"],
  formAction: ["'self'"],
};

/** Directives as a header value. */
function headerValue(directives: Record<string, string[]>): string {
  return Object.entries(directives)
    .map(([k, v]) => `${k.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)} ${v.join(' ')}`)
    .join('; ');
}

/** The same policy as a header value. */
export const CONTENT_SECURITY_POLICY = headerValue(CSP_DIRECTIVES);

/**
 * GraphiQL's page (web/graphiql, served by server/web.ts): the same policy,
 * with its Monaco workers loaded from this origin's files only (no blob:).
 * Nothing from another origin, so it works on a network without internet.
 */
export const GRAPHIQL_CSP_DIRECTIVES = { ...CSP_DIRECTIVES, workerSrc: ["'self'"] };
export const GRAPHIQL_CSP = headerValue(GRAPHIQL_CSP_DIRECTIVES);
