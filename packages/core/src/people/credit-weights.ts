import { createCreditConfig } from '@moduleboard/contribulyzer';
import type { schema } from '@moduleboard/db';

type ProjectRow = typeof schema.projects.$inferSelect;

/** The weight of each role in a project's scores: the default rules plus its own settings. */
export function creditWeights(project: Pick<ProjectRow, 'settings'>): Map<string, number> {
  const { revisionUrl: _, ...rules } = project.settings.credits ?? {};
  try {
    return new Map(createCreditConfig(rules).roles);
  } catch {
    // Settings are checked on import; a stored project with bad ones still gets the defaults.
    return new Map(createCreditConfig({}).roles);
  }
}
