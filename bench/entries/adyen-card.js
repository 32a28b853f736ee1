// Adyen's Card component alone (no Drop-in), through adyen-web 6's tree-shakable API, with the
// stylesheet the component requires.
import { AdyenCheckout, Card } from '@adyen/adyen-web';
import '@adyen/adyen-web/styles/adyen.css';

/** What a checkout page calls with the session its server created. */
export async function mount(container, { clientKey, session, environment = 'test' }) {
  const checkout = await AdyenCheckout({ clientKey, session, environment, countryCode: 'NL', onPaymentCompleted() {}, onError() {} });
  return new Card(checkout).mount(container);
}
