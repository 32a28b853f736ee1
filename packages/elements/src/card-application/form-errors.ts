import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { BankletField } from '../internal/field/field.js';
import type { FieldName } from './steps.js';
import type { SummaryItem } from './steps/form-view.js';

/** A problem no `<banklet-field>` reports itself (a choice, a checkbox, the SMS verification). */
export interface JourneyProblem {
  /** Id of the control in the shadow root. */
  id: string;
  field: FieldName;
  code: string;
  label: string;
  message: string;
}

/**
 * The errors of the form, in one place: messages the element shows itself (server field errors,
 * journey checks), the error summary, moving focus to the first problem, and reporting each
 * field error to analytics once per field and rule — the rule's code only, never the value.
 */
export class FormErrors implements ReactiveController {
  /** Messages by control id, for controls that are not fields, and server errors for fields. */
  messages: Readonly<Record<string, string>> = {};
  summary: readonly SummaryItem[] = [];
  private codes: Record<string, string> = {};
  private tracked = new Map<string, string>();

  constructor(
    private readonly host: ReactiveControllerHost & { renderRoot: HTMLElement | DocumentFragment },
    private readonly report: (field: FieldName, rule: string) => void,
  ) {
    host.addController(this);
  }

  hostConnected(): void {}

  set(id: string, code: string, message: string): void {
    this.messages = { ...this.messages, [id]: message };
    this.codes[id] = code;
    this.host.requestUpdate();
  }

  clear(id: string): void {
    if (!(id in this.messages)) return;
    const { [id]: _, ...rest } = this.messages;
    this.messages = rest;
    delete this.codes[id];
    this.summary = this.summary.filter((item) => item.id !== id);
    this.host.requestUpdate();
  }

  clearSummary(): void {
    this.summary = [];
    this.host.requestUpdate();
  }

  /** Shows one problem in the summary (when it is the only thing to fix). */
  showOnly(item: SummaryItem): void {
    this.summary = [item];
    this.host.requestUpdate();
  }

  /** Reports a field error once per control and rule. */
  track(id: string, field: FieldName, rule: string): void {
    if (this.tracked.get(id) === rule) return;
    this.tracked.set(id, rule);
    this.report(field, rule);
  }

  /** On leaving a field: report the error it now shows (validation on blur is the field's own). */
  readonly handleFocusOut = async (event: FocusEvent): Promise<void> => {
    const field = event.composedPath().find((node): node is BankletField => (node as Element).localName === 'banklet-field');
    if (!field || !field.isConnected) return;
    await field.updateComplete;
    const code = this.codes[field.id] ?? field.validationCode;
    if (field.invalid && code) this.track(field.id, field.id as FieldName, code);
    else this.tracked.delete(field.id);
  };

  /**
   * Validates the screen: every field shows its message, the summary lists all problems in page
   * order with links, each is reported, and focus moves to the first. True when there are none.
   */
  validate(problems: JourneyProblem[]): boolean {
    const root = this.host.renderRoot;
    const found: (SummaryItem & { code: string; element: Element })[] = [];
    for (const problem of problems) {
      this.set(problem.id, problem.code, problem.message);
      const element = root.querySelector(`#${CSS.escape(problem.id)}`) ?? root.querySelector('#send-code');
      if (element) found.push({ ...problem, element });
    }
    for (const field of root.querySelectorAll<BankletField>('banklet-field')) {
      if (field.checkValidity()) continue;
      // Shows the message (reportValidity marks the field touched); focus is settled below.
      field.reportValidity();
      const code = this.codes[field.id] ?? field.validationCode ?? 'INVALID';
      found.push({ id: field.id, field: field.id as FieldName, label: field.label, message: field.validationMessage, code, element: field });
    }
    if (found.length === 0) {
      this.clearSummary();
      return true;
    }
    found.sort((a, b) => (a.element.compareDocumentPosition(b.element) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1));
    for (const problem of found) this.track(problem.id, problem.field, problem.code);
    this.summary = found.map(({ id, field, label, message }) => ({ id, field, label, message }));
    this.host.requestUpdate();
    this.focus(found[0]!.id);
    return false;
  }

  /** Focuses a control by id: a group's checked (or first) option; the send button for the SMS code. */
  focus(id: string): void {
    const root = this.host.renderRoot;
    const target = root.querySelector<HTMLElement>(`#${CSS.escape(id)}`) ?? (id === 'otp' ? root.querySelector<HTMLElement>('#send-code') : null);
    if (!target) return;
    const control = target instanceof HTMLFieldSetElement ? target.querySelector<HTMLElement>('input:checked') ?? target.querySelector<HTMLElement>('input') : target;
    control?.focus();
    control?.scrollIntoView?.({ block: 'center' });
  }
}
