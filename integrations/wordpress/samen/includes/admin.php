<?php
/**
 * Admin screens: Settings > samen (the receiver switch and retention, manage_options) and
 * Tools > samen answers (count, CSV export, delete all; samen_read_responses only).
 *
 * The CSV has one row per answer: id, date (UTC, ISO 8601), page (the post it came from)
 * and samen (the samen quality-check document as JSON), which <samen-quality-report>
 * finds by its content.
 *
 * @package samen
 */

defined( 'ABSPATH' ) || exit;

add_action( 'admin_menu', 'samen_admin_menu' );
add_action( 'admin_init', 'samen_register_settings' );
add_action( 'admin_post_samen_export', 'samen_export_csv' );
add_action( 'admin_post_samen_delete_all', 'samen_delete_all' );
add_action( 'admin_init', 'samen_privacy_policy_text' );

/** Suggests a paragraph for the site's privacy policy (Settings > Privacy > Policy Guide). */
function samen_privacy_policy_text() {
	if ( function_exists( 'wp_add_privacy_policy_content' ) && '1' === get_option( 'samen_receiver_enabled', '0' ) ) {
		wp_add_privacy_policy_content(
			'samen',
			'<p>' . esc_html__( 'On pages with a quality check that has a Send button, we keep the answers you send: your answer (1 to 5) to each question, the scores computed from them, whether you answered as a parent or as staff, the page and the date. We do not ask for your name or e-mail address and do not link your answers to you. We use them to see how accessible our services are and to improve them. Only the people in our organisation who manage this website can see them. They are deleted automatically after the number of months set on this website, and earlier on request: contact us with the page and the day you answered.', 'samen' ) . '</p>'
		);
	}
}

/** Adds the two screens. */
function samen_admin_menu() {
	add_options_page( 'samen', 'samen', 'manage_options', 'samen-settings', 'samen_settings_page' );
	add_management_page( __( 'samen answers', 'samen' ), __( 'samen answers', 'samen' ), 'samen_read_responses', 'samen-answers', 'samen_answers_page' );
}

/** The two settings, each with its own sanitizer. */
function samen_register_settings() {
	register_setting(
		'samen',
		'samen_receiver_enabled',
		array(
			'type'              => 'string',
			'sanitize_callback' => function ( $value ) {
				return '1' === $value ? '1' : '0';
			},
			'default'           => '0',
		)
	);
	register_setting(
		'samen',
		'samen_retention_months',
		array(
			'type'              => 'integer',
			'sanitize_callback' => function ( $value ) {
				return min( SAMEN_RETENTION_MAX, max( SAMEN_RETENTION_MIN, absint( $value ) ) );
			},
			'default'           => SAMEN_RETENTION_DEFAULT,
		)
	);
}

/** Settings > samen. */
function samen_settings_page() {
	if ( ! current_user_can( 'manage_options' ) ) {
		return;
	}
	echo '<div class="wrap"><h1>samen</h1><form method="post" action="options.php">';
	settings_fields( 'samen' );
	echo '<table class="form-table" role="presentation"><tr><th scope="row">' . esc_html__( 'Receiver', 'samen' ) . '</th><td><label><input type="checkbox" name="samen_receiver_enabled" value="1" '
		. checked( '1', get_option( 'samen_receiver_enabled', '0' ), false ) . '> '
		. esc_html__( 'Keep quality-check answers sent from pages whose quality check asks for it (pages by Administrators and Editors only).', 'samen' )
		. '</label><p class="description">' . esc_html__( 'Before you turn this on, say in your privacy notice what is collected, why, who sees it, how long it is kept and how to ask for deletion (see the plugin\'s readme).', 'samen' ) . '</p></td></tr>'
		. '<tr><th scope="row"><label for="samen_retention_months">' . esc_html__( 'Keep answers for (months)', 'samen' ) . '</label></th><td><input type="number" id="samen_retention_months" name="samen_retention_months" min="' . (int) SAMEN_RETENTION_MIN . '" max="' . (int) SAMEN_RETENTION_MAX . '" value="' . (int) samen_retention_months() . '"><p class="description">' . esc_html__( 'Older answers are deleted once a day.', 'samen' ) . '</p></td></tr></table>';
	submit_button();
	echo '</form></div>';
}

/** Tools > samen answers. */
function samen_answers_page() {
	if ( ! current_user_can( 'samen_read_responses' ) ) {
		return;
	}
	$count = samen_response_count();
	echo '<div class="wrap"><h1>' . esc_html__( 'samen answers', 'samen' ) . '</h1>';
	// phpcs:ignore WordPress.Security.NonceVerification.Recommended -- only picks a message.
	if ( isset( $_GET['samen_deleted'] ) ) {
		$deleted = absint( $_GET['samen_deleted'] );
		/* translators: %d: number of answers deleted */
		echo '<div class="notice notice-success" id="samen-deleted"><p>' . esc_html( sprintf( _n( '%d answer deleted.', '%d answers deleted.', $deleted, 'samen' ), $deleted ) ) . '</p></div>';
	}
	$months = samen_retention_months();
	// Two sentences, each with its own number, so each follows its own plural rule.
	/* translators: %d: number of answers kept */
	$kept = sprintf( _n( '%d answer kept.', '%d answers kept.', $count, 'samen' ), $count );
	/* translators: %d: the retention setting, in months */
	$older = sprintf( _n( 'Answers older than %d month are deleted automatically.', 'Answers older than %d months are deleted automatically.', $months, 'samen' ), $months );
	echo '<p id="samen-count">' . esc_html( $kept . ' ' . $older ) . '</p>';
	echo '<p><a class="button button-primary" id="samen-export" href="' . esc_url( wp_nonce_url( admin_url( 'admin-post.php?action=samen_export' ), 'samen_export' ) ) . '">' . esc_html__( 'Download as CSV', 'samen' ) . '</a></p>';
	echo '<form method="post" action="' . esc_url( admin_url( 'admin-post.php' ) ) . '"><input type="hidden" name="action" value="samen_delete_all">';
	wp_nonce_field( 'samen_delete_all', 'samen_nonce' );
	echo '<p><label><input type="checkbox" name="samen_confirm" value="1" required> ' . esc_html__( 'Yes, delete every answer kept (this cannot be undone)', 'samen' ) . '</label></p>';
	submit_button( __( 'Delete all answers', 'samen' ), 'delete', 'submit', false );
	echo '</form></div>';
}

/** admin-post.php?action=samen_export: the CSV, for holders of samen_read_responses. */
function samen_export_csv() {
	if ( ! current_user_can( 'samen_read_responses' ) ) {
		wp_die( esc_html__( 'You may not read these answers.', 'samen' ), 403 );
	}
	check_admin_referer( 'samen_export' );
	nocache_headers();
	header( 'Content-Type: text/csv; charset=utf-8' );
	header( 'Content-Disposition: attachment; filename="samen-answers-' . gmdate( 'Y-m-d' ) . '.csv"' );
	header( 'X-Content-Type-Options: nosniff' );
	$out = fopen( 'php://output', 'w' );
	fputcsv( $out, array( 'id', 'date', 'page', 'samen' ) );
	$paged = 1;
	do {
		$ids = get_posts(
			array(
				'post_type'      => 'samen_response',
				'post_status'    => 'any',
				'fields'         => 'ids',
				'posts_per_page' => 500,
				'paged'          => $paged,
				'orderby'        => 'ID',
				'order'          => 'ASC',
				'no_found_rows'  => true,
			)
		);
		foreach ( $ids as $id ) {
			$post = get_post( $id );
			$json = get_post_meta( $id, '_samen_document', true );
			if ( is_string( $json ) && '' !== $json ) {
				fputcsv( $out, array( $id, mysql2date( 'Y-m-d\TH:i:s\Z', $post->post_date_gmt, false ), (int) $post->post_parent, $json ) );
			}
		}
		++$paged;
	} while ( 500 === count( $ids ) );
	fclose( $out ); // phpcs:ignore WordPress.WP.AlternativeFunctions.file_system_operations_fclose
	exit;
}

/** admin-post.php?action=samen_delete_all: deletes every answer, after a ticked confirmation. */
function samen_delete_all() {
	if ( ! current_user_can( 'samen_read_responses' ) ) {
		wp_die( esc_html__( 'You may not delete these answers.', 'samen' ), 403 );
	}
	check_admin_referer( 'samen_delete_all', 'samen_nonce' );
	$deleted = empty( $_POST['samen_confirm'] ) ? 0 : samen_delete_responses( true );
	wp_safe_redirect( add_query_arg( 'samen_deleted', $deleted, admin_url( 'tools.php?page=samen-answers' ) ) );
	exit;
}
