<?php
/**
 * The optional receiver for <samen-quality-check> answers.
 *
 * Off unless the site owner turns it on (Settings > samen) AND the page's quality-check
 * block or shortcode asks for it AND the page's author may collect answers
 * (samen_collect_responses: Administrators and Editors). The form posts to
 * admin-post.php, never to the page: WordPress would read some field names as a query
 * and answer 404. Each answer is checked against the samen document format, its scores
 * are computed here (never taken as sent), and it is kept as a private entry that only
 * holders of samen_read_responses can see, export and delete.
 *
 * @package samen
 */

defined( 'ABSPATH' ) || exit;

/** The form field holding the checker's value; not a WordPress query variable. */
const SAMEN_FIELD = 'samen_answers';
/** Largest accepted form value in bytes (a full staff check is about 1.5 kB). */
const SAMEN_SUBMISSION_MAX = 8192;
/** Most answers kept at once: a flood of posts cannot fill the database. */
const SAMEN_STORED_MAX = 20000;
/** The B's, in the order samen shows them; the last two only when extended. */
const SAMEN_DIMENSIONS = array( 'availability', 'reachability', 'affordability', 'usability', 'comprehensibility', 'awareness', 'trust' );

add_action( 'init', 'samen_register_response_type' );
add_action( 'admin_post_samen_submit', 'samen_handle_submission' );
add_action( 'admin_post_nopriv_samen_submit', 'samen_handle_submission' );

/** The private post type that holds answers: no front end, no REST, no admin list. */
function samen_register_response_type() {
	register_post_type(
		'samen_response',
		array(
			'label'               => __( 'samen answers', 'samen' ),
			'public'              => false,
			'publicly_queryable'  => false,
			'exclude_from_search' => true,
			'show_ui'             => false,
			'show_in_rest'        => false,
			'rewrite'             => false,
			'query_var'           => false,
			'supports'            => array(),
			'can_export'          => false,
		)
	);
}

/**
 * Whether answers may be received on a post: the site setting, the post published, its
 * author allowed to collect, and the post's own quality check asking for it.
 *
 * @param int|WP_Post $post the post.
 * @return bool
 */
function samen_receiver_allowed( $post ) {
	$post = get_post( $post );
	if ( ! $post || '1' !== get_option( 'samen_receiver_enabled', '0' ) || 'publish' !== $post->post_status ) {
		return false;
	}
	if ( ! user_can( (int) $post->post_author, 'samen_collect_responses' ) ) {
		return false;
	}
	foreach ( parse_blocks( $post->post_content ) as $block ) {
		if ( samen_block_asks_receiver( $block ) ) {
			return true;
		}
	}
	if ( preg_match_all( '/' . get_shortcode_regex( array( 'samen' ) ) . '/', $post->post_content, $matches, PREG_SET_ORDER ) ) {
		foreach ( $matches as $match ) {
			$atts = shortcode_parse_atts( $match[3] );
			$atts = is_array( $atts ) ? $atts : array();
			$bare = array_map( 'strtolower', array_filter( $atts, 'is_int', ARRAY_FILTER_USE_KEY ) );
			if ( isset( $atts['widget'] ) && 'quality-check' === preg_replace( '/^samen-/', '', $atts['widget'] )
				&& ( in_array( 'receiver', $bare, true ) || ( isset( $atts['receiver'] ) && samen_clean_attribute( array( 'type' => 'bool' ), $atts['receiver'] ) ) ) ) {
				return true;
			}
		}
	}
	return false;
}

/** Whether a parsed block (or one nested in it) is a quality check with the receiver on. */
function samen_block_asks_receiver( array $block ) {
	if ( 'samen/quality-check' === $block['blockName'] && ! empty( $block['attrs']['receiver'] ) ) {
		return true;
	}
	foreach ( $block['innerBlocks'] as $inner ) {
		if ( samen_block_asks_receiver( $inner ) ) {
			return true;
		}
	}
	return false;
}

/**
 * The checker inside a form that posts to admin-post.php, with a nonce, a Send button,
 * a line saying where the answers go, and the outcome of the last send.
 *
 * @param array $given the checker's attributes.
 * @param int   $post  the post it is shown in.
 * @return string
 */
function samen_receiver_form( array $given, $post ) {
	$status = '';
	// Only shows which message to display after the redirect; changes nothing.
	// phpcs:ignore WordPress.Security.NonceVerification.Recommended
	$sent = isset( $_GET['samen_sent'] ) ? sanitize_key( wp_unslash( $_GET['samen_sent'] ) ) : '';
	if ( '1' === $sent || '0' === $sent ) {
		$status = esc_html( samen_text( '1' === $sent ? 'sent' : 'failed' ) );
	}
	$privacy = get_privacy_policy_url();
	$notice  = esc_html( samen_text( 'notice' ) );
	if ( $privacy ) {
		$notice .= ' <a href="' . esc_url( $privacy ) . '">' . esc_html( samen_text( 'privacy' ) ) . '</a>';
	}
	return '<form class="samen-receiver" id="samen-receiver-' . (int) $post . '" method="post" action="' . esc_url( admin_url( 'admin-post.php' ) ) . '">'
		. '<input type="hidden" name="action" value="samen_submit">'
		. '<input type="hidden" name="samen_post" value="' . (int) $post . '">'
		. wp_nonce_field( 'samen_submit_' . (int) $post, 'samen_nonce', false, false )
		. '<p class="samen-receiver-status" role="status">' . $status . '</p>'
		. samen_element_html( 'quality-check', $given, array( 'name' => SAMEN_FIELD ) )
		. '<p class="samen-receiver-notice">' . $notice . '</p>'
		. '<p><button type="submit">' . esc_html( samen_text( 'send' ) ) . '</button></p>'
		. '</form>';
}

/**
 * Checks a posted value against the samen quality-check document format and returns the
 * document to keep (format, version, audience, extended, service?, answers, scores,
 * savedAt), or null when it is not one. Scores are computed from the answers.
 *
 * @param string $raw the posted JSON (already unslashed).
 * @return array|null
 */
function samen_clean_submission( $raw ) {
	if ( ! is_string( $raw ) || strlen( $raw ) > SAMEN_SUBMISSION_MAX ) {
		return null;
	}
	$data = json_decode( $raw, true, 4 );
	if ( ! is_array( $data ) || ! isset( $data['answers'] ) || ! is_array( $data['answers'] ) ) {
		return null;
	}
	if ( ( isset( $data['format'] ) && 'samen-quality-check' !== $data['format'] ) || ( isset( $data['version'] ) && 1 !== $data['version'] ) ) {
		return null;
	}
	$audience = isset( $data['audience'] ) ? $data['audience'] : null;
	if ( 'family' !== $audience && 'staff' !== $audience ) {
		return null;
	}
	$extended   = ! empty( $data['extended'] ) && true === $data['extended'];
	$dimensions = array_slice( SAMEN_DIMENSIONS, 0, $extended ? 7 : 5 );
	$known      = samen_question_ids();
	$answers    = array();
	$totals     = array_fill_keys( $dimensions, array( 0, 0 ) );
	foreach ( $data['answers'] as $id => $answer ) {
		$parts = explode( '-', (string) $id, 3 );
		$ok    = 3 === count( $parts ) && $parts[0] === $audience && in_array( $parts[1], $dimensions, true )
			&& preg_match( '/^[a-z0-9-]{1,60}$/', $parts[2] ) && ( null === $known || in_array( $id, $known, true ) );
		if ( ! $ok || ! is_int( $answer ) || $answer < 1 || $answer > 5 ) {
			continue; // The element warns about such entries; here they are simply not kept.
		}
		$answers[ $id ]          = $answer;
		$totals[ $parts[1] ][0] += $answer;
		$totals[ $parts[1] ][1] += 1;
	}
	if ( ! $answers ) {
		return null;
	}
	$scores = array();
	foreach ( $totals as $dimension => $row ) {
		// samen's own rule: the mean answer with 1 -> 0 and 5 -> 100, rounded.
		$scores[ $dimension ] = $row[1] ? (int) round( ( $row[0] - $row[1] ) * 25 / $row[1] ) : null;
	}
	$doc = array(
		'format'   => 'samen-quality-check',
		'version'  => 1,
		'audience' => $audience,
		'extended' => $extended,
	);
	if ( isset( $data['service'] ) && is_string( $data['service'] ) && '' !== trim( $data['service'] ) ) {
		$doc['service'] = mb_substr( sanitize_text_field( $data['service'] ), 0, 120 );
	}
	$doc['answers'] = $answers;
	$doc['scores']  = $scores;
	$doc['savedAt'] = gmdate( 'Y-m-d\TH:i:s\Z' );
	return $doc;
}

/**
 * The question ids samen knows, from generated/quality-questions.json (written by
 * scripts/wordpress/package.sh from samen's core), or null when that file is missing.
 *
 * @return string[]|null
 */
function samen_question_ids() {
	static $ids = false;
	if ( false === $ids ) {
		$file = SAMEN_DIR . 'generated/quality-questions.json';
		$list = file_exists( $file ) ? json_decode( (string) file_get_contents( $file ), true ) : null; // phpcs:ignore WordPress.WP.AlternativeFunctions.file_get_contents_file_get_contents
		$ids  = is_array( $list ) ? $list : null;
	}
	return $ids;
}

/** admin-post.php?action=samen_submit: checks, stores, and sends the visitor back. */
function samen_handle_submission() {
	$post_id = isset( $_POST['samen_post'] ) ? absint( $_POST['samen_post'] ) : 0;
	$back    = $post_id ? get_permalink( $post_id ) : home_url( '/' );
	$ok      = false;
	$nonce   = isset( $_POST['samen_nonce'] ) ? sanitize_text_field( wp_unslash( $_POST['samen_nonce'] ) ) : '';
	if ( $post_id && samen_receiver_allowed( $post_id ) && wp_verify_nonce( $nonce, 'samen_submit_' . $post_id ) ) {
		// The posted value arrives slashed by WordPress; json_decode needs it unslashed.
		// phpcs:ignore WordPress.Security.ValidatedSanitizedInput.InputNotSanitized -- validated by samen_clean_submission.
		$raw = isset( $_POST[ SAMEN_FIELD ] ) && is_string( $_POST[ SAMEN_FIELD ] ) ? wp_unslash( $_POST[ SAMEN_FIELD ] ) : '';
		$doc = samen_clean_submission( $raw );
		if ( $doc && samen_response_count() < SAMEN_STORED_MAX ) {
			$id = wp_insert_post(
				array(
					'post_type'   => 'samen_response',
					'post_status' => 'private',
					'post_title'  => 'samen answers',
					'post_parent' => $post_id,
					'post_author' => 0,
				),
				true
			);
			if ( ! is_wp_error( $id ) ) {
				// Meta is stored slashed-in, unslashed by WordPress: slash the JSON once.
				$ok = (bool) add_post_meta( $id, '_samen_document', wp_slash( wp_json_encode( $doc, JSON_UNESCAPED_UNICODE | JSON_UNESCAPED_SLASHES ) ), true );
			}
		}
	}
	$target = add_query_arg( 'samen_sent', $ok ? '1' : '0', $back ) . '#samen-receiver-' . $post_id;
	wp_safe_redirect( $target, 303 );
	exit;
}

/** How many answers are kept. */
function samen_response_count() {
	$counts = wp_count_posts( 'samen_response' );
	return isset( $counts->private ) ? (int) $counts->private : 0;
}
