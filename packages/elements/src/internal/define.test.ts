import { expect } from '@open-wc/testing';
import { spy, type SinonSpy } from 'sinon';

/**
 * Loads two complete, independent Banklet bundles (each with its own Lit and define logic) stamped
 * with different versions, as happens when a host page mixes an npm build with the CDN script.
 * The bundles are built on the fly by scripts/lib/wtr-copies-plugin.js.
 */
describe('defineElement with two Banklet copies on one page', () => {
  let warn: SinonSpy;
  let error: SinonSpy;

  beforeEach(() => {
    warn = spy(console, 'warn');
    error = spy(console, 'error');
  });
  afterEach(() => {
    warn.restore();
    error.restore();
  });

  it('keeps the first copy, never throws, and warns exactly once naming both versions', async () => {
    const first = (await import('/__banklet-copies/7.1.0-alpha.js' as string)) as { VERSION: string };
    expect(first.VERSION).to.equal('7.1.0-alpha');
    const firstButton = customElements.get('banklet-button') as unknown as { version: string };
    expect(firstButton.version).to.equal('7.1.0-alpha');

    const second = (await import('/__banklet-copies/8.0.0-beta.js' as string)) as { VERSION: string };
    expect(second.VERSION).to.equal('8.0.0-beta');

    const versionWarnings = warn.args.filter(([message]) => String(message).includes('BKL-VERSION'));
    expect(versionWarnings).to.have.length(1);
    const message = String(versionWarnings[0]![0]);
    expect(message).to.contain('7.1.0-alpha');
    expect(message).to.contain('8.0.0-beta');
    expect(error.callCount).to.equal(0);
    // The registry still holds the first copy's classes.
    expect((customElements.get('banklet-sheet') as unknown as { version: string }).version).to.equal('7.1.0-alpha');

    // A third load of an already-present version is a silent no-op.
    await import('/__banklet-copies/7.1.0-alpha.js?again' as string);
    expect(warn.args.filter(([m]) => String(m).includes('BKL-VERSION'))).to.have.length(1);

    // Elements from the surviving copy work.
    const button = document.createElement('banklet-button');
    button.textContent = 'ok';
    document.body.append(button);
    await (button as unknown as { updateComplete: Promise<unknown> }).updateComplete;
    expect(button.shadowRoot!.querySelector('button')).to.exist;
    button.remove();
  });
});
