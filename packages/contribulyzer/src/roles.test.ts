import { describe, expect, it } from 'vitest';
import {
  createCreditConfig,
  defaultCreditConfig,
  normalizeFieldKey,
  parseCreditConfig,
} from './roles';

describe('roles', () => {
  it('has the weights of the crediting rules', () => {
    expect(Object.fromEntries(defaultCreditConfig.roles)).toEqual({
      patch: 2,
      coauthor: 2,
      review: 1,
      found: 1,
      suggested: 1,
      inspired: 1,
      tested: 1,
      acked: 1,
      helped: 1,
      mentored: 1,
      signoff: 0,
    });
  });

  it.each([
    ['Patch by', 'patch-by'],
    ['Reviewed-by', 'reviewed-by'],
    ['REVIEWED  by', 'reviewed-by'],
    ['Signed-Off-By', 'signed-off-by'],
  ])('normalizes %s', (key, normalized) => {
    expect(normalizeFieldKey(key)).toBe(normalized);
  });

  it('takes a project configuration', () => {
    const result = parseCreditConfig({
      roles: { translated: 1, review: 2 },
      fields: { 'Requested by': 'suggested', 'Translated-by': ['translated'] },
      ignored: ['Backport by'],
    });
    expect(result.ok).toBe(true);
    if (result.ok) {
      expect(result.config.roles.get('review')).toBe(2);
      expect(result.config.fields.get('requested-by')).toEqual({
        kind: 'credit',
        roles: ['suggested'],
      });
      expect(result.config.fields.get('backport-by')).toEqual({ kind: 'ignored' });
    }
  });

  it.each([
    [[], ['the role configuration must be an object']],
    [{ colours: {} }, ['unknown setting "colours" (expected roles, fields, ignored)']],
    [{ roles: { x: 'high' } }, ['roles.x must be a number']],
    [
      { fields: { 'Thanks by': 'gratitude' } },
      ['field "Thanks by" names the unknown role "gratitude"'],
    ],
    [{ roles: { Bad: 1 } }, ['role "Bad" must be lowercase letters, digits and hyphens']],
    [{ ignored: 'Cc' }, ['ignored must be a list of field keys']],
  ])('explains what is wrong with %j', (value, errors) => {
    expect(parseCreditConfig(value)).toEqual({ ok: false, errors });
  });

  it('refuses a key that is no word', () => {
    expect(() => createCreditConfig({ fields: { '::': 'patch' } })).toThrow(/must be a word/);
  });
});
