import type { CodegenConfig } from '@graphql-codegen/cli';

const config: CodegenConfig = {
  // The per-area SDL files are the source of truth; the generated full SDL would declare
  // every type a second time.
  schema: ['../../packages/graphql/src/**/*.graphql', '!../../packages/graphql/src/generated/**'],
  documents: ['src/**/*.{ts,tsx}', '!src/generated/**'],
  ignoreNoDocuments: false,
  generates: {
    'src/generated/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: {
        // Documents as strings: `fetch` sends them as they are, with no GraphQL parser shipped.
        documentMode: 'string',
        enumType: 'string-literal',
        useTypeImports: true,
        scalars: { DateTime: 'string' },
      },
    },
  },
};

export default config;
