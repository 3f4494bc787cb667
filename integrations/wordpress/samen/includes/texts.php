<?php
/**
 * The few texts the plugin itself shows visitors (the receiver's button and messages),
 * in samen's four languages, chosen by the site's language. The widgets bring their own
 * texts and follow <html lang>, which WordPress sets from the same setting.
 *
 * @package samen
 */

defined( 'ABSPATH' ) || exit;

/**
 * One visitor-facing text in the site's language (English for any other language).
 *
 * @param string $id send | sent | failed | notice | privacy.
 * @return string plain text (escape it where it is written).
 */
function samen_text( $id ) {
	static $texts = array(
		'send'    => array(
			'en' => 'Send',
			'nl' => 'Versturen',
			'fr' => 'Envoyer',
			'de' => 'Senden',
		),
		'sent'    => array(
			'en' => 'Thank you. Your answers have been received.',
			'nl' => 'Bedankt. We hebben je antwoorden goed ontvangen.',
			'fr' => 'Merci. Nous avons bien reçu vos réponses.',
			'de' => 'Danke. Wir haben Ihre Antworten erhalten.',
		),
		'failed'  => array(
			'en' => 'Your answers could not be sent. Please try again.',
			'nl' => 'Je antwoorden konden niet verstuurd worden. Probeer het opnieuw.',
			'fr' => "Vos réponses n\u{2019}ont pas pu être envoyées. Veuillez réessayer.",
			'de' => 'Ihre Antworten konnten nicht gesendet werden. Bitte versuchen Sie es erneut.',
		),
		'notice'  => array(
			'en' => 'When you press Send, your answers go to the organisation that runs this website.',
			'nl' => 'Als je op Versturen drukt, gaan je antwoorden naar de organisatie achter deze website.',
			'fr' => "Quand vous appuyez sur Envoyer, vos réponses sont transmises à l\u{2019}organisation qui gère ce site.",
			'de' => 'Wenn Sie auf Senden drücken, gehen Ihre Antworten an die Organisation, die diese Website betreibt.',
		),
		'privacy' => array(
			'en' => 'How we handle your answers',
			'nl' => 'Hoe we met je antwoorden omgaan',
			'fr' => 'Comment nous traitons vos réponses',
			'de' => 'Wie wir mit Ihren Antworten umgehen',
		),
	);
	$language = strtolower( substr( determine_locale(), 0, 2 ) );
	if ( ! isset( $texts[ $id ] ) ) {
		return '';
	}
	return isset( $texts[ $id ][ $language ] ) ? $texts[ $id ][ $language ] : $texts[ $id ]['en'];
}
