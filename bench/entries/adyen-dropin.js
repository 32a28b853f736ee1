// Adyen Drop-in with the card form, through adyen-web 6's tree-shakable API: the integrator
// imports the core, Drop-in and each payment method it offers (here only Card), plus the
// stylesheet the components require.
import { AdyenCheckout, Card, Dropin } from '@adyen/adyen-web';
import '@adyen/adyen-web/styles/adyen.css';

/** What a checkout page calls with the session its server created. */
export async function mount(container, { clientKey, session, environment = 'test' }) {
  const checkout = await AdyenCheckout({ clientKey, session, environment, countryCode: 'NL', onPaymentCompleted() {}, onError() {} });
  return new Dropin(checkout, { paymentMethodComponents: [Card] }).mount(container);
}
