import type { BrowserContext } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { Admin } from './admin';
import { JourneyRecorder } from './recorder';

describe('the journey record', () => {
  it('times each step, keeps its actions, and skips the rest of a path after a failure', async () => {
    const lines: string[] = [];
    const recorder = new JourneyRecorder(null, (line) => lines.push(line));
    const admin = new Admin({} as BrowserContext, 'extension-id');
    const path = recorder.path('Connect', admin);
    await path.step('works', async (step) => {
      step.note('a note');
    });
    await path.step('breaks', async () => {
      throw new Error('The guide showed "open-api" where "open-security" comes next.\nCall log: …');
    });
    await path.step('never runs', async () => {
      throw new Error('must not run');
    });
    const other = recorder.path('Autofill', new Admin({} as BrowserContext, 'extension-id'));
    await other.step('still runs', async () => {});

    expect(recorder.steps.map((step) => [step.path, step.title, step.status])).toEqual([
      ['Connect', 'works', 'passed'],
      ['Connect', 'breaks', 'failed'],
      ['Connect', 'never runs', 'skipped'],
      ['Autofill', 'still runs', 'passed'],
    ]);
    expect(recorder.steps[0]?.notes).toEqual(['a note']);
    expect(recorder.steps[1]?.error).toBe(
      'The guide showed "open-api" where "open-security" comes next.\nCall log: …',
    );
    expect(path.failed).toBe(true);
    expect(other.failed).toBe(false);
    expect(recorder.failed).toBe(true);
    expect(lines[1]).toMatch(/^✘ \[Connect\] breaks \(\d+ ms, 0 actions\)$/);
    expect(lines[3]).toBe('– [Connect] never runs');
  });
});
