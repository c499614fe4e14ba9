import { creditCommit } from '@moduleboard/contribulyzer';
import { describe, expect, it } from 'vitest';
import { RunReport } from './run-report';

const author = { name: 'Jane Doe', email: 'jane@example.org' };

describe('RunReport', () => {
  it('says nothing when everything was credited', () => {
    const report = new RunReport();
    report.add('a'.repeat(40), creditCommit({ message: 'Fix.\n\nPatch by: sally\n', author }));
    expect(report.summary()).toEqual([]);
  });

  it('sums unrecognised fields and skipped parts with examples', () => {
    const report = new RunReport();
    report.add(
      '1'.repeat(40),
      creditCommit({
        message: 'Fix.\n\nTweaked by: sally\nFound by: a sentence of words.\n',
        author,
      }),
    );
    report.add(
      '2'.repeat(40),
      creditCommit({ message: 'S\n\nNoticed-by: A B <a@b.org>\ntweaked by: bob\n', author }),
    );
    expect(report.summary()).toEqual([
      'unrecognised fields (not credited): Tweaked by ×2, Noticed-by ×1',
      '  1111111111 line 3: Tweaked by: sally',
      '  2222222222 line 4: tweaked by: bob',
      '  2222222222 line 3: Noticed-by: A B <a@b.org>',
      'skipped, values that name nobody: 1 in 1 commits',
      '  1111111111 line 4: Found by: a sentence of words.',
    ]);
  });
});
