/**
 * samen's blocks in the block editor, written against WordPress's own globals
 * (wp.blocks, wp.element, wp.blockEditor, wp.components), so the plugin needs no build
 * step. The blocks are dynamic: save() returns null, the post keeps only the block
 * comment with its attributes, and PHP writes the element when the page is shown.
 * The widget table (titles, attributes, allowed values) comes from PHP as
 * window.samenWidgets, so the editor offers exactly what the server accepts.
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
						return { label: v, value: v };
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
			default:
				return el( c.TextControl, common );
		}
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
					el( c.Placeholder, {
						icon: 'groups',
						label: widget.title,
						instructions: widget.description + ' ' + __( 'The widget appears on the published page; its settings are in the sidebar.', 'samen' ),
					} ) );
			},
			save: function () {
				return null;
			},
		} );
	} );
} )( window.wp, window.samenWidgets );
