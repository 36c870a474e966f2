# syntax=docker/dockerfile:1
# The app image: Fastify + GraphQL + the built map, on Node 24 (the current LTS).
#   docker compose up --build     (with Neo4j; see docker-compose.yml)
ARG NODE_IMAGE=node:24-bookworm-slim

# ---- deps: production dependencies only ------------------------------------------
FROM ${NODE_IMAGE} AS deps
WORKDIR /app
# better-sqlite3 (the embedded store) is a dependency: it compiles when no
# prebuilt binary fits, which needs python3, make and g++ (this stage only).
RUN apt-get update \
 && apt-get install -y --no-install-recommends python3 make g++ \
 && rm -rf /var/lib/apt/lists/*
COPY package.json package-lock.json ./
RUN npm ci --omit=dev && npm cache clean --force

# ---- build: the map (web/ → dist/web), so the server never builds at start -------
FROM deps AS build
COPY . .
RUN npx vite build

# ---- runtime: no compilers, not root ------------------------------------------------
FROM ${NODE_IMAGE} AS runtime
ENV NODE_ENV=production \
    HOST=0.0.0.0 \
    PORT=4000 \
    DATA_DIR=/app/data
WORKDIR /app
# the code stays root-owned (read-only to the app); only DATA_DIR is writable
COPY --from=build /app /app
RUN mkdir -p /app/data && chown node:node /app/data
USER node
EXPOSE 4000
HEALTHCHECK --interval=15s --timeout=5s --start-period=60s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:' + (process.env.PORT || 4000) + '/health').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
# What `npm start` runs (tsx server/main.ts), without the npm and tsx wrapper
# processes: SIGTERM from `docker stop` reaches the server's graceful shutdown.
CMD ["node", "--import", "tsx", "server/main.ts"]
