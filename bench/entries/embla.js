// Embla's core. It needs no stylesheet of its own: the integrator writes three rules (viewport
// overflow, container flex, slide width), which the carousel page adds inline.
import EmblaCarousel from 'embla-carousel';

/** Turns a viewport element (its first child holding the slides) into a carousel. */
export const mount = (viewport, options) => EmblaCarousel(viewport, options);
