/** Sealed PDFs of long contracts run to tens of MB; past this an upload to /verificar is refused while it streams. */
export const MAX_VERIFY_MB = 50;
export const MAX_VERIFY_BYTES = MAX_VERIFY_MB * 1024 * 1024;
