export {
  type ImportProjectsInput,
  importProjects,
  type ProjectImportReport,
} from './import-projects';
export {
  countProjects,
  findProjectBySlug,
  listProjects,
  type ProjectRow,
  projectCursor,
  projectsByIds,
} from './read-projects';
