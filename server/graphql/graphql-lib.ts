// The one copy of graphql-js the server uses: the CommonJS build that
// Mercurius loads. (Test runners may resolve `import 'graphql'` to the ESM
// build, a second copy whose classes fail graphql's own instanceof checks.)
import { createRequire } from 'node:module';

export const graphql = createRequire(import.meta.url)('graphql') as typeof import('graphql');
