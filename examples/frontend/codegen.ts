import type { CodegenConfig } from '@graphql-codegen/cli';

// Types for the operations in src/ from the service's schema file: no server needed. Run from this folder:
// `npx graphql-codegen` (the root's `npm test` runs it too, then type-checks this folder).
const config: CodegenConfig = {
  schema: '../../schema.graphql',
  documents: ['src/**/*.ts', '!src/gql/**/*'],
  ignoreNoDocuments: false,
  generates: {
    'src/gql/': {
      preset: 'client',
      config: {
        documentMode: 'string', // documents are plain strings: no GraphQL runtime in the browser bundle
        enumsAsTypes: true,
        useTypeImports: true,
        strictScalars: true,
        scalars: { JSONObject: 'Record<string, unknown>' },
      },
    },
  },
};

export default config;
