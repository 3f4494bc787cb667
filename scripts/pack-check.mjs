/**
 * Proves that the package installs and type-checks the way a front-end developer uses
 * it: `npm pack`s this project (run `npm run build` first), installs the tarball into an
 * empty TypeScript project in a temporary folder, and type-checks a use of every entry
 * (each element, the rules core, each React component with its typed `onSamenChange`).
 * Also checks the tarball holds the manifest, the locales, the themes, dist/samen.css
 * and the configurator.
 * Its dependencies come from npm's cache (--prefer-offline), else the registry.
 *
 *   node scripts/pack-check.mjs [--keep]
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { WIDGETS } from './widgets.mjs';

const root = resolve(import.meta.dirname, '..');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
if (!existsSync(join(root, 'dist/types/samen.d.ts'))) {
  console.error('pack-check: dist/ (with dist/types/) is missing; run `npm run build` first.');
  process.exit(1);
}
const dir = mkdtempSync(join(tmpdir(), 'samen-pack-'));
const run = (cmd, args, cwd = dir) => execFileSync(cmd, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
let failed = 0;
const check = (name, ok, detail = '') => {
  if (!ok) failed += 1;
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${name}${ok || !detail ? '' : `: ${detail}`}`);
};

try {
  // 1. The tarball and what is in it.
  const [packed] = JSON.parse(run('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', dir], root));
  const files = new Set(packed.files.map((f) => f.path));
  const wanted = ['custom-elements.json', 'dist/samen.js', 'dist/samen.css', 'dist/core.js', 'dist/react.js', 'dist/configurator.html',
    'dist/themes/high-contrast.css', 'locales/nl.xlf', 'locales/fr.xlf', 'locales/de.xlf',
    ...WIDGETS.flatMap((w) => [`dist/${w.name}.js`, `dist/locales/nl/${w.prefix}.js`])];
  const missing = wanted.filter((f) => !files.has(f));
  check(`the tarball holds the manifest, locales, themes, samen.css, configurator and every entry (${packed.files.length} files, ${(packed.size / 1024).toFixed(0)} kB)`, missing.length === 0, missing.join(', '));
  const noTypes = Object.entries(pkg.exports).filter(([, e]) => typeof e === 'object' && e.types && !files.has(e.types.replace(/^\.\//, '')));
  check('every export with types has its .d.ts in the tarball', noTypes.length === 0, noTypes.map(([k]) => k).join(', '));
  const untyped = [...WIDGETS.map((w) => `./${w.name}`), '.', './core', './react'].filter((k) => !pkg.exports[k]?.types);
  check('every entry (each widget of the registry, the loader, core, react) declares types in exports', untyped.length === 0, untyped.join(', '));

  // 2. An empty TypeScript project that installs it.
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'host', private: true, type: 'module' }));
  const typesReact = JSON.parse(readFileSync(join(root, 'node_modules/@types/react/package.json'), 'utf8')).version;
  run('npm', ['install', `./${packed.filename}`, `@types/react@${typesReact}`, '--prefer-offline', '--no-audit', '--no-fund', '--ignore-scripts', '--loglevel=error']);
  writeFileSync(join(dir, 'tsconfig.json'), JSON.stringify({
    compilerOptions: { target: 'ES2022', module: 'ESNext', moduleResolution: 'bundler', lib: ['ES2022', 'DOM', 'DOM.Iterable'], strict: true, noEmit: true, jsx: 'react-jsx', skipLibCheck: false, types: [] },
    include: ['use.ts', 'use-react.tsx'],
  }));
  writeFileSync(join(dir, 'use.ts'), `import 'samen';
import { ready as roleReady, SamenRoleRecommender } from 'samen/role-recommender';
import { SamenUniversalTargetedSlider } from 'samen/universal-targeted-slider';
import { SamenQualityCheck } from 'samen/quality-check';
import { SamenDilemmaExplorer } from 'samen/dilemma-explorer';
import { recommendRole, sliderResult } from 'samen/core';
import type { SamenChangeEvent } from 'samen/events';

await roleReady;
const roles: SamenRoleRecommender = document.createElement('samen-role-recommender');
roles.addEventListener('samen-change', (event) => console.log(event.detail));
const slider = document.createElement('samen-universal-targeted-slider');
slider.value = 30;
const stop: string = slider.result.stop;
const quality: SamenQualityCheck = document.createElement('samen-quality-check');
quality.audience = 'staff';
const dilemmas: SamenDilemmaExplorer = document.createElement('samen-dilemma-explorer');
const proportionate: boolean = sliderResult(50).proportionate;
const role = recommendRole({ trust: 'low' }).role;
quality.addEventListener('samen-change', (event) => console.log((event as SamenChangeEvent<'samen-quality-check'>).detail.answers));
export { roles, slider, stop, quality, dilemmas, proportionate, role, SamenUniversalTargetedSlider };
// Every widget of the registry, a later one included: its entry and its tag's type.
${WIDGETS.map((w, i) => `import 'samen/${w.name}';\nexport const w${i}: HTMLElementTagNameMap['${w.tag}'] = document.createElement('${w.tag}');\nw${i}.presentation = true;`).join('\n')}
`);
  // Each React component: a typed prop and the typed detail of its `samen-change`; then
  // every registry widget by its component's name, so a widget without one fails here.
  const component = (tag) => tag.replace(/(^|-)(\w)/g, (_, __, c) => c.toUpperCase());
  writeFileSync(join(dir, 'use-react.tsx'), `import * as Samen from 'samen/react';
import { SamenRoleRecommender, SamenUniversalTargetedSlider, SamenQualityCheck, SamenDilemmaExplorer, SamenQualityReport } from 'samen/react';

export const Page = () => (
  <>
    <SamenRoleRecommender answers={{ trust: 'low' }} onSamenChange={(event) => console.log(event.detail.result.role)} />
    <SamenUniversalTargetedSlider value={40} onSamenChange={(event) => console.log(event.detail.value)} />
    <SamenQualityCheck audience="family" onSamenChange={(event) => console.log(event.detail.result, event.detail.answers)} />
    <SamenDilemmaExplorer presentation onSamenChange={(event) => console.log(event.detail.profile, event.detail.priorities.length)} />
    <SamenQualityReport responses={[]} minGroup={5} period="year" onSamenChange={(event) => console.log(event.detail.result.total, event.detail.sources.join())} />
  </>
);
${WIDGETS.map((w, i) => `export const r${i} = <Samen.${component(w.tag)} presentation />;`).join('\n')}
`);
  const tsc = join(root, 'node_modules/typescript/bin/tsc');
  let output = '';
  try {
    output = run(process.execPath, [tsc, '-p', 'tsconfig.json']);
  } catch (error) {
    output = `${error.stdout ?? ''}${error.stderr ?? ''}` || String(error);
  }
  check('an empty TypeScript project type-checks a use of every element, the core and the React components', output.trim() === '', output.trim().split('\n').slice(0, 12).join('\n'));

  // 3. A use that is wrong must fail, or the check above proves nothing.
  writeFileSync(join(dir, 'use.ts'), `import 'samen/universal-targeted-slider';\nconst s = document.createElement('samen-universal-targeted-slider');\nconst wrong: number = s.result.stop;\nexport { wrong };\n`);
  writeFileSync(join(dir, 'use-react.tsx'), 'export {};\n');
  const rejects = () => {
    try {
      run(process.execPath, [tsc, '-p', 'tsconfig.json']);
      return false;
    } catch {
      return true;
    }
  };
  check('the same project rejects a wrong use (a stop id used as a number)', rejects());
  // And in React: another element's detail (the report has no `value`).
  writeFileSync(join(dir, 'use.ts'), 'export {};\n');
  writeFileSync(join(dir, 'use-react.tsx'), `import { SamenQualityReport } from 'samen/react';\nexport const Wrong = () => <SamenQualityReport onSamenChange={(event) => console.log(event.detail.value)} />;\n`);
  check('the same project rejects a wrong React use (the slider\'s detail read from the report)', rejects());
} finally {
  if (process.argv.includes('--keep')) console.log(`pack-check: kept ${dir}`);
  else rmSync(dir, { recursive: true, force: true });
}
console.log(`pack-check: ${failed ? `${failed} failed` : 'all passed'}`);
process.exitCode = failed ? 1 : 0;
