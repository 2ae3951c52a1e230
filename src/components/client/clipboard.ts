/**
 * Copying text, with a deadline: a clipboard that refuses, is missing, or never
 * answers (some browsers leave the promise pending) gives `false` within
 * COPY_TIMEOUT_MS, so the caller can show the text to copy by hand.
 */
export const COPY_TIMEOUT_MS = 2000;

export async function copyText(text: string, timeoutMs = COPY_TIMEOUT_MS): Promise<boolean> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const deadline = new Promise<boolean>((resolve) => {
    timer = setTimeout(() => resolve(false), timeoutMs);
  });
  try {
    const write = navigator.clipboard?.writeText(text).then(() => true) ?? Promise.resolve(false);
    return await Promise.race([write, deadline]);
  } catch {
    return false;
  } finally {
    clearTimeout(timer);
  }
}
