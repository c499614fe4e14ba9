export { type ImportProjectsInput, importProjects, type ProjectImportReport } from './import-projects';
export {
  countProjects,
  findProjectBySlug,
  listProjects,
  projectCursor,
  type ProjectRow,
  projectsByIds,
} from './read-projects';
