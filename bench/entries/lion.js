// ING's Lion: a payment form with amount and IBAN inputs, and a dialog, through the define entry
// points its docs use. No stylesheet is required (Lion ships structure, not a theme).
import '@lion/ui/define/lion-form.js';
import '@lion/ui/define/lion-input-amount.js';
import '@lion/ui/define/lion-input-iban.js';
import '@lion/ui/define/lion-dialog.js';
