<?php
/**
 * How the attributes of the widgets (samen_widgets(), in widget-list.php) are checked
 * before they reach the page, and the element's HTML.
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
