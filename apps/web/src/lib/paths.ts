/** Where a project's page lives. */
export function projectHref(project: string): string {
  return `/p/${encodeURIComponent(project)}`;
}

/** Where a module's page lives: its path's slugs stay readable segments of the URL. */
export function moduleHref(project: string, path: string): string {
  const segments = path.split('/').map(encodeURIComponent).join('/');
  return `${projectHref(project)}/m/${segments}`;
}

/** A module path as the URL's splat carries it, without the slashes a person may add. */
export function normalizeModulePath(splat: string | undefined): string {
  return (splat ?? '').replace(/^\/+|\/+$/g, '');
}
