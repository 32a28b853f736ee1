// Swiper's web-component build with every module (`swiper/element/bundle`): one register() call
// defines <swiper-container> and <swiper-slide>, whose styles are injected into their shadow roots.
import { register } from 'swiper/element/bundle';

register();
