<?php
/**
 * The widgets the plugin offers and the attributes each accepts: one table read by the
 * blocks, the shortcode and the editor script, so a new widget is one entry here.
 *
 * Attribute types, and what a value must look like to reach the page (anything else is
 * dropped, so the element shows its own default):
 * - enum: one of `values`;
 * - bool: true/false (shortcode: the bare word, or 1/true/yes);
 * - int: a whole number, clamped to min..max;
 * - json: valid JSON of the given `shape` (object or array), re-encoded by PHP;
 * - tokens: space- or comma-separated words, each one of `values` (or matching `pattern`);
 * - token: one word matching `pattern`;
 * - name: a form field name that WordPress does not read as a query variable;
 * - text: plain text (tags and line breaks removed), cut to `max` characters.
 *
 * The element itself checks ids and ranges again and warns in the console: this layer
 * only guarantees that what reaches the HTML is well-formed and escaped.
 *
 * @package samen
 */

defined( 'ABSPATH' ) || exit;

/** Longest attribute value accepted (bytes); a page's JSON is far smaller. */
const SAMEN_ATTRIBUTE_MAX = 8192;

/**
 * Field names WordPress reads from a posted form or the URL as query variables (a post
 * to a page with one of them turns into another query, often a 404). Checked besides
 * the public query vars WordPress registers at run time.
 */
const SAMEN_RESERVED_NAMES = array( 'name', 's', 'p', 'page', 'year', 'm', 'w', 'day', 'hour', 'minute', 'second', 'monthnum', 'cat', 'tag', 'author', 'order', 'orderby', 'paged', 'post_type', 'feed', 'attachment', 'error', 'static', 'pagename', 'page_id', 'preview', 'cpage', 'embed', 'action', 'samen_answers' );

/**
 * The widgets: slug (the tag without `samen-`) => title, description and attributes, in
 * the site's language. The `choices` of an enum (or of tokens with `values`) are the words
 * the editor shows for its values: a select, or one checkbox per value.
 *
 * @return array<string, array{title: string, description: string, attributes: array<string, array>}>
 */
function samen_widgets() {
	// Translated here, once per request after the text domain is loaded (samen.php), so
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

/**
 * Whether a form field name is safe to post to a WordPress page: a plain identifier that
 * is neither a query variable nor the receiver's own field.
 *
 * @param string $name the name asked for.
 * @return bool
 */
function samen_is_safe_field_name( $name ) {
	if ( ! preg_match( '/^[A-Za-z][A-Za-z0-9_-]{0,59}$/', $name ) ) {
		return false;
	}
	$reserved = SAMEN_RESERVED_NAMES;
	global $wp;
	if ( $wp instanceof WP ) {
		$reserved = array_merge( $reserved, (array) $wp->public_query_vars, (array) $wp->private_query_vars );
	}
	return ! in_array( strtolower( $name ), $reserved, true );
}

/**
 * Turns the shortcode's "Name=28; Other=66" list into the slider's services array.
 *
 * @param string $value the list.
 * @return array|null the services, or null when the list is not in that form.
 */
function samen_parse_service_list( $value ) {
	$services = array();
	foreach ( preg_split( '/\s*;\s*/', trim( $value ), -1, PREG_SPLIT_NO_EMPTY ) as $item ) {
		if ( ! preg_match( '/^(.{1,120}?)\s*=\s*(\d{1,3})$/u', $item, $m ) ) {
			return null;
		}
		$services[] = array(
			'name'  => trim( $m[1] ),
			'value' => (int) $m[2],
		);
	}
	return $services ? $services : null;
}

/**
 * Cleans one attribute value. Returns null when it must be left out.
 *
 * @param array $spec  the attribute's definition.
 * @param mixed $value the value from the block or the shortcode.
 * @return string|true|null the value to write (true: a boolean attribute present).
 */
function samen_clean_attribute( array $spec, $value ) {
	if ( 'bool' === $spec['type'] ) {
		if ( true === $value || 1 === $value ) {
			return true;
		}
		return is_string( $value ) && in_array( strtolower( trim( $value ) ), array( '1', 'true', 'yes', 'on' ), true ) ? true : null;
	}
	if ( is_int( $value ) || is_float( $value ) ) {
		$value = (string) $value;
	}
	if ( ! is_string( $value ) || '' === trim( $value ) || strlen( $value ) > SAMEN_ATTRIBUTE_MAX ) {
		return null;
	}
	$value = trim( $value );
	switch ( $spec['type'] ) {
		case 'enum':
			return in_array( $value, $spec['values'], true ) ? $value : null;
		case 'int':
			if ( ! preg_match( '/^-?\d{1,9}$/', $value ) ) {
				return null;
			}
			return (string) min( $spec['max'], max( $spec['min'], (int) $value ) );
		case 'token':
			return preg_match( $spec['pattern'], $value ) ? $value : null;
		case 'name':
			return samen_is_safe_field_name( $value ) ? $value : null;
		case 'text':
			$text = sanitize_text_field( $value );
			return '' === $text ? null : mb_substr( $text, 0, $spec['max'] );
		case 'tokens':
			$kept = array();
			foreach ( preg_split( '/[\s,]+/', $value, -1, PREG_SPLIT_NO_EMPTY ) as $word ) {
				$ok = isset( $spec['values'] ) ? in_array( $word, $spec['values'], true ) : preg_match( $spec['pattern'], $word );
				if ( $ok && ! in_array( $word, $kept, true ) ) {
					$kept[] = $word;
				}
			}
			return $kept ? implode( ' ', $kept ) : null;
		case 'json':
			$data = json_decode( $value, false, 16 );
			if ( null === $data && ! empty( $spec['list'] ) ) {
				$data = samen_parse_service_list( $value );
			}
			$shape_ok = 'object' === $spec['shape'] ? is_object( $data ) : ( is_array( $data ) && array_values( $data ) === $data );
			if ( ! $shape_ok ) {
				return null;
			}
			$json = wp_json_encode( $data, JSON_UNESCAPED_UNICODE | JSON_UNESCAPED_SLASHES );
			return false === $json ? null : $json;
	}
	return null;
}

/**
 * The element's HTML for a widget: every attribute cleaned, then escaped with esc_attr.
 * On one line, since nothing may add <p> or <br> inside it.
 *
 * @param string $slug  the widget (a key of samen_widgets()).
 * @param array  $given attribute => value, from a block or a shortcode.
 * @param array  $force attribute => value set by the plugin itself (e.g. the receiver's name).
 * @return string
 */
function samen_element_html( $slug, array $given, array $force = array() ) {
	$widgets = samen_widgets();
	if ( ! isset( $widgets[ $slug ] ) ) {
		return '';
	}
	$html = '<samen-' . $slug;
	foreach ( $widgets[ $slug ]['attributes'] as $attribute => $spec ) {
		if ( ! empty( $spec['plugin'] ) ) {
			continue;
		}
		$value = array_key_exists( $attribute, $force ) ? $force[ $attribute ] : samen_clean_attribute( $spec, isset( $given[ $attribute ] ) ? $given[ $attribute ] : null );
		if ( true === $value ) {
			$html .= ' ' . $attribute;
		} elseif ( null !== $value ) {
			$html .= ' ' . $attribute . '="' . esc_attr( $value ) . '"';
		}
	}
	return $html . '></samen-' . $slug . '>';
}
