#!/usr/bin/env bash
# The WordPress plugin tested against WordPress itself (npm run test:wordpress).
#
# Installs Debian's wordpress, mariadb-server, apache2, mod_php and gettext (msgfmt, for
# the plugin's translations) when missing (as
# root, through apt-get), then starts a throwaway site that touches nothing of the
# machine's own: a private MariaDB on a socket in a temporary folder (no TCP port), a
# private Apache on 127.0.0.1 only (port SAMEN_WP_PORT, default 8089) with its own
# config file, its own wp-content (the plugin copied in, Twenty Twenty-Three and the
# language packs linked), and one config file /etc/wordpress/config-samen-test.php,
# which Debian's wp-config.php picks through WORDPRESS_CONFIG. The site is installed in
# Dutch (nl_NL), posts are created as an Administrator and as an Author through
# WordPress's own functions with kses active (test/wordpress/site.php), and Chromium
# checks what a visitor, an Author and an Administrator see
# (test/wordpress/wordpress.test.mjs). Everything started is stopped and everything
# created is removed on exit, whatever happens.
set -euo pipefail
cd "$(dirname "$0")/../.."
root=$PWD
port="${SAMEN_WP_PORT:-8089}"
started=$SECONDS
config=/etc/wordpress/config-samen-test.php

packages=(wordpress wordpress-theme-twentytwentythree wordpress-l10n mariadb-server apache2 libapache2-mod-php php-mysql php-cli gettext)
missing=()
for p in "${packages[@]}"; do dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p"); done
if ((${#missing[@]})); then
  if [[ $(id -u) != 0 ]]; then
    echo "samen: the WordPress test needs these Debian packages: ${missing[*]} (run as root, or: sudo apt-get install ${missing[*]})" >&2
    exit 1
  fi
  echo "samen: installing ${missing[*]}"
  # policy-rc.d or not, the services are ours to start: stop any the packages started.
  install() { DEBIAN_FRONTEND=noninteractive apt-get install -y -q -o DPkg::Lock::Timeout=900 "${missing[@]}" >>/tmp/samen-wp-apt.log 2>&1; }
  # A fresh machine may have no package lists yet: update once and try again.
  install || { apt-get update -q -o DPkg::Lock::Timeout=900 >>/tmp/samen-wp-apt.log 2>&1 && install; } \
    || { tail -20 /tmp/samen-wp-apt.log >&2; exit 1; }
fi
echo "samen: packages ready after $((SECONDS - started)) s"

# A run killed without its cleanup leaves its config behind: ours (by its first comment)
# and with no database socket any more is stale.
if [[ -e $config ]] && grep -q "Throwaway site of samen's WordPress test" "$config"; then
  socket=$(sed -n "s/^define('DB_HOST', 'localhost:\(.*\)');/\1/p" "$config")
  [[ -S $socket ]] || { echo "samen: removing the stale $config of an earlier run"; rm -f "$config"; }
fi
if [[ -e $config ]]; then
  echo "samen: $config exists (another run, or a site of that name); not touching it" >&2
  exit 1
fi
if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
  echo "samen: port $port is in use; set SAMEN_WP_PORT to a free one" >&2
  exit 1
fi
# Always from the current dist/ (built here when missing), never a stale copy.
bash scripts/wordpress/package.sh >/dev/null

work=$(mktemp -d /tmp/samen-wp.XXXXXX)
chmod 755 "$work"
db_pid='' web_conf=''
cleanup() {
  set +e
  [[ -n $web_conf && -f $work/apache/httpd.pid ]] && /usr/sbin/apache2 -f "$web_conf" -k stop 2>/dev/null
  [[ -n $db_pid ]] && kill "$db_pid" 2>/dev/null && wait "$db_pid" 2>/dev/null
  # apache2 -k stop returns before its children have gone; wait for the pid file to go.
  for _ in $(seq 50); do [[ -f $work/apache/httpd.pid ]] || break; sleep 0.1; done
  rm -f "$config"
  rm -rf "$work"
}
trap cleanup EXIT

# MariaDB: private data folder, socket only.
mkdir -p "$work/db"
mariadb-install-db --no-defaults --datadir="$work/db" --user=root --auth-root-authentication-method=socket --skip-test-db >"$work/db-install.log" 2>&1 \
  || { cat "$work/db-install.log" >&2; exit 1; }
/usr/sbin/mariadbd --no-defaults --datadir="$work/db" --socket="$work/mysql.sock" --pid-file="$work/mysql.pid" \
  --skip-networking --user=root --log-error="$work/mysql.err" --innodb-buffer-pool-size=32M 2>>"$work/mysql.err" &
db_pid=$!
for _ in $(seq 100); do [[ -S $work/mysql.sock ]] && break; sleep 0.1; done
db_pass=$(head -c 18 /dev/urandom | base64 | tr -dc 'A-Za-z0-9')
mariadb --no-defaults --socket="$work/mysql.sock" -uroot <<SQL
CREATE DATABASE samen_wp CHARACTER SET utf8mb4;
CREATE USER 'samen_wp'@'localhost' IDENTIFIED BY '$db_pass';
GRANT ALL ON samen_wp.* TO 'samen_wp'@'localhost';
SQL

# wp-content of our own: the plugin copied, the theme and language packs linked.
content="$work/wp-content"
mkdir -p "$content/plugins" "$content/themes" "$content/uploads" "$content/mu-plugins"
cp -R integrations/wordpress/samen "$content/plugins/samen"
cp test/wordpress/offline.php "$content/mu-plugins/"
ln -s /usr/share/wordpress/wp-content/themes/twentytwentythree "$content/themes/twentytwentythree"
ln -s /usr/share/wordpress/wp-content/languages "$content/languages"
chown -R www-data:www-data "$content/uploads"

site="http://127.0.0.1:$port"
cat >"$config" <<PHP
<?php
// Throwaway site of samen's WordPress test (scripts/wordpress/test.sh); removed on exit.
define('DB_NAME', 'samen_wp');
define('DB_USER', 'samen_wp');
define('DB_PASSWORD', '$db_pass');
define('DB_HOST', 'localhost:$work/mysql.sock');
define('WP_HOME', '$site');
define('WP_SITEURL', '$site');
define('WP_CONTENT_DIR', '$content');
define('WP_CONTENT_URL', '$site/wp-content');
define('AUTH_KEY', '$(head -c 24 /dev/urandom | base64)');
define('SECURE_AUTH_KEY', '$(head -c 24 /dev/urandom | base64)');
define('LOGGED_IN_KEY', '$(head -c 24 /dev/urandom | base64)');
define('NONCE_KEY', '$(head -c 24 /dev/urandom | base64)');
define('WP_DEBUG', true);
define('WP_DEBUG_DISPLAY', false);
define('WP_DEBUG_LOG', '$work/debug.log');
define('DISABLE_WP_CRON', true);
// Offline: no update checks or other requests to wordpress.org.
define('WP_HTTP_BLOCK_EXTERNAL', true);
define('AUTOMATIC_UPDATER_DISABLED', true);
PHP
chmod 644 "$config"
touch "$work/debug.log" && chown www-data "$work/debug.log"

# Apache: its own config, loopback only.
mkdir -p "$work/apache"
web_conf="$work/apache/httpd.conf"
mods=/usr/lib/apache2/modules
cat >"$web_conf" <<CONF
ServerRoot /etc/apache2
ServerName 127.0.0.1
Listen 127.0.0.1:$port
PidFile $work/apache/httpd.pid
DefaultRuntimeDir $work/apache
Mutex file:$work/apache default
ErrorLog $work/apache/error.log
LogLevel warn
User www-data
Group www-data
LoadModule mpm_prefork_module $mods/mod_mpm_prefork.so
LoadModule authz_core_module $mods/mod_authz_core.so
LoadModule dir_module $mods/mod_dir.so
LoadModule mime_module $mods/mod_mime.so
LoadModule alias_module $mods/mod_alias.so
LoadModule env_module $mods/mod_env.so
LoadModule php_module $mods/libphp8.2.so
StartServers 2
MaxRequestWorkers 8
TypesConfig /etc/mime.types
AddType text/javascript .js .mjs
DirectoryIndex index.php index.html
DocumentRoot /usr/share/wordpress
Alias /wp-content $content
SetEnv WORDPRESS_CONFIG samen-test
<FilesMatch "\.php$">
  SetHandler application/x-httpd-php
</FilesMatch>
<Directory />
  AllowOverride None
  Require all denied
</Directory>
<Directory /usr/share/wordpress>
  Require all granted
</Directory>
<Directory $content>
  Require all granted
</Directory>
CONF
/usr/sbin/apache2 -f "$web_conf" -k start
for _ in $(seq 100); do (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null && break; sleep 0.1; done

export SAMEN_WP_WORK=$work SAMEN_WP_SITE=$site
export SAMEN_WP_ADMIN_PASS=$(head -c 18 /dev/urandom | base64 | tr -dc 'A-Za-z0-9') SAMEN_WP_AUTHOR_PASS=$(head -c 18 /dev/urandom | base64 | tr -dc 'A-Za-z0-9')
php test/wordpress/site.php install
php test/wordpress/site.php content >"$work/posts.json"
echo "samen: WordPress site ready at $site after $((SECONDS - started)) s"

status=0
node --import tsx test/wordpress/wordpress.test.mjs || status=$?
# For debugging: SAMEN_WP_HOLD=600 keeps the site up that many seconds before cleaning up.
[[ -n ${SAMEN_WP_HOLD:-} ]] && { echo "samen: holding $site for $SAMEN_WP_HOLD s"; sleep "$SAMEN_WP_HOLD"; }
echo "samen: WordPress test took $((SECONDS - started)) s"
exit $status
