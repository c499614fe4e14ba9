import type { CodegenConfig } from '@graphql-codegen/cli';
import { addTypenameSelectionDocumentTransform } from '@graphql-codegen/client-preset';

// The per-area SDL files are the source of truth; the generated full SDL would declare every type
// a second time.
const schema = [
  '../../packages/graphql/src/**/*.graphql',
  '!../../packages/graphql/src/generated/**',
];

const config: CodegenConfig = {
  schema,
  documents: ['src/**/*.{ts,tsx}', '!src/generated/**'],
  ignoreNoDocuments: false,
  generates: {
    'src/generated/': {
      preset: 'client',
      // The normalized cache reads every object's __typename; the documents the server knows by
      // hash must already ask for it, since the cache cannot add it to a hash.
      documentTransforms: [addTypenameSelectionDocumentTransform],
      presetConfig: {
        fragmentMasking: false,
        // Each document carries its hash, and persisted-documents.json maps every hash to its
        // document: the build hands that file to the server, which then runs only what it knows
        // by hash for the web app (see docs/adr/0012-web-client-urql-graphcache.md).
        persistedDocuments: { mode: 'embedHashInDocument', hashAlgorithm: 'sha256' },
      },
      config: {
        // Documents as strings: a tenth of the size of their syntax trees in the bundle; the
        // client parses each once (src/graphql/documents.ts).
        documentMode: 'string',
        enumType: 'string-literal',
        useTypeImports: true,
        scalars: { DateTime: 'string' },
      },
    },
    // What the normalized cache must know of the schema: which types implement Node (so a
    // fragment on Module matches a node), which fields are lists.
    'src/generated/schema.json': {
      plugins: ['introspection'],
      config: { minify: true, descriptions: false },
    },
  },
};

export default config;
