import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { exportRoadmapMarkdown } from './export-markdown';
import { formatOf, MAX_PAGE_LENGTH, parseRoadmap } from './parse-roadmap';
import { comparable } from './testing/comparable';
import type { RoadmapTask } from './types';

const md = (text: string) => parseRoadmap(text, { format: 'markdown' });
const rst = (text: string) => parseRoadmap(text, { format: 'rst' });
const shape = (tasks: RoadmapTask[]): unknown[] =>
  tasks.map((t) => [
    t.title,
    t.status,
    t.milestone ?? null,
    t.area ?? null,
    ...(t.tasks.length ? [shape(t.tasks)] : []),
  ]);

describe('parseRoadmap: page shapes', () => {
  it.each([
    [
      'a list alone',
      '- a - done\n- b',
      [
        ['a', 'done', null, null],
        ['b', 'open', null, null],
      ],
    ],
    ['an area', '## Wiki\n\n- a - wip', [['a', 'wip', null, 'Wiki']]],
    ['a release', '## Release 2.0\n\n- a', [['a', 'open', '2.0', null]]],
    ['a bare version', '## v3.1\n\n- a', [['a', 'open', 'v3.1', null]]],
    ['an area in a release', '## Release 2.0\n\n### Docs\n\n- a', [['a', 'open', '2.0', 'Docs']]],
    [
      'an area after a release',
      '## Release 2.0\n\n- a\n\n## Docs\n\n- b',
      [
        ['a', 'open', '2.0', null],
        ['b', 'open', null, 'Docs'],
      ],
    ],
    [
      'sub-items sharing their status',
      '- a - done\n  - b\n  - c - open\n    - d',
      [
        [
          'a',
          'done',
          null,
          null,
          [
            ['b', 'done', null, null],
            ['c', 'open', null, null, [['d', 'open', null, null]]],
          ],
        ],
      ],
    ],
    [
      'a checklist',
      '## Core\n\nParts that have been ported:\n\n- x\n- y',
      [
        [
          'Parts that have been ported',
          'done',
          null,
          'Core',
          [
            ['x', 'done', null, 'Core'],
            ['y', 'done', null, 'Core'],
          ],
        ],
      ],
    ],
    [
      'an ordered list',
      '1. a - done\n2. b',
      [
        ['a', 'done', null, null],
        ['b', 'open', null, null],
      ],
    ],
    ['a quoted list', '> - a - wip', [['a', 'wip', null, null]]],
    ['a group heading', '# Plan\n\n## Areas\n\n### UI\n\n- a', [['a', 'open', null, 'UI']]],
  ])('Markdown: %s', (_, text, tasks) => {
    const roadmap = md(text);
    expect(roadmap.problems).toEqual([]);
    expect(shape(roadmap.tasks)).toEqual(tasks);
  });

  it.each([
    [
      'underlined sections',
      'Release 1.0\n===========\n\n* a (done).\n* b\n',
      [
        ['a', 'done', '1.0', null],
        ['b', 'open', '1.0', null],
      ],
    ],
    [
      'over- and underlined title, then sections',
      '=====\nPlans\n=====\n\nCore\n----\n\n- a (started)\n',
      [['a', 'wip', null, 'Core']],
    ],
    [
      'a comment and a label',
      '.. _x:\n\n.. a comment\n   going on\n\n* a\n',
      [['a', 'open', null, null]],
    ],
    [
      'nested lists',
      '* a (done).\n\n  * b\n  * c (started).\n',
      [
        [
          'a',
          'done',
          null,
          null,
          [
            ['b', 'done', null, null],
            ['c', 'wip', null, null],
          ],
        ],
      ],
    ],
    ['continuation lines', '* a long\n  item (done).\n', [['a long item', 'done', null, null]]],
    [
      'enumerated items',
      '#. a\n#. b (done)\n',
      [
        ['a', 'open', null, null],
        ['b', 'done', null, null],
      ],
    ],
    ['a literal block', 'Example::\n\n    * not a task\n\n* a\n', [['a', 'open', null, null]]],
    [
      'roles and literals',
      '* Use ``x`` in :mod:`y` (done).\n',
      [['Use `x` in `y`', 'done', null, null]],
    ],
  ])('reStructuredText: %s', (_, text, tasks) => {
    const roadmap = rst(text);
    expect(roadmap.problems).toEqual([]);
    expect(shape(roadmap.tasks)).toEqual(tasks);
  });

  it('reads a release due date, and a legend of its own words', () => {
    const roadmap = md(
      '# Plan\n\n### Legend\n\n- **todo**: not started\n- **claimed**: someone has it\n\n' +
        '## Release 2.0 (due 2027-03-31)\n\n- a - claimed (ann)\n- b - todo',
    );
    expect(roadmap.milestones).toEqual([{ title: '2.0', due: '2027-03-31' }]);
    expect(roadmap.problems).toEqual([
      {
        line: 6,
        reason: 'the legend\'s "claimed" names none of the statuses (open, wip, done, closed)',
      },
    ]);
    expect(shape(roadmap.tasks)).toEqual([
      ['a - claimed (ann)', 'open', '2.0', null],
      ['b', 'open', '2.0', null],
    ]);
  });
});

describe('parseRoadmap: lines it cannot read', () => {
  it.each([
    [
      'an unknown priority',
      '- (urgent) Fix it - open',
      1,
      '"(urgent)" is not a priority (high, medium or low): kept in the title',
    ],
    ['an empty item', '- a\n-\n- b', 2, 'an item with no title: not read, nor what it holds'],
    ['an empty heading', '- a\n\n##\n\n- b', 3, 'a heading with no title'],
    [
      'a legend entry of no known status',
      '### Legend\n\n- **blocked**: waiting',
      3,
      'the legend\'s "blocked" names none of the statuses (open, wip, done, closed)',
    ],
    [
      'a legend line of no known shape',
      '### Legend\n\n- whatever it is',
      3,
      'not a legend entry ("**word**: what it means")',
    ],
    [
      'a bad due date',
      '## Release 2 (due 2027-02-30)\n\n- a',
      1,
      '"2027-02-30" is not a date (YYYY-MM-DD): the release has no due date',
    ],
    [
      'a task named twice in one place',
      '## A\n\n- x\n- x - done',
      4,
      'a task named like the one on line 3 in the same place: told apart by a number',
    ],
    [
      'nesting past the cap (a list level is two)',
      `${Array.from({ length: 25 }, (_, i) => `${'  '.repeat(i)}- t${i}`).join('\n')}`,
      10,
      'nested deeper than 20 levels: not read',
    ],
  ])('Markdown: %s', (_, text, line, reason) => {
    const roadmap = md(text);
    expect(roadmap.problems).toContainEqual({ line, reason });
  });

  it.each([
    [
      'a short underline',
      'Release 1.0\n===\n\n* a\n',
      2,
      'a title underline shorter than its title',
    ],
    [
      'a line indented short of its item',
      '* a long\n text (done).\n',
      2,
      "a line indented less than its item's text: read as part of it",
    ],
  ])('reStructuredText: %s', (_, text, line, reason) => {
    const roadmap = rst(text);
    expect(roadmap.problems).toContainEqual({ line, reason });
    expect(roadmap.tasks.length).toBeGreaterThan(0);
  });

  it('tells apart two tasks of one title in two places, without a problem', () => {
    const roadmap = md('## A\n\n- Logging\n\n## B\n\n- Logging');
    expect(roadmap.problems).toEqual([]);
    expect(roadmap.tasks.map((t) => t.key)).toEqual(['logging', 'b/logging']);
  });

  it('reads what it can of a page too long, and says where it stopped', () => {
    const lines = Array.from({ length: MAX_PAGE_LENGTH / 16 }, (_, i) => `- task ${i} - open`);
    const roadmap = md(lines.join('\n'));
    expect(roadmap.problems).toHaveLength(1);
    expect(roadmap.problems.at(-1)?.reason).toMatch(/^the page is longer than 262,144 characters/);
    expect(roadmap.tasks.length).toBeGreaterThan(10_000);
  });
});

describe('formatOf', () => {
  it.each([
    ['roadmap.rst', '', 'rst'],
    ['roadmap.md', 'Title\n=====', 'markdown'],
    [undefined, 'Title\n=====\n\n* a', 'rst'],
    [undefined, '# Title\n\n- a', 'markdown'],
    [undefined, '.. _label:\n\n* a', 'rst'],
    [undefined, '- a', 'markdown'],
  ])('%s with %j is %s', (name, text, format) => {
    expect(formatOf(name, text)).toBe(format);
  });
});

describe('parseRoadmap: any page', () => {
  const markdownPieces = [
    ...['# ', '## ', '### ', '## Release 1.', '### Legend', '- ', '  - ', '    - ', '1. ', '> '],
    ...[
      '(high) ',
      '(low) ',
      '(soon) ',
      ' - open',
      ' - wip (ann)',
      ' - done',
      ' (done).',
      ' (started)',
    ],
    ...[
      '**open**: x',
      '**odd**: y',
      '[link](http://a.example/b)',
      '`code`',
      'Task',
      'Parts that have been done:',
    ],
    ...['\n', '\n\n', '```\n', ':', '.', '(', ')', '!', '-', '*', '\t', ' '],
  ];
  const rstPieces = [
    ...[
      'Title\n=====\n',
      'Release 2.0\n-----------\n',
      'Area\n~~~~\n',
      '=====\n',
      '.. x\n',
      '* ',
      '  * ',
    ],
    ...['#. ', '(done).', '(started).', ' ``lit`` ', ':mod:`m`', '`t <http://a.example>`_', 'Item'],
    ...['Parts that need to be done:', '::', '\n', '\n\n', '   ', 'x', '.'],
  ];
  const page = (pieces: string[]) =>
    fc
      .array(fc.oneof(fc.constantFrom(...pieces), fc.string({ maxLength: 3 })), { maxLength: 60 })
      .map((p) => p.join(''));

  it('never throws, and every problem names a line of the page', () => {
    fc.assert(
      fc.property(
        page([...markdownPieces, ...rstPieces]),
        fc.constantFrom('markdown' as const, 'rst' as const),
        (text, format) => {
          const roadmap = parseRoadmap(text, { format });
          const lines = text.split('\n').length;
          for (const problem of roadmap.problems) {
            expect(problem.line).toBeGreaterThanOrEqual(1);
            expect(problem.line).toBeLessThanOrEqual(lines);
          }
        },
      ),
      { numRuns: 400 },
    );
  });

  it('reads the same roadmap back from its Markdown export, whatever it was read from', () => {
    fc.assert(
      fc.property(page(markdownPieces), page(rstPieces), (markdownPage, rstPage) => {
        for (const first of [md(markdownPage), rst(rstPage)]) {
          const second = md(exportRoadmapMarkdown(first));
          expect(comparable(second)).toEqual(comparable(first));
        }
      }),
      { numRuns: 300 },
    );
  });
});
