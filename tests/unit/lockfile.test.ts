import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

/**
 * npm installs only the packages a lockfile names, and never adds a platform's build that the
 * lockfile lacks. So every package that ships native builds must have one in package-lock.json for
 * each platform people develop and deploy on, or `npm install` there leaves it without a binary.
 */

interface LockEntry {
  version?: string;
  os?: string[];
  cpu?: string[];
  optionalDependencies?: Record<string, string>;
}
interface Lockfile {
  packages: Record<string, LockEntry>;
}

const PLATFORMS = [
  { os: 'darwin', cpu: 'arm64' },
  { os: 'darwin', cpu: 'x64' },
  { os: 'win32', cpu: 'x64' },
  { os: 'linux', cpu: 'x64' },
] as const;
type Platform = (typeof PLATFORMS)[number];

/** The suffix Rust (napi-rs) packages add: the C library on Linux, the toolchain on Windows. */
const abi = ({ os }: Platform) => (os === 'linux' ? '-gnu' : os === 'win32' ? '-msvc' : '');

/**
 * Each package that ships native builds, and the names of its builds for a platform. A package that
 * gains platform builds must get a row here (the test says so).
 */
const NAMING: Record<string, (p: Platform) => string[]> = {
  esbuild: (p) => [`@esbuild/${p.os}-${p.cpu}`],
  rolldown: (p) => [`@rolldown/binding-${p.os}-${p.cpu}${abi(p)}`],
  lightningcss: (p) => [`lightningcss-${p.os}-${p.cpu}${abi(p)}`],
  '@astrojs/compiler-binding': (p) => [`@astrojs/compiler-binding-${p.os}-${p.cpu}${abi(p)}`],
  satteri: (p) => [`@bruits/satteri-${p.os}-${p.cpu}${abi(p)}`],
  // Pagefind calls Windows "windows".
  pagefind: (p) => [`@pagefind/${p.os === 'win32' ? 'windows' : p.os}-${p.cpu}`],
  // Sharp's libvips comes in its own package, except on Windows where it is inside.
  sharp: (p) => [`@img/sharp-${p.os}-${p.cpu}`, ...(p.os === 'win32' ? [] : [`@img/sharp-libvips-${p.os}-${p.cpu}`])],
};

/** Optional packages made for one system only, by design (not one build among several). */
const SINGLE_PLATFORM = new Set(['fsevents']);

const PLATFORM_NAME = /(^|[-/])(darwin|win32|windows|linux|linuxmusl|freebsd|android)-/;

/** The package name at a lockfile path ("node_modules/a/node_modules/@b/c" → "@b/c"). */
const nameAt = (path: string) => path.slice(path.lastIndexOf('node_modules/') + 'node_modules/'.length);

/** Where Node would find `name` from the package at `from`: its own node_modules, then each parent's. */
function resolve(lock: Lockfile, from: string, name: string): string | undefined {
  let dir = from;
  for (;;) {
    const path = `${dir ? `${dir}/` : ''}node_modules/${name}`;
    if (lock.packages[path]) return path;
    if (!dir) return undefined;
    const parent = dir.lastIndexOf('/node_modules/');
    dir = parent < 0 ? '' : dir.slice(0, parent);
  }
}

const isPlatformBuild = (e: LockEntry | undefined) => Boolean(e?.os || e?.cpu);

/** What the lockfile lacks: one line per missing, mismatched or unknown platform build. */
function missingPlatformBuilds(lock: Lockfile): string[] {
  const problems: string[] = [];
  const seen = new Set<string>();
  for (const [path, entry] of Object.entries(lock.packages)) {
    if (!path || isPlatformBuild(entry)) continue;
    const name = nameAt(path);
    const optional = entry.optionalDependencies ?? {};
    const builds = Object.keys(optional).filter(
      (dep) =>
        !SINGLE_PLATFORM.has(dep) &&
        (isPlatformBuild(lock.packages[resolve(lock, path, dep) ?? '']) || PLATFORM_NAME.test(dep)),
    );
    const naming = NAMING[name];
    if (!naming) {
      if (builds.length) problems.push(`${path} ships platform builds (${builds[0]}, …): add its naming to NAMING`);
      continue;
    }
    seen.add(name);
    for (const platform of PLATFORMS) {
      for (const dep of naming(platform)) {
        const where = `${path}@${entry.version} for ${platform.os}-${platform.cpu}: ${dep}`;
        const wanted = optional[dep];
        if (!wanted) {
          problems.push(`${where} is not among its optional dependencies`);
          continue;
        }
        const found = resolve(lock, path, dep);
        const build = found ? lock.packages[found] : undefined;
        if (!found || !build) problems.push(`${where} is missing from the lockfile`);
        else if (/^\d+\.\d+\.\d+(-[\w.]+)?$/.test(wanted) && build.version !== wanted)
          problems.push(`${where} is ${build.version} at ${found}, not ${wanted}`);
        else if (!build.os?.includes(platform.os) || !build.cpu?.includes(platform.cpu))
          problems.push(`${where} is marked ${build.os}/${build.cpu}`);
      }
    }
  }
  for (const name of Object.keys(NAMING)) {
    if (!seen.has(name)) problems.push(`${name} is no longer in the lockfile: remove its row from NAMING`);
  }
  return problems;
}

const lock = JSON.parse(readFileSync('package-lock.json', 'utf8')) as Lockfile;

/** A copy of the lockfile with some change made to it. */
function changed(change: (packages: Record<string, LockEntry>) => void): Lockfile {
  const copy = structuredClone(lock);
  change(copy.packages);
  return copy;
}

describe('package-lock.json', () => {
  it('names a darwin-arm64, darwin-x64, win32-x64 and linux-x64 build of every package with native builds', () => {
    expect(missingPlatformBuilds(lock)).toEqual([]);
  });

  // Each case takes something away from a copy of the real lockfile: the check must notice.
  it.each([
    {
      what: "pagefind's Windows build is missing",
      change: (p: Record<string, LockEntry>) => delete p['node_modules/@pagefind/windows-x64'],
      expected: 'for win32-x64: @pagefind/windows-x64 is missing from the lockfile',
    },
    {
      what: 'esbuild no longer lists its Apple silicon build',
      change: (p: Record<string, LockEntry>) => {
        delete p['node_modules/esbuild']!.optionalDependencies!['@esbuild/darwin-arm64'];
        delete p['node_modules/@esbuild/darwin-arm64'];
      },
      expected: 'for darwin-arm64: @esbuild/darwin-arm64 is not among its optional dependencies',
    },
    {
      what: "sharp's libvips for Intel Macs is missing",
      change: (p: Record<string, LockEntry>) => delete p['node_modules/@img/sharp-libvips-darwin-x64'],
      expected: 'for darwin-x64: @img/sharp-libvips-darwin-x64 is missing from the lockfile',
    },
    {
      // As it once was: the compiler's macOS builds resolved to those of an older version.
      what: "the Astro compiler's macOS build is of another version",
      change: (p: Record<string, LockEntry>) => {
        const nested = 'node_modules/@astrojs/compiler-binding/node_modules/@astrojs/compiler-binding-darwin-arm64';
        delete p[nested];
        p['node_modules/@astrojs/compiler-binding-darwin-arm64'] = {
          version: '0.0.1',
          os: ['darwin'],
          cpu: ['arm64'],
        };
      },
      expected: 'for darwin-arm64: @astrojs/compiler-binding-darwin-arm64 is 0.0.1 at',
    },
    {
      what: "rolldown's Linux build is marked for another processor",
      change: (p: Record<string, LockEntry>) => {
        p['node_modules/@rolldown/binding-linux-x64-gnu']!.cpu = ['arm64'];
      },
      expected: 'for linux-x64: @rolldown/binding-linux-x64-gnu is marked linux/arm64',
    },
    {
      what: 'a new package ships platform builds the test does not know',
      change: (p: Record<string, LockEntry>) => {
        p['node_modules/new-native'] = {
          version: '1.0.0',
          optionalDependencies: { '@new-native/linux-x64': '1.0.0' },
        };
        p['node_modules/@new-native/linux-x64'] = { version: '1.0.0', os: ['linux'], cpu: ['x64'] };
      },
      expected: 'node_modules/new-native ships platform builds (@new-native/linux-x64, …): add its naming to NAMING',
    },
  ])('notices when $what', ({ change, expected }) => {
    const problems = missingPlatformBuilds(changed(change));
    expect(problems.length).toBeGreaterThan(0);
    expect(problems.join('\n')).toContain(expected);
  });
});
