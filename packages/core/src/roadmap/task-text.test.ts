import { describe, expect, it } from 'vitest';
import { readTaskText } from './task-text';
import type { TaskStatus } from './types';

const legend = new Map<string, TaskStatus>([['claimed', 'wip']]);

describe('readTaskText', () => {
  it.each([
    [
      '(high) Split the codebase - open (techtonik)',
      { priority: 'high', title: 'Split the codebase', status: 'open', owner: 'techtonik' },
    ],
    [
      '(medium) Online editor for Docs - open',
      { priority: 'medium', title: 'Online editor for Docs', status: 'open' },
    ],
    ['(low) Polish - wip', { priority: 'low', title: 'Polish', status: 'wip' }],
    [
      'Mercurial process - wip (techtonik)',
      { title: 'Mercurial process', status: 'wip', owner: 'techtonik' },
    ],
    ['Ship it - in progress (a b)', { title: 'Ship it', status: 'wip', owner: 'a b' }],
    ['Old idea - cancelled', { title: 'Old idea', status: 'closed' }],
    ['Take it - claimed (me)', { title: 'Take it', status: 'wip', owner: 'me' }],
    ['Full module reorganization (done).', { title: 'Full module reorganization', status: 'done' }],
    ['Start to refactor (started).', { title: 'Start to refactor', status: 'wip' }],
    ['Refactor (finished)', { title: 'Refactor', status: 'done' }],
    ['Magics.', { title: 'Magics' }],
    ['Wait for it...', { title: 'Wait for it...' }],
    ['bugs', { title: 'bugs' }],
    ['code repository - ! (several views)', { title: 'code repository - ! (several views)' }],
    ['use cases - !', { title: 'use cases - !' }],
    ['drafts (wiki, google wave)', { title: 'drafts (wiki, google wave)' }],
    ['A fix (maybe)', { title: 'A fix (maybe)' }],
    ['Ten - four', { title: 'Ten - four' }],
    ['Plan - done - open', { title: 'Plan - done', status: 'open' }],
    ['(High) Loud - OPEN', { priority: 'high', title: 'Loud', status: 'open' }],
  ])('%j', (text, expected) => {
    const read = readTaskText(text, legend);
    expect(read).toMatchObject({ ...expected, problems: [] });
    for (const field of ['priority', 'status', 'owner'] as const) {
      if (!(field in expected)) {
        expect(read[field]).toBeUndefined();
      }
    }
  });

  it('keeps links as their text and lists their targets', () => {
    expect(
      readTaskText('centralized login [spec](http://example.org/Login "Spec") - open (me)', legend),
    ).toMatchObject({
      title: 'centralized login spec',
      links: [{ text: 'spec', url: 'http://example.org/Login' }],
      owner: 'me',
    });
    expect(readTaskText('see [a](x) and [b](https://e.org/p_(q))', legend).links).toEqual([
      { text: 'a', url: 'x' },
      { text: 'b', url: 'https://e.org/p_(q)' },
    ]);
  });

  it('titles a long item by its first sentence, the rest in its body', () => {
    const text =
      'The controller stores a large amount of state in Python dictionaries. Under heavy ' +
      'usage, these dicts get very large (done).';
    expect(readTaskText(text, legend)).toMatchObject({
      title: 'The controller stores a large amount of state in Python dictionaries',
      body: 'Under heavy usage, these dicts get very large',
      status: 'done',
    });
  });

  it.each([
    [
      '(urgent) Fix it - open',
      '"(urgent)" is not a priority (high, medium or low): kept in the title',
      '(urgent) Fix it',
    ],
    ['- open', 'an item with no title: not read, nor what it holds', ''],
    [`${'x'.repeat(600)} - open`, 'a title longer than 500 characters: cut', 'x'.repeat(500)],
    [`x - open (${'o'.repeat(300)})`, 'an owner longer than 200 characters: cut', 'x'],
  ])('%j is read with a problem', (text, problem, title) => {
    const read = readTaskText(text, legend);
    expect(read.problems).toEqual([problem]);
    expect(read.title).toBe(title);
  });
});
