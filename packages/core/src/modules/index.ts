export { loadProjectModules, type ModuleRow, subtreeIds, toRoutable } from './load-modules';
export { findModuleByPath, modulesByIds, modulesByProjectIds } from './read-modules';
