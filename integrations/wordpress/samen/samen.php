<?php
/**
 * Plugin Name:       samen
 * Plugin URI:        https://github.com/samen-widgets/samen
 * Description:       Decision-support widgets for local networks around families with children (role recommender, dilemma explorer, quality check, universal vs targeted slider) as blocks and a [samen] shortcode, for every role that may edit posts. Optional receiver for quality-check answers.
 * Version:           0.1.0
 * Requires at least: 6.1
 * Requires PHP:      7.4
 * Author:            samen contributors
 * License:           GPL-2.0-or-later
 * License URI:       https://www.gnu.org/licenses/gpl-2.0.html
 * Text Domain:       samen
 * Domain Path:       /languages
 *
 * This plugin's PHP and editor script are GPL-2.0-or-later, as WordPress expects of
 * plugins. The bundled widgets in dist/ are samen's own build, licensed EUPL-1.2, whose
 * appendix names the GNU GPL v2 and v3 as compatible licences: the two can be
 * distributed together, and GPL-2.0-or-later code may be combined with them.
 *
 * @package samen
 */

defined( 'ABSPATH' ) || exit;

/** Plugin version, also the cache-busting version of the scripts. */
define( 'SAMEN_VERSION', '0.1.0' );
/** The plugin's main file, for hooks and URLs. */
define( 'SAMEN_FILE', __FILE__ );
/** The plugin's folder, with a trailing slash. */
define( 'SAMEN_DIR', plugin_dir_path( __FILE__ ) );

require_once SAMEN_DIR . 'includes/widget-list.php';
require_once SAMEN_DIR . 'includes/widgets.php';
require_once SAMEN_DIR . 'includes/texts.php';
require_once SAMEN_DIR . 'includes/render.php';
require_once SAMEN_DIR . 'includes/receiver.php';
require_once SAMEN_DIR . 'includes/retention.php';
if ( is_admin() ) {
	require_once SAMEN_DIR . 'includes/admin.php';
}

add_action( 'init', 'samen_load_textdomain', 1 );

/**
 * The plugin's own texts (blocks, settings, answers page, privacy text) in the site's or
 * the user's language, from languages/samen-<locale>.mo (nl_BE, nl_NL, fr_BE, fr_FR,
 * de_DE). WordPress 6.1 loads a plugin's own folder only when asked, and before the
 * blocks are registered (init, 10), which translate their titles and settings.
 */
function samen_load_textdomain() {
	load_plugin_textdomain( 'samen', false, dirname( plugin_basename( SAMEN_FILE ) ) . '/languages' );
}

add_filter(
	'plugin_locale',
	function ( $locale, $domain ) {
		return 'samen' === $domain ? samen_shipped_locale( $locale ) : $locale;
	},
	10,
	2
);
add_filter( 'load_script_translation_file', 'samen_script_translation_file', 10, 3 );

/**
 * The shipped locale to use for a site or user locale: itself when the plugin has it,
 * else the one of the same language (de_DE_formal, de_AT, de_CH -> de_DE; fr_CA, fr_CH ->
 * fr_BE; nl_NL_formal -> nl_BE), as the widgets and the visitors' texts follow the
 * language alone. Any other language stays as it is (English).
 *
 * @param string $locale e.g. de_DE_formal.
 * @return string
 */
function samen_shipped_locale( $locale ) {
	$dir = SAMEN_DIR . 'languages/samen-';
	if ( file_exists( $dir . $locale . '.mo' ) ) {
		return $locale;
	}
	$same = array(
		'nl' => 'nl_BE',
		'fr' => 'fr_BE',
		'de' => 'de_DE',
	);
	$language = strtolower( substr( $locale, 0, 2 ) );
	return isset( $same[ $language ] ) && file_exists( $dir . $same[ $language ] . '.mo' ) ? $same[ $language ] : $locale;
}

/**
 * The editor script's translation file for a locale the plugin has no file of, by the
 * same rule as samen_shipped_locale().
 *
 * @param string|false $file   the file WordPress looks for.
 * @param string       $handle the script.
 * @param string       $domain the text domain.
 * @return string|false
 */
function samen_script_translation_file( $file, $handle, $domain ) {
	if ( 'samen' !== $domain || ! is_string( $file ) || file_exists( $file ) ) {
		return $file;
	}
	$locale  = determine_locale();
	$shipped = samen_shipped_locale( $locale );
	return $shipped === $locale ? $file : str_replace( 'samen-' . $locale . '-', 'samen-' . $shipped . '-', $file );
}

register_activation_hook( __FILE__, 'samen_activate' );
register_deactivation_hook( __FILE__, 'samen_deactivate' );

/**
 * On activation: the capabilities (reading answers is for Administrators only; enabling
 * the receiver on a page for Administrators and Editors) and the daily retention run.
 * Nobody is given unfiltered_html: the blocks and shortcode make it unnecessary.
 */
function samen_activate() {
	$admin = get_role( 'administrator' );
	if ( $admin ) {
		$admin->add_cap( 'samen_read_responses' );
		$admin->add_cap( 'samen_collect_responses' );
	}
	$editor = get_role( 'editor' );
	if ( $editor ) {
		$editor->add_cap( 'samen_collect_responses' );
	}
	add_option( 'samen_receiver_enabled', '0' );
	add_option( 'samen_retention_months', SAMEN_RETENTION_DEFAULT );
	samen_schedule_retention();
}

/** On deactivation: stop the retention run (answers stay until uninstall or deletion). */
function samen_deactivate() {
	wp_clear_scheduled_hook( 'samen_retention' );
}
