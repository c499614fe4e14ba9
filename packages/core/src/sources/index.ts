export {
  countSourceItems,
  publicSourceError,
  type SourceHealth,
  type SourceRow,
  sourceHealth,
  sourceLocation,
  sourcesByIds,
  sourcesOfProjects,
} from './read-sources';
