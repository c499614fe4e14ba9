import type { CodegenConfig } from '@graphql-codegen/cli';

const config: CodegenConfig = {
  // The generated SDL below is an output, never an input: read only the areas' own files.
  schema: ['src/*/schema.graphql', '!src/generated/**'],
  generates: {
    'src/generated/resolvers-types.ts': {
      plugins: ['typescript', 'typescript-resolvers'],
      config: {
        useTypeImports: true,
        enumsAsTypes: true,
        contextType: '../context#GraphQLContext',
        // An object of an interface type carries its type name, which resolves the interface.
        resolversNonOptionalTypename: { interfaceImplementingType: true },
        scalars: { DateTime: { input: 'string', output: 'Date | string' } },
        mappers: {
          Project: '@moduleboard/core#ProjectRow',
          Module: '@moduleboard/core#ModuleRow',
          Item: '@moduleboard/core#ItemRow',
          Milestone: '@moduleboard/core#MilestoneRow',
          ProjectConnection: '../connection#ProjectConnectionShape',
          ModuleConnection: '../connection#ModuleConnectionShape',
          ItemConnection: '../connection#ItemConnectionShape',
          ItemModule: '../items/item-module#ItemModuleShape',
          Source: '@moduleboard/core#SourceRow',
          ChangeDetails: '@moduleboard/core#ItemRow',
          ChangeAuthor: '@moduleboard/core#AuthorActivity',
          TreeEntry: '../repository/shapes#TreeEntryShape',
          Divergence: '../repository/shapes#DivergenceShape',
          DivergentCommit: '../repository/shapes#DivergentCommitShape',
          IssueReference: '../repository/shapes#IssueReferenceShape',
          Contributor: '@moduleboard/core#ContributorStats',
          Credit: '../people/shapes#CreditShape',
          IdentityMerge: '@moduleboard/core#MergeRow',
          Identity: '@moduleboard/core#IdentityRow',
          ContributorConnection: '../people/shapes#ContributorConnectionShape',
          CreditConnection: '../people/shapes#CreditConnectionShape',
          IdentityMergeConnection: '../connection#ConnectionShape<MergeRow>',
        },
      },
    },
    'src/generated/schema.graphql': {
      plugins: ['schema-ast'],
      config: { includeDirectives: true },
    },
  },
};

export default config;
