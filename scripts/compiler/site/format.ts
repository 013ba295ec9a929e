/** Plain-English dates and file sizes for the page, computed without the machine's locale. */

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

const parts = (isoDate: string) => {
  const [year, month, day] = isoDate.split('-').map(Number);
  return { year: year ?? 0, month: MONTHS[(month ?? 1) - 1] ?? '', day: day ?? 0 };
};

/** `9 January 2020`, `10–11 January 2020`, `30 January – 2 February 2020`, across years in full. */
export const dateRange = (start: string, end: string): string => {
  const [from, to] = [parts(start), parts(end)];
  if (start === end) return `${from.day} ${from.month} ${from.year}`;
  if (from.year !== to.year) return `${from.day} ${from.month} ${from.year} – ${to.day} ${to.month} ${to.year}`;
  if (from.month !== to.month) return `${from.day} ${from.month} – ${to.day} ${to.month} ${to.year}`;
  return `${from.day}–${to.day} ${from.month} ${from.year}`;
};

/** A date at the precision known: `9 January 2020`, `March 2018`, `2018`. */
export const partialDate = (date: string): string => {
  const [year = '', month, day] = date.split('-');
  const monthName = month === undefined ? '' : `${MONTHS[Number(month) - 1] ?? ''} `;
  return `${day === undefined ? '' : `${Number(day)} `}${monthName}${year}`;
};

/** `842 bytes`, `12.3 kB`, `1.2 MB` (powers of 1000, as file managers on most systems show). */
export const fileSize = (bytes: number): string => {
  if (bytes < 1000) return `${bytes} byte${bytes === 1 ? '' : 's'}`;
  if (bytes < 1_000_000) return `${(bytes / 1000).toFixed(1)} kB`;
  return `${(bytes / 1_000_000).toFixed(1)} MB`;
};

/** Bytes of a file of the build, which holds every text as a JS string written as UTF-8. */
export const utf8Bytes = (text: string): number => Buffer.byteLength(text, 'utf8');
