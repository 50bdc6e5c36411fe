import { writeFileSync } from 'node:fs';
import type { FullResult, Reporter, TestCase, TestResult } from '@playwright/test/reporter';

/** Counts final test outcomes (after retries) for the single closing line of `npm test`. */
export default class CountReporter implements Reporter {
  private outcomes = new Map<string, { status: TestResult['status']; name: string }>();

  onTestEnd(test: TestCase, result: TestResult) {
    const name = `${test.location.file.split(/[\\/]/).pop()}:${test.location.line} › ${test.title}`;
    this.outcomes.set(test.id, { status: result.status, name });
  }

  onEnd(result: FullResult) {
    let passed = 0;
    let failed = 0;
    const names: string[] = [];
    for (const { status, name } of this.outcomes.values()) {
      if (status === 'passed') passed++;
      else if (status !== 'skipped') {
        failed++;
        names.push(`${name} (${status})`);
      }
    }
    // A run that broke before any test (a server that would not start) still counts as a failure.
    if (result.status !== 'passed' && failed === 0) {
      failed = 1;
      names.push(`Playwright stopped before its tests ran (${result.status})`);
    }
    const file = process.env.TEST_COUNTS_FILE;
    if (file) writeFileSync(file, JSON.stringify({ passed, failed, names }));
    else console.log(`${passed} passed, ${failed} failed`);
  }
}
