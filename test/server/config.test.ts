import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../server/config.ts';

describe('config', () => {
  it('starts with zero configuration on the embedded store, bound to loopback', () => {
    expect(loadConfig({})).toMatchObject({ port: 4000, host: '127.0.0.1', store: 'sqlite', dataDir: './data', seed: 'auto', graphiql: true });
  });

  it('reads every variable', () => {
    const c = loadConfig({ PORT: '8080', HOST: '0.0.0.0', STORE: 'neo4j', NEO4J_URI: 'neo4j://db:7687', NEO4J_PASSWORD: 'pw', NEO4J_DATABASE: 'karta', GRAPHIQL: 'false', SEED: 'never' });
    expect(c).toMatchObject({ port: 8080, host: '0.0.0.0', store: 'neo4j', neo4j: { uri: 'neo4j://db:7687', user: 'neo4j', password: 'pw', database: 'karta' }, graphiql: false, seed: 'never' });
  });

  it('names every bad variable in one message', () => {
    expect(() => loadConfig({ PORT: 'eighty', STORE: 'neo4j' })).toThrow(ConfigError);
    try {
      loadConfig({ PORT: 'eighty', STORE: 'neo4j' });
    } catch (e) {
      expect((e as Error).message).toMatch(/PORT/);
      expect((e as Error).message).toMatch(/NEO4J_URI: is required when STORE=neo4j/);
      expect((e as Error).message).toMatch(/NEO4J_PASSWORD: is required when STORE=neo4j/);
    }
  });

  it('treats empty strings as unset', () => {
    expect(loadConfig({ PORT: '', STORE: '' })).toMatchObject({ port: 4000, store: 'sqlite' });
  });
});
