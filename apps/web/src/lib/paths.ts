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

/** Where an item's page lives (a change, a bug, a pull request…), by its public id. */
export function itemHref(project: string, id: string): string {
  return `${projectHref(project)}/i/${encodeURIComponent(id)}`;
}

/** Where the health of a project's sources is shown. */
export function sourcesHref(project: string): string {
  return `${projectHref(project)}/sources`;
}

/** What a link to another site says: the site's name ("github.com"). */
export function linkHost(url: string): string {
  try {
    return new URL(url).host.replace(/^www\./, '') || 'original';
  } catch {
    return 'original';
  }
}
