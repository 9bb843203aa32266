import { describe, expect, it } from 'vitest';
import { standardFormFound } from '../autofill/hub-dom.fixture';
import { hubFormFillResultSchema, hubFormInspectionSchema } from './hub-fill-protocol';

/*
 * The hub filler runs in the hub's page and its answers are read in the worker (utils/background/hub-form.ts):
 * they are checked against these schemas like any message, and what is not an answer is no answer.
 */

const ORIGIN = 'https://app.vendor.example';
const refusal = { ok: false, reason: 'covered', message: 'Something lies over the field.', origin: ORIGIN };
const filled = {
  ok: true,
  origin: ORIGIN,
  filled: [{ label: 'Okta Domain URL', meaning: 'orgDomain' }],
  kept: [],
  rejected: [],
  message: 'Filled 1 field.',
};

describe("the filler's report of a form", () => {
  it('a found form, or a refusal, is an answer', () => {
    expect(hubFormInspectionSchema.safeParse(standardFormFound(ORIGIN)).success).toBe(true);
    expect(hubFormInspectionSchema.safeParse(refusal).success).toBe(true);
  });

  it.each([
    ['a found form without its fields', { ...standardFormFound(ORIGIN), fields: undefined }],
    [
      'a field of a meaning it does not know',
      { ...standardFormFound(ORIGIN), fields: [{ label: 'Password', meaning: 'password', hasValue: false }] },
    ],
    [
      'a field without whether it holds something',
      { ...standardFormFound(ORIGIN), fields: [{ label: 'X', meaning: null }] },
    ],
    ['a refusal for a reason it does not know', { ...refusal, reason: 'tired' }],
    ['a refusal without its message', { ok: false, reason: 'covered' }],
    ['a refusal that says ok', { ...refusal, ok: true }],
    ['a found form that says not ok', { ...standardFormFound(ORIGIN), ok: false }],
    ['neither', { origin: ORIGIN }],
  ])('%s is not', (_, answer) => {
    expect(hubFormInspectionSchema.safeParse(answer).success).toBe(false);
  });
});

describe("the filler's report of a fill", () => {
  it('a fill, or a refusal, is an answer', () => {
    expect(hubFormFillResultSchema.safeParse(filled).success).toBe(true);
    expect(hubFormFillResultSchema.safeParse({ ...filled, pointedAtConnect: true }).success).toBe(true);
    expect(hubFormFillResultSchema.safeParse(refusal).success).toBe(true);
  });

  it.each([
    ['a fill without what it kept', { ...filled, kept: undefined }],
    ['a field filled with no meaning', { ...filled, filled: [{ label: 'Okta Domain URL' }] }],
    ['a fill that says not ok', { ...filled, ok: false }],
    ['a refusal that says ok', { ...refusal, ok: true }],
  ])('%s is not', (_, answer) => {
    expect(hubFormFillResultSchema.safeParse(answer).success).toBe(false);
  });
});
