import { afterEach, describe, expect, it } from 'vitest';
import { MessageSpool } from './message-spool';

describe('MessageSpool', () => {
  const spools: MessageSpool[] = [];
  afterEach(() => {
    for (const spool of spools.splice(0)) {
      spool.close();
    }
  });

  it('gives back every message, whatever it holds', () => {
    const spool = new MessageSpool();
    spools.push(spool);
    const messages = [
      'Fix.\n\nPatch by: jrandom\n',
      'Ünïcödé 日本語 \u0000 \uFFFD\n',
      '',
      'x'.repeat(3 << 20),
    ];
    for (const [i, m] of messages.entries()) {
      spool.add(`sha${i}`, m, `2024-01-0${i + 1}`);
    }
    for (const [i, m] of messages.entries()) {
      expect(spool.message(`sha${i}`)).toBe(m);
    }
    expect(spool.info('sha1')).toEqual({
      date: '2024-01-02',
      subject: 'Ünïcödé 日本語 \u0000 \uFFFD',
    });
    expect(spool.info('sha3')?.subject).toHaveLength(120);
  });
});
