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

/** Where a project's contributors are ranked, optionally filtered (`?role=…&since=…`). */
export function contributorsHref(project: string, search = ''): string {
  return `${projectHref(project)}/contributors${search}`;
}

/** Where one contributor's page lives, by their public id. */
export function personHref(project: string, id: string): string {
  return `${projectHref(project)}/people/${encodeURIComponent(id)}`;
}

/** Where administrators review the project's identity merges. */
export function mergesHref(project: string): string {
  return `${projectHref(project)}/merges`;
}

/** The sign-in form, coming back to `next` (a path of this site) afterwards. */
export function signInHref(next?: string, mode?: 'sign-up'): string {
  const search = new URLSearchParams();
  if (mode) {
    search.set('mode', mode);
  }
  if (next && next !== '/' && !next.startsWith('/sign-in')) {
    search.set('next', next);
  }
  const query = search.toString();
  return query ? `/sign-in?${query}` : '/sign-in';
}

/**
 * Where to go after signing in: only a path of this site, so a crafted link cannot send the
 * reader elsewhere ("//evil.example" is another site).
 */
export function safeNext(next: string | null): string {
  return next?.startsWith('/') && !next.startsWith('//') && !next.startsWith('/\\') ? next : '/';
}
