// The floor: Lit and one small styled element, what any Lit-based widget pays before its own code.
import { LitElement, css, html } from 'lit';

class BenchFloor extends LitElement {
  static properties = { name: {} };
  static styles = css`:host { display: block; font: 16px/1.4 system-ui; }`;

  constructor() {
    super();
    this.name = 'Banklet';
  }

  render() {
    return html`<p>Hello, ${this.name}</p>`;
  }
}
customElements.define('bench-floor', BenchFloor);
