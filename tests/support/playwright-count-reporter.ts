import { writeFileSync } from 'node:fs';
import type { FullResult, Reporter, TestCase, TestResult } from '@playwright/test/reporter';

/** Counts final test outcomes (after retries) for the single closing line of `npm test`. */
export default class CountReporter implements Reporter {
  private outcomes = new Map<string, TestResult['status']>();

  onTestEnd(test: TestCase, result: TestResult) {
    this.outcomes.set(test.id, result.status);
  }

  onEnd(result: FullResult) {
    let passed = 0;
    let failed = 0;
    for (const status of this.outcomes.values()) {
      if (status === 'passed') passed++;
      else if (status !== 'skipped') failed++;
    }
    // A run that broke before any test (a server that would not start) still counts as a failure.
    if (result.status !== 'passed' && failed === 0) failed = 1;
    const file = process.env.TEST_COUNTS_FILE;
    if (file) writeFileSync(file, JSON.stringify({ passed, failed }));
    else console.log(`${passed} passed, ${failed} failed`);
  }
}
