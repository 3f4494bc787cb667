/**
 * samen's blocks in the block editor, written against WordPress's own globals
 * (wp.blocks, wp.element, wp.blockEditor, wp.components), so the plugin needs no build
 * step. The blocks are dynamic: save() returns null, the post keeps only the block
 * comment with its attributes, and PHP writes the element when the page is shown.
 * The widget table (titles, attributes, allowed values) comes from PHP as
 * window.samenWidgets, so the editor offers exactly what the server accepts; PHP
 * translates those, and this file's own texts come from languages/samen-<locale>-<md5>.json
 * (wp_set_script_translations in includes/render.php).
 *
 * @license GPL-2.0-or-later
 */
( function ( wp, widgets ) {
	'use strict';
	if ( ! wp || ! wp.blocks || ! widgets ) {
		return;
	}
	var el = wp.element.createElement;
	var __ = wp.i18n.__;
	var sprintf = wp.i18n.sprintf;
	var InspectorControls = wp.blockEditor.InspectorControls;
	var useBlockProps = wp.blockEditor.useBlockProps;
	var c = wp.components;

	/** storage-key -> storageKey, as PHP names the block attributes. */
	function attributeKey( name ) {
		return name.replace( /-([a-z])/g, function ( m, ch ) {
			return ch.toUpperCase();
		} );
	}

	/** Whether a JSON field's text is valid for its shape (empty is valid: the default). */
	function jsonProblem( text, spec ) {
		if ( ! text ) {
			return '';
		}
		try {
			var data = JSON.parse( text );
			var ok = spec.shape === 'object' ? data !== null && typeof data === 'object' && ! Array.isArray( data ) : Array.isArray( data );
			return ok ? '' : spec.shape === 'object' ? __( 'Needs a JSON object: { … }', 'samen' ) : __( 'Needs a JSON array: [ … ]', 'samen' );
		} catch ( e ) {
			return __( 'Not valid JSON: the widget will use its default.', 'samen' );
		}
	}

	/**
	 * A list of words from known values (the explorer's kinds) as one checkbox per value,
	 * in words: the attribute stays the space-separated values, in their own order.
	 */
	function tokenChoices( key, spec, value, set ) {
		var chosen = ( value || '' ).split( /[\s,]+/ ).filter( Boolean );
		return el( 'fieldset', { key: key, className: 'components-base-control samen-editor-choices' },
			el( 'legend', { className: 'components-base-control__label' }, spec.label ),
			spec.values.map( function ( v ) {
				return el( c.CheckboxControl, {
					key: v,
					label: spec.choices[ v ] || v,
					checked: chosen.indexOf( v ) !== -1,
					onChange: function ( on ) {
						set( spec.values.filter( function ( w ) {
							return w === v ? on : chosen.indexOf( w ) !== -1;
						} ).join( ' ' ) );
					},
				} );
			} ) );
	}

	/**
	 * One word out of a few, or a date (the report's period: year, none or YYYY-MM-DD): a
	 * select in words, and a date field once "date" is chosen (today until changed).
	 */
	function periodChoice( key, spec, value, set ) {
		var isDate = /^\d{4}-\d{2}-\d{2}$/.test( value || '' );
		var options = [ { label: __( '(default)', 'samen' ), value: '' } ].concat( Object.keys( spec.choices ).map( function ( v ) {
			return { label: spec.choices[ v ], value: v };
		} ) );
		return el( 'div', { key: key },
			el( c.SelectControl, {
				label: spec.label,
				value: isDate ? 'date' : value || '',
				options: options,
				onChange: function ( v ) {
					set( v === 'date' ? new Date().toISOString().slice( 0, 10 ) : v );
				},
			} ),
			isDate ? el( c.TextControl, { label: spec.choices.date, type: 'date', value: value, onChange: set } ) : null );
	}

	/** One control in the sidebar for one attribute. */
	function control( name, spec, props ) {
		var key = attributeKey( name );
		var value = props.attributes[ key ];
		var set = function ( v ) {
			var change = {};
			change[ key ] = v;
			props.setAttributes( change );
		};
		var common = { key: key, label: spec.label || name, value: value === undefined ? '' : value, onChange: set };
		switch ( spec.type ) {
			case 'bool':
				return el( c.ToggleControl, { key: key, label: common.label, checked: !! value, onChange: set } );
			case 'enum':
				return el( c.SelectControl, Object.assign( common, {
					options: [ { label: __( '(default)', 'samen' ), value: '' } ].concat( spec.values.map( function ( v ) {
						return { label: ( spec.choices && spec.choices[ v ] ) || v, value: v };
					} ) ),
				} ) );
			case 'int':
				return el( c.RangeControl, Object.assign( common, {
					value: typeof value === 'number' ? value : undefined,
					min: spec.min,
					max: spec.max,
					allowReset: true,
					onChange: function ( v ) {
						set( typeof v === 'number' ? v : undefined );
					},
				} ) );
			case 'json':
				return el( c.TextareaControl, Object.assign( common, { help: jsonProblem( value, spec ) } ) );
			case 'tokens':
				return spec.values && spec.choices ? tokenChoices( key, spec, value, set ) : el( c.TextControl, common );
			case 'token':
				return spec.choices && spec.choices.date ? periodChoice( key, spec, value, set ) : el( c.TextControl, common );
			default:
				return el( c.TextControl, common );
		}
	}

	/**
	 * The element's attributes for the live preview: what the page will get, give or take
	 * the server's stricter checks (the element ignores, with a console warning, what it
	 * cannot use). Booleans are present or absent; invalid JSON is left out.
	 */
	function previewAttributes( widget, attributes ) {
		var out = {};
		Object.keys( widget.attributes ).forEach( function ( name ) {
			var spec = widget.attributes[ name ];
			var value = attributes[ attributeKey( name ) ];
			if ( spec.plugin || spec.type === 'name' ) {
				return; // Not shown: the receiver and form names only matter on the page.
			}
			if ( spec.type === 'bool' ) {
				if ( value ) {
					out[ name ] = '';
				}
			} else if ( spec.type === 'json' ) {
				if ( value && ! jsonProblem( value, spec ) ) {
					out[ name ] = value;
				}
			} else if ( value !== undefined && value !== null && value !== '' ) {
				out[ name ] = String( value );
			}
		} );
		return out;
	}

	Object.keys( widgets ).forEach( function ( slug ) {
		var widget = widgets[ slug ];
		var names = Object.keys( widget.attributes );
		wp.blocks.registerBlockType( 'samen/' + slug, {
			apiVersion: 2,
			title: widget.title,
			description: widget.description,
			category: 'widgets',
			icon: 'groups',
			edit: function ( props ) {
				var blockProps = useBlockProps();
				return el( 'div', blockProps,
					el( InspectorControls, null,
						el( c.PanelBody, { title: __( 'Widget settings', 'samen' ), initialOpen: true },
							names.map( function ( name ) {
								return control( name, widget.attributes[ name ], props );
							} ) ) ),
					el( 'p', { className: 'samen-editor-label' },
						/* translators: %s: the block's title, e.g. "samen: quality check" */
						sprintf( __( '%s (preview; its settings are in the sidebar)', 'samen' ), widget.title ) ),
					// A live preview, inert: the widget is used on the page, not in the editor,
					// and clicks go through to the block so it can be selected.
					el( 'div', { className: 'samen-editor-preview', inert: '' },
						el( 'samen-' + slug, previewAttributes( widget, props.attributes ) ) ) );
			},
			save: function () {
				return null;
			},
		} );
	} );
} )( window.wp, window.samenWidgets );
