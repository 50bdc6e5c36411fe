import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

interface Step {
  uses?: string;
  run?: string;
  id?: string;
  env?: Record<string, string>;
  with?: Record<string, string>;
}
interface Workflow {
  on: { push: { branches: string[] } };
  permissions: Record<string, string>;
  jobs: Record<string, { needs?: string; steps: Step[]; env?: Record<string, string> }>;
}

const workflow = parse(readFileSync('.github/workflows/deploy.yml', 'utf8')) as Workflow;
const steps = (job: string) => workflow.jobs[job]!.steps;

describe('the GitHub Pages workflow', () => {
  it('runs on every push to main with the rights Pages needs', () => {
    expect(workflow.on.push.branches).toEqual(['main']);
    expect(workflow.permissions).toMatchObject({ pages: 'write', 'id-token': 'write', contents: 'read' });
  });

  it('tests before it builds, and builds before it publishes', () => {
    // The test job runs the CI entry point, so it tests, measures and audits exactly as CI does anywhere.
    expect(steps('test').some((s) => s.run === 'bash .ci/run')).toBe(true);
    const ci = readFileSync('.ci/run', 'utf8');
    for (const command of ['npm test', 'npm run budget', 'npm run audit']) {
      expect(ci, command).toMatch(new RegExp(`^[^#\\n]*\\b${command}\\b`, 'm'));
    }
    expect(workflow.jobs['build']!.needs).toBe('test');
    expect(workflow.jobs['deploy']!.needs).toBe('build');
    expect(steps('deploy').some((s) => s.uses?.startsWith('actions/deploy-pages@'))).toBe(true);
  });

  it("builds under the repository's sub-path and publishes dist/", () => {
    const build = steps('build');
    const pages = build.find((s) => s.uses?.startsWith('actions/configure-pages@'));
    expect(pages?.id).toBe('pages');
    const run = build.find((s) => s.run === 'npm run build');
    expect(run?.env?.['BASE_PATH']).toBe('${{ steps.pages.outputs.base_path }}/');
    expect(build.indexOf(pages!)).toBeLessThan(build.indexOf(run!));
    const upload = build.find((s) => s.uses?.startsWith('actions/upload-pages-artifact@'));
    expect(upload?.with?.['path']).toBe('dist');
  });

  it('tests with the runner’s Chrome and with Java for the HTML validator', () => {
    expect(workflow.jobs['test']!.env?.['CHROMIUM_PATH']).toBe('/usr/bin/google-chrome');
    expect(steps('test').some((s) => s.uses?.startsWith('actions/setup-java@'))).toBe(true);
  });

  it('uses the Node version the project names', () => {
    for (const job of ['test', 'build']) {
      const node = steps(job).find((s) => s.uses?.startsWith('actions/setup-node@'));
      expect(node?.with?.['node-version-file']).toBe('.nvmrc');
    }
  });
});
