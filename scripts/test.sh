#!/usr/bin/env bash
# Every test samen has, in the order a failure is cheapest to find. `npm test` runs this.
set -euo pipefail
cd "$(dirname "$0")/.."
step() { printf '\n== %s\n' "$1"; }

step "text modules from locales/*.xlf"
node scripts/build-locales.mjs
step "every message translated in nl, fr and de"
node scripts/check-locales.mjs
step "one word per concept in every language (locales/glossary.json), French no-break spaces"
node scripts/check-glossary.mjs
step "type-check"
npx tsc --noEmit -p tsconfig.json
step "unit and property tests of the core (node)"
node --import tsx --test --test-reporter=spec test/core/*.test.ts
step "browser tests of every element (Chromium and WebKitGTK side by side, then Firefox ESR)"
node scripts/ensure-browsers.mjs
WTR_BROWSERS=chromium,webkit npx wtr
# Firefox after the other two, not beside them: on two cores beside them it is slow enough
# to miss the short fixed waits some tests have (a copied link after 50 ms, a read file after 80 ms).
WTR_BROWSERS=firefox npx wtr
step "production build, manifest and sizes"
npx vite build --logLevel warn
npm run manifest --silent
node scripts/size.mjs
step "proof pages: strict CSP, bundle loaded twice, hostile CMS theme"
node scripts/proofs.mjs
step "quality loop end to end: a real form submitted 12 times (families and staff, nl and fr), its CSV read by the report"
node scripts/proof-report.mjs
step "the WordPress plugin against WordPress itself (Debian's wordpress, MariaDB, Apache on 127.0.0.1; about 1 min)"
bash scripts/wordpress/test.sh
step "the npm package: declarations, configurator, npm pack into an empty TypeScript project that type-checks each element (dependencies from npm's cache)"
npx tsc -p tsconfig.build.json
npx vite build --config vite.configurator.config.ts --logLevel error
node -e "require('fs').cpSync('demo/themes','dist/themes',{recursive:true})"
node scripts/pack-check.mjs
