<?php
/**
 * Blocks, the [samen] shortcode and the loader script.
 *
 * Each widget is a dynamic block: the saved post holds only the block comment with its
 * attributes (which survives kses for Authors, who lack unfiltered_html), and the
 * element is written by render_callback when the page is shown. The shortcode does the
 * same for the classic editor. Both enqueue the loader, so it is on a page only when a
 * widget is, and only once however many widgets there are.
 *
 * @package samen
 */

defined( 'ABSPATH' ) || exit;

add_action( 'init', 'samen_register' );
add_filter( 'script_loader_tag', 'samen_module_tag', 10, 3 );
add_filter( 'the_content', 'samen_isolate_shortcodes', 8 );
// The editor previews the widgets live, so it loads the loader too.
add_action(
	'enqueue_block_editor_assets',
	function () {
		wp_enqueue_script( 'samen' );
	}
);

/**
 * Gives each [samen] shortcode of classic-editor text a paragraph of its own before
 * wpautop (10) runs, so shortcode_unautop removes the <p> around it and no <br> is
 * added beside it, even when an author types it on the line under other text. Block
 * content is left alone: WordPress does not run wpautop on it.
 *
 * @param string $content the post's content.
 * @return string
 */
function samen_isolate_shortcodes( $content ) {
	if ( false === strpos( $content, '[samen' ) || has_blocks( $content ) ) {
		return $content;
	}
	return preg_replace( '/[ \t]*\n?[ \t]*(\[samen\b[^\[\]]*\])[ \t]*\n?/', "\n\n$1\n\n", $content );
}

/** The block attribute types for each of our attribute types. */
function samen_block_attribute_schema( array $spec ) {
	if ( 'bool' === $spec['type'] ) {
		return array( 'type' => 'boolean', 'default' => false );
	}
	if ( 'int' === $spec['type'] ) {
		return array( 'type' => 'integer' );
	}
	return array( 'type' => 'string', 'default' => '' );
}

/** Registers the loader, the editor script, one block per widget and the shortcode. */
function samen_register() {
	$loader = SAMEN_DIR . 'dist/samen.js';
	wp_register_script(
		'samen',
		plugins_url( 'dist/samen.js', SAMEN_FILE ),
		array(),
		SAMEN_VERSION . '-' . ( file_exists( $loader ) ? filemtime( $loader ) : '0' ),
		true
	);
	wp_register_script(
		'samen-blocks',
		plugins_url( 'assets/blocks.js', SAMEN_FILE ),
		array( 'wp-blocks', 'wp-element', 'wp-block-editor', 'wp-components', 'wp-i18n' ),
		SAMEN_VERSION,
		true
	);
	// The editor script's own texts: languages/samen-<locale>-<md5 of assets/blocks.js>.json,
	// written from the .po files by scripts/wordpress/package.sh.
	wp_set_script_translations( 'samen-blocks', 'samen', SAMEN_DIR . 'languages' );
	$editor_spec = array();
	foreach ( samen_widgets() as $slug => $widget ) {
		$attributes = array();
		foreach ( $widget['attributes'] as $attribute => $spec ) {
			$attributes[ samen_block_attribute_key( $attribute ) ] = samen_block_attribute_schema( $spec );
		}
		register_block_type(
			'samen/' . $slug,
			array(
				'api_version'     => 2,
				'title'           => $widget['title'],
				'description'     => $widget['description'],
				'category'        => 'widgets',
				'icon'            => 'groups',
				'attributes'      => $attributes,
				'supports'        => array(
					'html'  => false,
					'align' => array( 'wide', 'full' ),
				),
				'editor_script'   => 'samen-blocks',
				'editor_style'    => 'samen-blocks-editor',
				'render_callback' => function ( $block_attributes ) use ( $slug ) {
					return samen_render_block( $slug, $block_attributes );
				},
			)
		);
		$editor_spec[ $slug ] = $widget;
	}
	wp_add_inline_script( 'samen-blocks', 'window.samenWidgets = ' . wp_json_encode( $editor_spec ) . ';', 'before' );
	wp_register_style( 'samen-blocks-editor', false, array(), SAMEN_VERSION );
	wp_add_inline_style( 'samen-blocks-editor', '.samen-editor-preview{pointer-events:none}.samen-editor-label{font-size:0.8125em;margin:0 0 0.5em;opacity:0.75}' );
	add_shortcode( 'samen', 'samen_shortcode' );
}

/**
 * The block attribute for an element attribute: storage-key -> storageKey, since block
 * attribute names are identifiers in the editor script.
 *
 * @param string $attribute the element attribute.
 * @return string
 */
function samen_block_attribute_key( $attribute ) {
	return lcfirst( str_replace( ' ', '', ucwords( str_replace( '-', ' ', $attribute ) ) ) );
}

/**
 * Writes the loader as a module script. Built here rather than patched, so the tag is
 * the same whatever the theme's HTML5 support adds to script tags.
 *
 * @param string $tag    the tag WordPress built.
 * @param string $handle the script's handle.
 * @param string $src    its URL.
 * @return string
 */
function samen_module_tag( $tag, $handle, $src ) {
	if ( 'samen' !== $handle ) {
		return $tag;
	}
	return '<script type="module" src="' . esc_url( $src ) . '" id="samen-js"></script>' . "\n";
}

/**
 * The HTML of one widget, from block attributes or shortcode attributes.
 *
 * @param string $slug  the widget.
 * @param array  $given element attribute => value.
 * @param int    $post  the post it is shown in (for the receiver).
 * @return string
 */
function samen_widget_html( $slug, array $given, $post ) {
	wp_enqueue_script( 'samen' );
	if ( 'quality-check' === $slug && samen_clean_attribute( array( 'type' => 'bool' ), isset( $given['receiver'] ) ? $given['receiver'] : null ) ) {
		if ( samen_receiver_allowed( $post ) ) {
			return samen_receiver_form( $given, $post );
		}
	}
	return samen_element_html( $slug, $given );
}

/**
 * The block's render_callback.
 *
 * @param string $slug             the widget.
 * @param array  $block_attributes the saved attributes (camelCase keys).
 * @return string
 */
function samen_render_block( $slug, $block_attributes ) {
	$widgets = samen_widgets();
	$given   = array();
	foreach ( array_keys( $widgets[ $slug ]['attributes'] ) as $attribute ) {
		$key = samen_block_attribute_key( $attribute );
		if ( isset( $block_attributes[ $key ] ) ) {
			$given[ $attribute ] = $block_attributes[ $key ];
		}
	}
	$wrapper = get_block_wrapper_attributes( array( 'class' => 'samen-widget' ) );
	return '<div ' . $wrapper . '>' . samen_widget_html( $slug, $given, get_the_ID() ) . '</div>';
}

/**
 * [samen widget="quality-check" audience="staff" extended]: the classic editor's way.
 * Runs after wpautop, so nothing wraps the element in <p> or adds <br>.
 *
 * @param array|string $atts the shortcode's attributes (a bare word is a boolean).
 * @return string
 */
function samen_shortcode( $atts ) {
	$atts    = is_array( $atts ) ? $atts : array();
	$widgets = samen_widgets();
	$slug    = isset( $atts['widget'] ) ? preg_replace( '/^samen-/', '', strtolower( trim( $atts['widget'] ) ) ) : '';
	if ( ! isset( $widgets[ $slug ] ) ) {
		// Say so to those who can fix it, and show visitors nothing.
		return current_user_can( 'edit_posts' ) ? '<!-- samen: unknown widget; use widget="' . esc_attr( implode( '|', array_keys( $widgets ) ) ) . '" -->' : '';
	}
	$given = array();
	foreach ( $atts as $key => $value ) {
		if ( is_int( $key ) ) {
			$given[ strtolower( $value ) ] = true; // a bare word: [samen widget="x" extended].
		} else {
			$given[ $key ] = $value;
		}
	}
	return samen_widget_html( $slug, $given, get_the_ID() );
}
