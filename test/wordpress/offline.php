<?php
/**
 * Must-use plugin of the throwaway test site only (copied by scripts/wordpress/test.sh):
 * the site runs offline, so WordPress is told its update checks are fresh instead of
 * trying wordpress.org and logging a warning on every admin page.
 *
 * @package samen
 */

$samen_test_no_updates = function () {
	return (object) array(
		'last_checked'    => time(),
		'updates'         => array(),
		'response'        => array(),
		'translations'    => array(),
		'version_checked' => get_bloginfo( 'version' ),
	);
};
add_filter( 'pre_site_transient_update_core', $samen_test_no_updates );
// Plugins > Installed asks again when a plugin is not in `checked`: list them all.
add_filter(
	'pre_site_transient_update_plugins',
	function () use ( $samen_test_no_updates ) {
		$fresh = $samen_test_no_updates();
		if ( function_exists( 'get_plugins' ) ) {
			$fresh->checked = wp_list_pluck( get_plugins(), 'Version' );
		}
		return $fresh;
	}
);
add_filter( 'pre_site_transient_update_themes', $samen_test_no_updates );
// The language list comes from the installed packs, not from translate.wordpress.org.
add_filter(
	'translations_api',
	function () {
		return array( 'translations' => array() );
	}
);
