import { graphql } from '../generated';
import type { ModuleHeaderFieldsFragment } from '../generated/graphql';
import { ancestorTrail } from '../lib/ancestors';
import { projectHref } from '../lib/paths';
import { Breadcrumb } from './breadcrumb';
import { ModuleRules } from './module-rules';

export const ModuleHeaderFields = graphql(`
  fragment ModuleHeaderFields on Module {
    id
    path
    name
    description
    owners
    rules {
      paths
      docs
      labels
      keywords
    }
    ancestors {
      id
      path
      name
    }
  }
`);

/** Where a module sits, what it is, and why items land in it. */
export function ModuleHeader({
  project,
  module,
}: {
  project: { slug: string; name: string };
  module: ModuleHeaderFieldsFragment;
}) {
  return (
    <>
      <Breadcrumb
        trail={[
          { label: 'Projects', href: '/' },
          { label: project.name, href: projectHref(project.slug) },
          ...ancestorTrail(project.slug, module.ancestors),
        ]}
        current={module.name}
      />
      <header className="page-header">
        <h1>{module.name}</h1>
        <p className="module-path">{module.path}</p>
        {module.description && <p className="lead">{module.description}</p>}
        <ModuleRules rules={module.rules} owners={module.owners} />
      </header>
    </>
  );
}
