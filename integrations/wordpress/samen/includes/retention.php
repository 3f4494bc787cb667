<?php
/**
 * How long answers are kept: a daily WP-Cron run deletes those older than the retention
 * setting (Settings > samen, 12 months unless changed), and delete-all empties the store.
 * These are families' answers: keep them no longer than the purpose needs.
 *
 * @package samen
 */

defined( 'ABSPATH' ) || exit;

/** Months answers are kept unless the site owner sets otherwise. */
const SAMEN_RETENTION_DEFAULT = 12;
/** Shortest and longest retention the setting accepts, in months. */
const SAMEN_RETENTION_MIN = 1;
const SAMEN_RETENTION_MAX = 60;

add_action( 'samen_retention', 'samen_apply_retention' );
add_action( 'init', 'samen_schedule_retention' );

/** Schedules the daily retention run if it is not scheduled yet. */
function samen_schedule_retention() {
	if ( ! wp_next_scheduled( 'samen_retention' ) ) {
		wp_schedule_event( time() + HOUR_IN_SECONDS, 'daily', 'samen_retention' );
	}
}

/**
 * The retention setting, in months, within its bounds.
 *
 * @return int
 */
function samen_retention_months() {
	$months = (int) get_option( 'samen_retention_months', SAMEN_RETENTION_DEFAULT );
	return min( SAMEN_RETENTION_MAX, max( SAMEN_RETENTION_MIN, $months ) );
}

/**
 * Deletes answers older than the retention period (or all of them), in batches so a large store does not exhaust memory.
 *
 * @param bool $all delete every answer, whatever its age.
 * @return int how many were deleted.
 */
function samen_delete_responses( $all = false ) {
	$deleted = 0;
	do {
		$args = array(
			'post_type'      => 'samen_response',
			'post_status'    => 'any',
			'fields'         => 'ids',
			'posts_per_page' => 200,
			'no_found_rows'  => true,
			'orderby'        => 'ID',
			'order'          => 'ASC',
		);
		if ( ! $all ) {
			$args['date_query'] = array(
				array(
					'column' => 'post_date_gmt',
					'before' => gmdate( 'Y-m-d H:i:s', strtotime( '-' . samen_retention_months() . ' months' ) ),
				),
			);
		}
		$ids   = get_posts( $args );
		$batch = 0;
		foreach ( $ids as $id ) {
			if ( wp_delete_post( $id, true ) ) {
				++$batch;
			}
		}
		$deleted += $batch;
		// Stop when a batch was short, or when something could not be deleted (no endless loop).
	} while ( 200 === count( $ids ) && 200 === $batch );
	return $deleted;
}

/** The daily run: deletes what is older than the retention period. */
function samen_apply_retention() {
	samen_delete_responses( false );
}
