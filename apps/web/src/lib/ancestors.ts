import type { Crumb } from '../components/breadcrumb';
import { moduleHref } from './paths';

interface Ancestor {
  path: string;
  name: string;
  parent?: Ancestor | null;
}

/**
 * The breadcrumb trail above a module, from its path's prefixes. Names come from the parents
 * the query fetched; a level deeper than it reaches is labelled by its slug.
 */
export function ancestorTrail(
  project: string,
  module: { path: string; parent?: Ancestor | null },
): Crumb[] {
  const names = new Map<string, string>();
  for (let at = module.parent; at; at = at.parent) {
    names.set(at.path, at.name);
  }
  const slugs = module.path.split('/');
  return slugs.slice(0, -1).map((slug, index) => {
    const path = slugs.slice(0, index + 1).join('/');
    return { label: names.get(path) ?? slug, href: moduleHref(project, path) };
  });
}
