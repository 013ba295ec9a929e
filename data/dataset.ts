/**
 * What the whole data set is called and who made it: the title of datapackage.json, the JSON-LD
 * Dataset node, the README's citation, CITATION.cff, the dataset page and the workbook. Edit it
 * here when the data outgrows it.
 */
export const dataset = {
  title: 'Two January 2020 meetings of China’s Ministry of Science and Technology',
  /** Who made the data set, as a citation names its authors (package.json names no person). */
  authors: [{ name: 'The china-st-meetings contributors' }],
} as const;
