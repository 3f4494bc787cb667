<?php
/**
 * Uninstall: removes every answer kept, the settings, the capabilities and the schedule,
 * so deleting the plugin leaves no families' answers behind.
 *
 * @package samen
 */

defined( 'WP_UNINSTALL_PLUGIN' ) || exit;

require_once __DIR__ . '/includes/retention.php';

register_post_type( 'samen_response', array( 'public' => false ) );
samen_delete_responses( true );
delete_option( 'samen_receiver_enabled' );
delete_option( 'samen_retention_months' );
wp_clear_scheduled_hook( 'samen_retention' );
foreach ( wp_roles()->role_objects as $role ) {
	$role->remove_cap( 'samen_read_responses' );
	$role->remove_cap( 'samen_collect_responses' );
}
