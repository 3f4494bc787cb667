<?php
/**
 * Drives the throwaway WordPress of scripts/wordpress/test.sh through WordPress's own
 * functions (WP-CLI is not in Debian bookworm):
 *   php site.php install    wp_install() in nl_NL, the plugin activated, an Author made
 *   php site.php content    posts as the Administrator and as the Author, kses active
 *                           exactly as WordPress applies it; prints their URLs as JSON
 *   php site.php retention  retention and delete-all on the answers kept; prints JSON
 *   php site.php locale U L the admin language of user U (e.g. fr_BE; '' for the site's)
 *
 * @package samen
 */

$mode = isset( $argv[1] ) ? $argv[1] : '';
$site = getenv( 'SAMEN_WP_SITE' );
$_SERVER['HTTP_HOST']        = parse_url( $site, PHP_URL_HOST ) . ':' . parse_url( $site, PHP_URL_PORT );
$_SERVER['WORDPRESS_CONFIG'] = 'samen-test';
$_SERVER['REQUEST_URI']      = '/';
$_SERVER['SERVER_NAME']      = '127.0.0.1';
if ( 'install' === $mode ) {
	define( 'WP_INSTALLING', true );
}
require '/usr/share/wordpress/wp-load.php';
require_once ABSPATH . 'wp-admin/includes/upgrade.php';
require_once ABSPATH . 'wp-admin/includes/plugin.php';

/** Fails the run with a message. */
function fail( $message ) {
	fwrite( STDERR, "site.php: $message\n" );
	exit( 1 );
}

/** The roles that hold unfiltered_html. */
function unfiltered_roles() {
	$roles = array();
	foreach ( wp_roles()->role_objects as $name => $role ) {
		if ( $role->has_cap( 'unfiltered_html' ) ) {
			$roles[] = $name;
		}
	}
	return $roles;
}

if ( 'install' === $mode ) {
	add_filter( 'pre_wp_mail', '__return_false' ); // No mail server: the welcome mail is not sent.
	$result = wp_install( 'samen test', 'beheerder', 'beheerder@example.invalid', false, '', getenv( 'SAMEN_WP_ADMIN_PASS' ), 'nl_NL' );
	if ( empty( $result['user_id'] ) ) {
		fail( 'wp_install failed' );
	}
	update_option( 'permalink_structure', '' ); // ?p=ID links: no rewrite module needed.
	switch_theme( 'twentytwentythree' );
	$before = unfiltered_roles();
	$active = activate_plugin( 'samen/samen.php' );
	if ( is_wp_error( $active ) ) {
		fail( 'activate_plugin: ' . $active->get_error_message() );
	}
	if ( unfiltered_roles() !== $before ) {
		fail( 'activating the plugin changed who has unfiltered_html' );
	}
	$author = wp_insert_user(
		array(
			'user_login' => 'auteur',
			'user_pass'  => getenv( 'SAMEN_WP_AUTHOR_PASS' ),
			'user_email' => 'auteur@example.invalid',
			'role'       => 'author',
		)
	);
	if ( is_wp_error( $author ) ) {
		fail( 'wp_insert_user: ' . $author->get_error_message() );
	}
	update_option( 'samen_receiver_enabled', '1' );
	exit( 0 );
}

if ( 'content' === $mode ) {
	$admin  = get_user_by( 'login', 'beheerder' );
	$author = get_user_by( 'login', 'auteur' );
	$blocks = '<!-- wp:paragraph --><p>Inleiding.</p><!-- /wp:paragraph -->'
		. '<!-- wp:samen/role-recommender {"answers":"{\"commitment\":\"high\",\"trust\":\"low\"}","view":"role"} /-->'
		. '<!-- wp:samen/dilemma-explorer {"kinds":"inclusion","positions":"{\"selective-universal\":-0.5}"} /-->'
		. '<!-- wp:samen/quality-check {"audience":"staff","extended":true,"service":"Huis van het Kind \u003cb\u003eDe Linde\u003c/b\u003e"} /-->'
		. '<!-- wp:samen/universal-targeted-slider {"value":30,"services":"[{\"name\":\"Consultatiebureau\",\"value\":28},{\"name\":\"Brugfiguur\",\"value\":66}]"} /-->';
	// Classic editor text: paragraphs separated by blank lines, as wpautop sees them.
	$shortcodes = "Inleiding.\n\n[samen widget=\"role-recommender\" answers='{\"commitment\":\"high\",\"trust\":\"low\"}']\n\n"
		. "Tekst tussenin.\n[samen widget=\"dilemma-explorer\" kinds=\"inclusion practice\"]\n\n"
		. "[samen widget=\"quality-check\" audience=\"staff\" extended service=\"Huis van het Kind De Linde\"]\n\n"
		. "[samen widget=\"universal-targeted-slider\" value=\"30\" services=\"Consultatiebureau=28; Brugfiguur=66\"]\n\nSlot.";
	$hostile = "[samen widget=\"quality-check\" audience='\"><script>alert(1)</script>' name=\"s\" storage-key='x\" onmouseover=\"alert(2)']\n\n"
		. "[samen widget=\"role-recommender\" answers='{\"commitment\":\"\\\"><img src=x onerror=alert(3)>\"}' view='role\" autofocus onfocus=\"alert(4)']\n\n"
		. '<!-- wp:samen/universal-targeted-slider {"value":"30\" onmouseover=\"alert(5)","name":"page","view":"\u003cscript\u003ealert(6)\u003c/script\u003e"} /-->';
	$posts = array(
		'admin-blocks'     => array( $admin, 'Blokken (beheerder)', $blocks ),
		'admin-shortcodes' => array( $admin, 'Shortcodes (beheerder)', $shortcodes ),
		'author-blocks'    => array( $author, 'Blokken (auteur)', $blocks ),
		'author-shortcodes' => array( $author, 'Shortcodes (auteur)', $shortcodes ),
		'admin-hostile'    => array( $admin, 'Vijandig (beheerder)', $hostile ),
		'author-hostile'   => array( $author, 'Vijandig (auteur)', $hostile ),
		'author-raw'       => array( $author, 'Ruwe HTML (auteur)', '<script type="module" src="/samen/samen.js"></script><samen-role-recommender></samen-role-recommender><p>Na het element.</p>' ),
		'admin-report'     => array( $admin, 'Rapport (beheerder)', '<!-- wp:samen/quality-report {"minGroup":3,"period":"none"} /-->' ),
		'no-widget'        => array( $author, 'Zonder widget', '<!-- wp:paragraph --><p>Gewone tekst.</p><!-- /wp:paragraph -->' ),
		'admin-receiver'   => array( $admin, 'Kwaliteit (ontvanger)', '<!-- wp:samen/quality-check {"receiver":true} /-->' ),
		'admin-receiver-shortcode' => array( $admin, 'Kwaliteit (ontvanger, shortcode)', '[samen widget="quality-check" receiver]' ),
		'author-receiver'  => array( $author, 'Kwaliteit (ontvanger gevraagd door auteur)', '<!-- wp:samen/quality-check {"receiver":true} /-->' ),
	);
	$out = array( 'stored' => array(), 'urls' => array(), 'unfiltered' => array() );
	foreach ( $posts as $key => list( $user, $title, $content ) ) {
		// As in the editor: the current user decides whether kses filters the content.
		wp_set_current_user( $user->ID );
		kses_init();
		$out['unfiltered'][ $key ] = current_user_can( 'unfiltered_html' );
		$id = wp_insert_post(
			wp_slash(
				array(
					'post_title'   => $title,
					'post_content' => $content,
					'post_status'  => 'publish',
					'post_author'  => $user->ID,
				)
			),
			true
		);
		if ( is_wp_error( $id ) ) {
			fail( "wp_insert_post $key: " . $id->get_error_message() );
		}
		$out['stored'][ $key ] = get_post_field( 'post_content', $id, 'raw' );
		$out['urls'][ $key ]   = get_permalink( $id );
	}
	echo wp_json_encode( $out, JSON_PRETTY_PRINT | JSON_UNESCAPED_SLASHES );
	exit( 0 );
}

if ( 'retention' === $mode ) {
	$parent = (int) getenv( 'SAMEN_WP_PARENT' );
	$old    = wp_insert_post(
		array(
			'post_type'     => 'samen_response',
			'post_status'   => 'private',
			'post_title'    => 'samen answers',
			'post_parent'   => $parent,
			'post_date'     => gmdate( 'Y-m-d H:i:s', strtotime( '-25 months' ) ),
			'post_date_gmt' => gmdate( 'Y-m-d H:i:s', strtotime( '-25 months' ) ),
		)
	);
	$before = samen_response_count();
	do_action( 'samen_retention' );
	wp_cache_flush();
	$after_retention = samen_response_count();
	$old_gone        = null === get_post( $old );
	$scheduled       = (bool) wp_next_scheduled( 'samen_retention' );
	$deleted         = samen_delete_responses( true );
	wp_cache_flush();
	$after_delete_all = samen_response_count();
	// Uninstall (as Plugins > Delete runs it) with one answer still kept.
	$kept = wp_insert_post( array( 'post_type' => 'samen_response', 'post_status' => 'private', 'post_title' => 'samen answers' ) );
	define( 'WP_UNINSTALL_PLUGIN', 'samen/samen.php' );
	include WP_PLUGIN_DIR . '/samen/uninstall.php';
	wp_cache_flush();
	$admin = get_role( 'administrator' );
	echo wp_json_encode(
		array(
			'before'         => $before,
			'afterRetention' => $after_retention,
			'oldGone'        => $old_gone,
			'scheduled'      => $scheduled,
			'deletedAll'     => $deleted,
			'afterDeleteAll' => $after_delete_all,
			'uninstalled'    => null === get_post( $kept ) && false === get_option( 'samen_receiver_enabled' )
				&& ! $admin->has_cap( 'samen_read_responses' ) && ! wp_next_scheduled( 'samen_retention' ),
		)
	);
	exit( 0 );
}

if ( 'locale' === $mode ) {
	// php site.php locale <login> <locale>: the admin language of one user ('' = the site's).
	$user = get_user_by( 'login', isset( $argv[2] ) ? $argv[2] : '' );
	if ( ! $user ) {
		fail( 'locale: no such user' );
	}
	update_user_meta( $user->ID, 'locale', isset( $argv[3] ) ? $argv[3] : '' );
	exit( 0 );
}

fail( "unknown mode '$mode' (install | content | retention | locale)" );
