import type { Crumb } from '../components/breadcrumb';
import { moduleHref } from './paths';

/** The breadcrumb trail above a module: its ancestors from the root down, each a link. */
export function ancestorTrail(
  project: string,
  ancestors: readonly { path: string; name: string }[],
): Crumb[] {
  return ancestors.map((ancestor) => ({
    label: ancestor.name,
    href: moduleHref(project, ancestor.path),
  }));
}
