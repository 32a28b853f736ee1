// Braintree's Drop-in UI (card form), as its npm README shows. Drop-in fetches its stylesheet from
// Braintree's CDN when it mounts; that same file ships in the package and is imported here so the
// bytes a page downloads are counted.
import dropin from 'braintree-web-drop-in';
import 'braintree-web-drop-in/dropin.css';

/** What a checkout page calls with the client token its server created. */
export function mount(container, authorization) {
  return dropin.create({ authorization, container, card: { cardholderName: { required: false } } });
}
