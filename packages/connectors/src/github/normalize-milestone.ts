import type { NormalizedMilestone } from '../types';
import type { GithubMilestone } from './objects';

export function normalizeMilestone(milestone: GithubMilestone): NormalizedMilestone {
  return {
    externalId: String(milestone.number),
    title: milestone.title,
    description: milestone.description || undefined,
    // GitHub gives a due date as an instant (midnight Pacific time, so 07:00 or 08:00 UTC); its
    // UTC date is the day a person picked, which is all the roadmap keeps.
    dueOn: milestone.due_on ? milestone.due_on.slice(0, 10) : undefined,
    state: milestone.state,
  };
}
