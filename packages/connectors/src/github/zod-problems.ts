import type { z } from 'zod';

/** The first few problems of a failed parse, each with where it was: `0.user.login: …`. */
export function describeProblems(error: z.ZodError, max = 3): string {
  const problems = error.issues
    .slice(0, max)
    .map((issue) => `${issue.path.join('.') || '(whole)'}: ${issue.message}`);
  const more = error.issues.length - max;
  return more > 0 ? `${problems.join('; ')} (and ${more} more)` : problems.join('; ');
}
