/**
 * The journey's shape, as data: which steps come in which order, which questions each step asks,
 * and where a field the server complains about lives. Pure, so the order, the senior-mode split
 * and the error mapping are tested without a DOM.
 */

/** The steps the applicant fills in, in order. */
export const FORM_STEPS = ['product', 'identity', 'employment', 'address', 'consent', 'review'] as const;
/** Every step of the journey, as reported by `banklet-step-change`. */
export const ALL_STEPS = [...FORM_STEPS, 'decision', 'activation'] as const;

export type FormStep = (typeof FORM_STEPS)[number];
export type StepName = (typeof ALL_STEPS)[number];

/** Every answer the form collects; also the id of its control in the shadow root. */
export type FieldName =
  | 'productId'
  | 'name'
  | 'idNumber'
  | 'mobile'
  | 'otp'
  | 'email'
  | 'employer'
  | 'occupation'
  | 'incomeBand'
  | 'province'
  | 'city'
  | 'district'
  | 'line1'
  | 'postalCode'
  | 'consents';

/**
 * The questions of each step, one inner list per question. Normally a step shows all of them at
 * once; in senior mode each question gets a screen of its own (one decision per screen). The
 * mobile number and its SMS code stay together: the code only makes sense next to the number.
 * Consent is split per document at run time, because the documents come from the API.
 */
const QUESTIONS: Record<Exclude<FormStep, 'consent'>, FieldName[][]> = {
  product: [['productId']],
  identity: [['name'], ['idNumber'], ['mobile', 'otp'], ['email']],
  employment: [['employer'], ['occupation'], ['incomeBand']],
  address: [['province', 'city', 'district'], ['line1', 'postalCode']],
  review: [[]],
};

export const isFormStep = (value: unknown): value is FormStep => typeof value === 'string' && (FORM_STEPS as readonly string[]).includes(value);

/** 1-based position of a step in the whole journey. */
export const stepIndex = (step: StepName): number => ALL_STEPS.indexOf(step) + 1;

export const nextStep = (step: FormStep): FormStep | undefined => FORM_STEPS[FORM_STEPS.indexOf(step) + 1];
export const previousStep = (step: FormStep): FormStep | undefined => FORM_STEPS[FORM_STEPS.indexOf(step) - 1];

/** How many screens a step has: 1, or one per question in senior mode. */
export function screenCount(step: FormStep, senior: boolean, consentDocuments = 1): number {
  if (!senior) return 1;
  if (step === 'consent') return Math.max(1, consentDocuments);
  return QUESTIONS[step].length;
}

/** The fields shown on a screen (all of the step's fields outside senior mode). */
export function fieldsOnScreen(step: Exclude<FormStep, 'consent'>, senior: boolean, screen: number): FieldName[] {
  const questions = QUESTIONS[step];
  if (!senior) return questions.flat();
  return questions[Math.min(Math.max(0, screen), questions.length - 1)] ?? [];
}

/** The step that asks for a field. */
export function stepOfField(field: FieldName): FormStep {
  if (field === 'consents') return 'consent';
  for (const step of FORM_STEPS) {
    if (step !== 'consent' && QUESTIONS[step].some((question) => question.includes(field))) return step;
  }
  return 'review';
}

/** The senior-mode screen of a step that asks for a field (0 when not split). */
export function screenOfField(field: FieldName): number {
  const step = stepOfField(field);
  if (step === 'consent') return 0;
  return Math.max(0, QUESTIONS[step].findIndex((question) => question.includes(field)));
}

/** Request body paths (`applicant.idNumber`) → the field that collects them. */
const SERVER_FIELDS: Record<string, FieldName> = {
  productId: 'productId',
  'applicant.name': 'name',
  'applicant.idNumber': 'idNumber',
  'applicant.mobile': 'mobile',
  'applicant.email': 'email',
  'employment.employer': 'employer',
  'employment.occupation': 'occupation',
  'employment.incomeBand': 'incomeBand',
  'address.province': 'province',
  'address.city': 'city',
  'address.district': 'district',
  'address.line1': 'line1',
  'address.postalCode': 'postalCode',
  otpVerificationId: 'otp',
  consents: 'consents',
};

/**
 * The field behind a server error's dotted path, or `undefined` for paths no field owns (a
 * header, the attribution the host configured). `consents.2.version` belongs to the consents.
 */
export function fieldOfServerPath(path: string): FieldName | undefined {
  if (SERVER_FIELDS[path]) return SERVER_FIELDS[path];
  if (path.startsWith('consents')) return 'consents';
  return undefined;
}

/** A server field error placed on the control that shows it. */
export interface ServerProblem {
  /** Control id: the field name, or `consent-<documentId>` for one document. */
  id: string;
  field: FieldName;
  code: string;
  params?: Record<string, string | number>;
}

/**
 * The server's field errors that a control can show, with the control's id; errors no field owns
 * (a header, the host's attribution) are left out for the caller to report as a whole.
 */
export function serverProblems(fields: readonly { field: string; code: string; params?: Record<string, string | number> }[]): ServerProblem[] {
  const problems: ServerProblem[] = [];
  for (const { field: path, code, params } of fields) {
    const field = fieldOfServerPath(path);
    if (!field) continue;
    const documentId = params?.documentId;
    const id = field === 'consents' && typeof documentId === 'string' ? `consent-${documentId}` : field;
    problems.push({ id, field, code, ...(params ? { params } : {}) });
  }
  return problems;
}

/** The step of the earliest field among `problems`. */
export const firstStepOf = (problems: readonly { field: FieldName }[]): FormStep | undefined =>
  problems.map((p) => stepOfField(p.field)).sort((a, b) => FORM_STEPS.indexOf(a) - FORM_STEPS.indexOf(b))[0];

/** Form order of fields, so that errors are listed and focused top to bottom. */
export const FIELD_ORDER: readonly FieldName[] = [...QUESTIONS.product, ...QUESTIONS.identity, ...QUESTIONS.employment, ...QUESTIONS.address]
  .flat()
  .concat('consents');

/** Sorts fields into the order the form asks for them. */
export const inFormOrder = (fields: Iterable<FieldName>): FieldName[] =>
  [...new Set(fields)].sort((a, b) => FIELD_ORDER.indexOf(a) - FIELD_ORDER.indexOf(b));
