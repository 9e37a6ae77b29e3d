// What a webmaster may have left out of the embed, in words for the console and the debug notice.
// Loaded after the first render: residents' first screen does not wait for it.

export interface EmbedSettings {
  region: string
  officeName: string
  officeAddress: string
  officePhone: string
  bookingHref: string
}

/** The problems of an embed as configured (none for a complete one). */
export function embedProblems(s: EmbedSettings, page: Pick<Document, 'querySelector'>): string[] {
  const problems: string[] = []
  if (!s.officeName) problems.push('office-name is not set: the result cannot tell residents which office to go to.')
  if (!s.bookingHref && !page.querySelector('wr-booking') && !s.officePhone && !s.officeAddress)
    problems.push('booking-href is not set, the page has no <wr-booking>, and neither office-phone nor office-address is set: "book a consultation" can only give the 12348 hotline.')
  return problems
}

/** A region overlay that could not be applied. */
export function regionProblem(region: string, message: string): string {
  return `region="${region}" could not be applied, so the national rules are used: ${message}`
}
