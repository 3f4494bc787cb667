<?php
/**
 * The widgets the plugin offers and the attributes each accepts, in the site's language:
 * one table read by the blocks, the shortcode and the editor script, so a new widget is
 * one entry here. The attribute types are described in widgets.php, which checks them.
 *
 * @package samen
 */

defined( 'ABSPATH' ) || exit;

/**
 * The widgets: slug (the tag without `samen-`) => title, description and attributes, in
 * the site's language. The `choices` of an enum (or of tokens with `values`) are the words
 * the editor shows for its values: a select, or one checkbox per value.
 *
 * @return array<string, array{title: string, description: string, attributes: array<string, array>}>
 */
function samen_widgets() {
	// Translated at each call, after the text domain is loaded (samen.php, init 1), so
	// the blocks, the editor script (window.samenWidgets) and the shortcode share them.
	$presentation = array(
		'type'  => 'bool',
		'label' => __( 'Presentation mode (projected workshop)', 'samen' ),
	);
	$starting     = __( 'Starting answers (JSON)', 'samen' );
	$field_name   = array( 'type' => 'name', 'label' => __( 'Form field name (only inside your own form)', 'samen' ) );
	$kinds        = array(
		'organisational' => __( 'Organisational', 'samen' ),
		'professional'   => __( 'Professional', 'samen' ),
		'inclusion'      => __( 'Inclusion', 'samen' ),
		'practice'       => __( 'Practice', 'samen' ),
	);
	$widgets      = array(
		'role-recommender'          => array(
			'title'       => __( 'samen: role recommender', 'samen' ),
			'description' => __( 'Which coordinator role fits a local network, with the reasons.', 'samen' ),
			'attributes'  => array(
				'view'         => array(
					'type'    => 'enum',
					'values'  => array( 'role', 'governance', 'directing' ),
					'choices' => array(
						'role'       => __( 'Coordinator role', 'samen' ),
						'governance' => __( 'Governance form', 'samen' ),
						'directing'  => __( 'Role of local government', 'samen' ),
					),
					'label'   => __( 'Tab shown first', 'samen' ),
				),
				'answers'      => array( 'type' => 'json', 'shape' => 'object', 'label' => $starting ),
				'governance'   => array( 'type' => 'json', 'shape' => 'object', 'label' => __( 'Governance form answers (JSON)', 'samen' ) ),
				'directing'    => array( 'type' => 'json', 'shape' => 'object', 'label' => __( 'Role of local government answers (JSON)', 'samen' ) ),
				'presentation' => $presentation,
			),
		),
		'dilemma-explorer'          => array(
			'title'       => __( 'samen: dilemma explorer', 'samen' ),
			'description' => __( 'The dilemmas of working together in a network, for a team or a workshop.', 'samen' ),
			'attributes'  => array(
				'mode'         => array(
					'type'    => 'enum',
					'values'  => array( 'reflection', 'workshop' ),
					'choices' => array(
						'reflection' => __( 'Reflection', 'samen' ),
						'workshop'   => __( 'Workshop', 'samen' ),
					),
					'label'   => __( 'Way to use the explorer', 'samen' ),
				),
				'kinds'        => array( 'type' => 'tokens', 'values' => array_keys( $kinds ), 'choices' => $kinds, 'label' => __( 'Kinds of dilemma shown (none ticked: all)', 'samen' ) ),
				'view'         => array(
					'type'    => 'enum',
					'values'  => array( 'organisational', 'professional', 'inclusion', 'practice', 'profile' ),
					'choices' => $kinds + array( 'profile' => __( 'Our profile', 'samen' ) ),
					'label'   => __( 'View shown first', 'samen' ),
				),
				'step'         => array( 'type' => 'token', 'pattern' => '/^[a-z][a-z-]{0,59}$/', 'label' => __( 'Workshop step (opening, the id of a dilemma, or summary)', 'samen' ) ),
				'priorities'   => array( 'type' => 'tokens', 'pattern' => '/^[a-z][a-z-]{0,59}$/', 'label' => __( 'Priorities (ids of dilemmas, separated by spaces)', 'samen' ) ),
				'positions'    => array( 'type' => 'json', 'shape' => 'object', 'label' => __( 'Where our network stands (JSON)', 'samen' ) ),
				'splits'       => array( 'type' => 'json', 'shape' => 'object', 'label' => __( 'How the room stands (JSON)', 'samen' ) ),
				'presentation' => $presentation,
			),
		),
		'quality-check'             => array(
			'title'       => __( 'samen: quality check', 'samen' ),
			'description' => __( 'How accessible a service is, as families or staff experience it (the 5 B\'s).', 'samen' ),
			'attributes'  => array(
				'audience'     => array(
					'type'    => 'enum',
					'values'  => array( 'family', 'staff' ),
					'choices' => array(
						'family' => __( 'Families', 'samen' ),
						'staff'  => __( 'Staff', 'samen' ),
					),
					'label'   => __( 'Who answers', 'samen' ),
				),
				'extended'     => array( 'type' => 'bool', 'label' => __( 'Also ask about being known and trustworthiness (7 B\'s)', 'samen' ) ),
				'service'      => array( 'type' => 'text', 'max' => 120, 'label' => __( 'The service being rated (plain text)', 'samen' ) ),
				'answers'      => array( 'type' => 'json', 'shape' => 'object', 'label' => $starting ),
				'name'         => $field_name,
				'storage-key'  => array( 'type' => 'token', 'pattern' => '/^[A-Za-z0-9][A-Za-z0-9_.-]{0,59}$/', 'label' => __( 'Storage key on the device', 'samen' ) ),
				'presentation' => $presentation,
				// Not an element attribute: asks the plugin to wrap the checker in a form
				// that sends the answers to this site (see receiver.php).
				'receiver'     => array( 'type' => 'bool', 'plugin' => true, 'label' => __( 'Send the answers to this site (must be allowed in the site\'s settings)', 'samen' ) ),
			),
		),
		'universal-targeted-slider' => array(
			'title'       => __( 'samen: universal or targeted', 'samen' ),
			'description' => __( 'Place an offer between universal and targeted and see whom it reaches.', 'samen' ),
			'attributes'  => array(
				'value'        => array( 'type' => 'int', 'min' => 0, 'max' => 100, 'label' => __( 'Starting position (0 universal … 100 targeted)', 'samen' ) ),
				'view'         => array(
					'type'    => 'enum',
					'values'  => array( 'position', 'portfolio' ),
					'choices' => array(
						'position'  => __( 'Position of an offer', 'samen' ),
						'portfolio' => __( 'Our offer on the line', 'samen' ),
					),
					'label'   => __( 'Tab shown first', 'samen' ),
				),
				'services'     => array( 'type' => 'json', 'shape' => 'array', 'list' => true, 'label' => __( 'Services (JSON, or “Name=28; Other name=66”)', 'samen' ) ),
				'name'         => $field_name,
				'presentation' => $presentation,
			),
		),
		'quality-report'            => array(
			'title'       => __( 'samen: quality report', 'samen' ),
			'description' => __( 'Many quality checks together: drop the exported CSV in to see each B, families next to staff.', 'samen' ),
			'attributes'  => array(
				'min-group'    => array( 'type' => 'int', 'min' => 3, 'max' => 999, 'label' => __( 'Smallest group that shows figures (3 or more)', 'samen' ) ),
				'period'       => array(
					'type'    => 'token',
					'pattern' => '/^(year|none|\d{4}-\d{2}-\d{2})$/',
					// The editor offers these words, and a date field for "date" (the value is then the date).
					'choices' => array(
						'year' => __( 'By year', 'samen' ),
						'none' => __( 'No split', 'samen' ),
						'date' => __( 'Before and from a date', 'samen' ),
					),
					'label'   => __( 'Split the answers', 'samen' ),
				),
				'presentation' => $presentation,
			),
		),
	);
	// Offer only what the bundled build has: a block whose element never loads would
	// leave an empty box on the page.
	if ( is_dir( SAMEN_DIR . 'dist' ) ) {
		foreach ( array_keys( $widgets ) as $slug ) {
			if ( ! file_exists( SAMEN_DIR . 'dist/' . $slug . '.js' ) ) {
				unset( $widgets[ $slug ] );
			}
		}
	}
	/**
	 * Filters the widgets offered, e.g. to add one this version does not know yet.
	 *
	 * @param array $widgets slug => definition, as above.
	 */
	return apply_filters( 'samen_widgets', $widgets );
}
