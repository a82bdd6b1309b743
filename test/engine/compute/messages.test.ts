import {
  CHANGE_MESSAGES,
  COMMON_MESSAGES,
  fillTemplate,
  placeholdersOf,
  type ChangeMessages,
} from '../../../src/engine/compute';

describe('fillTemplate', () => {
  it('fills every placeholder', () => {
    expect(fillTemplate('比{{basis}}增加{{change}}万元', { basis: '上年预算', change: '2.41' })).toBe('比上年预算增加2.41万元');
    expect(fillTemplate('{{a}}与{{a}}', { a: '甲' })).toBe('甲与甲');
  });

  it('refuses a placeholder left without a value', () => {
    expect(() => fillTemplate('占{{percent}}%', {})).toThrow(/percent/);
  });

  it('refuses a value no placeholder takes', () => {
    expect(() => fillTemplate('占{{percent}}%', { percent: '1', pecent: '2' })).toThrow(/pecent/);
  });

  it('lists placeholders once, in order', () => {
    expect(placeholdersOf('{{b}}{{a}}{{b}}')).toEqual(['b', 'a']);
  });
});

/** The placeholders each change template may use: what wording.ts fills it with. */
const CHANGE_PLACEHOLDERS: Record<Exclude<keyof ChangeMessages, 'basis' | 'basisWithYear'>, string[]> = {
  lead: ['basis'],
  rateOnlyLead: ['basis'],
  increaseAmount: ['change'],
  decreaseAmount: ['change'],
  increaseRate: ['rate'],
  decreaseRate: ['rate'],
  notComparable: [],
  clauseSeparator: [],
  same: ['basis'],
  bothZero: ['basis'],
  reason: ['reason'],
};

describe('message templates', () => {
  it.each(Object.keys(CHANGE_MESSAGES))('%s: every template has exactly the placeholders wording.ts fills', (style) => {
    const m = CHANGE_MESSAGES[style as keyof typeof CHANGE_MESSAGES];
    for (const [field, wanted] of Object.entries(CHANGE_PLACEHOLDERS)) {
      expect([field, placeholdersOf(m[field as keyof typeof CHANGE_PLACEHOLDERS])]).toEqual([field, wanted]);
    }
    for (const text of Object.values(m.basis)) expect(placeholdersOf(text)).toEqual([]);
    for (const text of Object.values(m.basisWithYear ?? {})) expect(placeholdersOf(text)).toEqual(['priorYear']);
  });

  it('common templates take the values wording.ts gives', () => {
    expect(placeholdersOf(COMMON_MESSAGES.amount)).toEqual(['amount']);
    expect(placeholdersOf(COMMON_MESSAGES.share)).toEqual(['percent']);
    expect(placeholdersOf(COMMON_MESSAGES.budgetAmount)).toEqual(['year', 'amount']);
    expect(placeholdersOf(COMMON_MESSAGES.namedAmount)).toEqual(['name', 'amount']);
  });

  it('no fragment ends a sentence: the generator punctuates', () => {
    const all = [
      ...Object.values(COMMON_MESSAGES),
      ...Object.values(CHANGE_MESSAGES).flatMap((m) =>
        Object.values(m).flatMap((v) => (typeof v === 'string' ? [v] : Object.values(v as Record<string, string>))),
      ),
    ];
    for (const text of all) expect([text, /[。；]$/.test(text)]).toEqual([text, false]);
  });
});
