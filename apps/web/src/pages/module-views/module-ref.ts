/** The module a view shows: its project's slug, its id for queries, its path for links. */
export interface ModuleRef {
  project: string;
  id: string;
  path: string;
}
