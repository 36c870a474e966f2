// GraphiQL at /graphiql, from the product's own bundle: no CDN, so it works
// on a health-care network without internet access. Monaco's workers come
// from the same build (graphiql/setup-workers/vite); server/web.ts serves the
// page with a policy that allows this origin only.
import 'graphiql/setup-workers/vite';
import 'graphiql/style.css';
import './style.css';
import { GraphiQL } from 'graphiql';
import { createElement, StrictMode, type ComponentProps } from 'react';
import { createRoot } from 'react-dom/client';
import { createFetcher, DEFAULT_QUERY } from './fetcher.ts';

// graphql-ws (whose types GraphiQL's use) calls a result's errors GraphQLError instances; over HTTP
// they arrive as their JSON form, which is what the fetcher says it returns
type Fetcher = ComponentProps<typeof GraphiQL>['fetcher'];

const container = document.getElementById('graphiql');
if (!container) throw new Error('No #graphiql element on the page');
container.textContent = '';
createRoot(container).render(
  createElement(StrictMode, null, createElement(GraphiQL, { fetcher: createFetcher() as Fetcher, defaultQuery: DEFAULT_QUERY, defaultEditorToolsVisibility: false })),
);
