/** The locale used for a locale asked for: itself when Intl supports it, else en-GB. */

/** Locales asked for → the one used (asking Intl is slow, and the locale is read many times a render). */
const supported = new Map<string, string>();

export function supportedLocale(wanted: string): string {
  let locale = supported.get(wanted);
  if (locale === undefined) {
    try {
      locale = Intl.DateTimeFormat.supportedLocalesOf(wanted).length ? wanted : 'en-GB';
    } catch {
      locale = 'en-GB';
    }
    if (supported.size > 100) supported.clear();
    supported.set(wanted, locale);
  }
  return locale;
}
