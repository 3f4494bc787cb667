#!/usr/bin/env bash
# Puts samen's built widgets into the WordPress plugin and makes an installable zip.
#   scripts/wordpress/package.sh          (npm run build:wordpress)
# Builds dist/ first when it is missing (or with --build), copies it to
# integrations/wordpress/samen/dist/, writes the quality check's question ids for the
# receiver's validation, builds the plugin's translations (languages/*.mo and *.json from
# the committed .po, with msgfmt; gettext is installed when missing and run as root), and
# zips the plugin to integrations/wordpress/build/samen-wordpress.zip for
# Plugins > Add New > Upload. The copied files are not committed (dist/ is ignored):
# they are build output, and the zip is what a site owner installs.
# SAMEN_DIST=/path/to/dist takes a dist/ built elsewhere (e.g. from a clean export).
set -euo pipefail
cd "$(dirname "$0")/../.."
plugin=integrations/wordpress/samen
dist="${SAMEN_DIST:-dist}"

if [[ -z "${SAMEN_DIST:-}" && ( "${1:-}" == "--build" || ! -f dist/samen.js ) ]]; then
  echo "samen: building dist/ first"
  node scripts/build-locales.mjs
  npx vite build --logLevel warn
fi

rm -rf "$plugin/dist" "$plugin/generated"
mkdir -p "$plugin/generated"
cp -R "$dist" "$plugin/dist"
# The receiver checks answer ids against samen's own question bank.
node --import tsx -e '
  import("./src/core/quality/questions.ts").then(({ QUALITY_QUESTIONS }) => {
    process.stdout.write(JSON.stringify(QUALITY_QUESTIONS.map((q) => q.id)));
  });' > "$plugin/generated/quality-questions.json"

# The plugin's own texts: languages/samen-<lang>.po (committed) -> samen-<locale>.mo and the
# editor script's samen-<locale>-<md5>.json (build output, ignored), through Debian's msgfmt.
if ! command -v msgfmt >/dev/null; then
  if [[ $(id -u) == 0 ]]; then
    echo "samen: installing gettext (msgfmt) for the plugin's translations"
    DEBIAN_FRONTEND=noninteractive apt-get install -y -q -o DPkg::Lock::Timeout=900 gettext >>/tmp/samen-wp-apt.log 2>&1 \
      || { apt-get update -q -o DPkg::Lock::Timeout=900 >>/tmp/samen-wp-apt.log 2>&1 && DEBIAN_FRONTEND=noninteractive apt-get install -y -q -o DPkg::Lock::Timeout=900 gettext >>/tmp/samen-wp-apt.log 2>&1; } \
      || { tail -20 /tmp/samen-wp-apt.log >&2; exit 1; }
  else
    echo "samen: the plugin's translations need msgfmt (sudo apt-get install gettext)" >&2
    exit 1
  fi
fi
rm -f "$plugin"/languages/*.mo "$plugin"/languages/*.json
node scripts/wordpress/i18n.mjs build "$plugin/languages"

zipfile=integrations/wordpress/build/samen-wordpress.zip
mkdir -p "$(dirname "$zipfile")"
rm -f "$zipfile"
if command -v zip >/dev/null; then
  (cd integrations/wordpress && zip -qr build/samen-wordpress.zip samen -x 'samen/.*')
  echo "samen: $zipfile ($(du -k "$zipfile" | cut -f1) kB)"
else
  echo "samen: plugin ready in $plugin (no zip command to make $zipfile)"
fi
