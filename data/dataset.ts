/**
 * What the whole data set is called: the title of datapackage.json, the JSON-LD Dataset node, the
 * README's citation, the dataset page and the workbook. Edit it here when the data outgrows it.
 */
export const dataset = {
  title: 'Two January 2020 meetings of China’s Ministry of Science and Technology',
} as const;
