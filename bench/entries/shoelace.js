// Shoelace's carousel and dialog, cherry-picked as its docs recommend for bundlers, with the theme
// stylesheet every Shoelace component requires. System icons (the carousel's arrows) are inline.
import '@shoelace-style/shoelace/dist/themes/light.css';
import '@shoelace-style/shoelace/dist/components/carousel/carousel.js';
import '@shoelace-style/shoelace/dist/components/carousel-item/carousel-item.js';
import '@shoelace-style/shoelace/dist/components/dialog/dialog.js';
