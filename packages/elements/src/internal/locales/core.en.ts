import type { CoreMessages } from './core.js';

const messages: CoreMessages = {
  close: 'Close',
  loading: 'Loading',
  optional: 'optional',
  errorPrefix: 'Error: ',
  retry: 'Try again',
  pinPad: (length) => `Enter your ${length}-digit PIN`,
  pinProgress: (entered, length) => `${entered} of ${length} digits entered`,
  pinDelete: 'Delete',
  validation: {
    REQUIRED: () => 'This field is required',
    TOO_SHORT: ({ min }) => `Enter at least ${min} characters`,
    TOO_LONG: ({ max }) => `Enter at most ${max} characters`,
    PATTERN: () => 'The format is not right',
    EMAIL_FORMAT: () => 'Enter an email address like name@example.com',
    MOBILE_FORMAT: () => 'Enter an 11-digit mobile number',
    ID_FORMAT: () => 'Enter the 18-character resident ID number',
    ID_CHECK_DIGIT: () => 'This ID number is not valid. Check the last character',
    ID_BIRTH_DATE: () => 'The date of birth in this ID number is not valid',
    ID_UNDER_AGE: ({ min }) => `Applicants must be at least ${min} years old`,
    CARD_LENGTH: () => 'A card number has 16 to 19 digits',
    CARD_CHECKSUM: () => 'This card number is not valid. Check it and try again',
    NAME_FORMAT: () => 'Enter your name as it appears on your ID',
    OTP_FORMAT: ({ length }) => `Enter the ${length}-digit code`,
    INVALID: () => 'Check this entry',
  },
  errors: {
    network: 'No connection. Check your network and try again',
    timeout: 'This took too long. Try again in a moment',
    auth: 'Your session has expired. Sign in again',
    validation: 'Some answers need checking before you continue',
    declined: 'This was not approved',
    rate_limited: 'Too many attempts. Wait a moment and try again',
    server: 'The service is unavailable right now. Try again later',
    cancelled: 'Cancelled',
    unknown: 'Something went wrong. Try again later',
  },
};

export default messages;
