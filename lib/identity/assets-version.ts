/** In the URL of the face-detection files the phone downloads: bumped with face-api / tfjs. */
export const BROWSER_ASSETS_VERSION = 'fa1.7.15-tf4.22.0';
export const browserAssetsBase = `/identity-assets/${BROWSER_ASSETS_VERSION}/`;
