// `npm run bench [-- --scale country10] [--only graph,nested,gap,import,load,health,mapdoc,analyst,live,memory,map] [--seed N] [--keep] [--data DIR]`
//
// Runs the benchmarks (bench/main.ts) the way production runs the server:
// NODE_ENV=production, as the container sets it (Dockerfile). Libraries read
// it when they load (graphql-js drops its development-mode type checks), so
// it is set here, before anything else is imported. An explicit NODE_ENV wins.
process.env.NODE_ENV ??= 'production';
await import('./main.ts');
