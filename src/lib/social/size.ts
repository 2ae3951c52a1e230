/** The size of a social card: the 1.91:1 large image that Open Graph and X/Twitter cards expect. */
export const CARD_WIDTH = 1200;
export const CARD_HEIGHT = 630;
