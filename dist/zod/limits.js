/**
 * Every bound the schemas put on a length, a count or a number, with the reason for it. The bounds
 * are set from the largest real values, not from the two meetings published here: a schema that
 * third parties validate their own records against must never refuse a legitimate one. They exist
 * so that no text, list or number is unbounded (the validators' time and memory stay in proportion
 * to the input), not to judge what a meeting may hold. The data dictionary lists them with their
 * reasons (scripts/compiler/dictionary.ts).
 */
export const limits = {
    quotation: {
        max: 100_000,
        unit: 'characters',
        appliesTo: 'a quotation (every verbatim field: evidence, remarks, summary sentences, priorities, labels)',
        reason: 'a remark in a verbatim transcript can run to tens of thousands of characters (a long speech reported whole)',
    },
    name: {
        max: 1_000,
        unit: 'characters',
        appliesTo: 'a name or title (of a meeting, person, organization, source, or a title of a person), as printed or editorial',
        reason: 'official names of bodies, events and documents run to a few hundred characters in full form',
    },
    note: {
        max: 10_000,
        unit: 'characters',
        appliesTo: "an editors' note: a citation of where an editorial value was seen, or the rationale for an editorial organizer",
        reason: 'a citation names a specific work with its title, publisher and address, and may quote it',
    },
    code: {
        max: 200,
        unit: 'characters',
        appliesTo: 'a value of an open codelist (a meeting kind, a role, a reporting verb, …)',
        reason: 'a code outside the recommended ones is a short phrase in the source’s or the editors’ words',
    },
    id: {
        max: 200,
        unit: 'characters',
        appliesTo: 'a record id (a slug)',
        reason: 'a slug of a long name with a year or a place stays well under this',
    },
    url: {
        max: 10_000,
        unit: 'characters',
        appliesTo: 'the web address of a source document',
        reason: 'addresses of archived or search-result pages with long queries reach several thousand characters',
    },
    path: {
        max: 1_000,
        unit: 'characters',
        appliesTo: 'the path of a kept copy of a source document inside the package',
        reason: 'file systems allow paths of about this length',
    },
    pointer: {
        max: 1_000,
        unit: 'characters',
        appliesTo: 'a JSON Pointer into a record',
        reason: 'a pointer names a few properties and indexes; a record is rarely nested more than a few levels',
    },
    languageTag: {
        max: 255,
        unit: 'characters',
        appliesTo: 'a BCP 47 language tag',
        reason: 'RFC 5646 §4.4.1 asks implementations to allow tags of at least this length where extensions are used',
    },
    mediaType: {
        max: 255,
        unit: 'characters',
        appliesTo: 'a media type with its parameters',
        reason: 'RFC 6838 bounds a type and a subtype at 127 characters each; parameters add a little',
    },
    timeZone: {
        max: 64,
        unit: 'characters',
        appliesTo: 'an IANA time zone name',
        reason: 'the longest name in the tz database is about 30 characters',
    },
    wikidataId: {
        max: 20,
        unit: 'characters',
        appliesTo: 'a Wikidata item id',
        reason: 'item numbers have 9 digits today; this leaves room for growth',
    },
    participants: {
        max: 100_000,
        unit: 'items',
        appliesTo: 'the participants of a meeting',
        reason: 'a national congress seats thousands of delegates, and a large scientific congress lists tens of thousands of attendees',
    },
    remarks: {
        max: 100_000,
        unit: 'items',
        appliesTo: 'the remarks of a meeting',
        reason: 'the transcript of a congress of several days reports thousands of interventions',
    },
    paragraphs: {
        max: 10_000,
        unit: 'items',
        appliesTo: 'the summary sentences, presentation topics and work-report priorities of a meeting',
        reason: 'a long report of a meeting of several days runs to hundreds of sentences',
    },
    references: {
        max: 10_000,
        unit: 'items',
        appliesTo: 'a list of links: organizers, guidance, people and organizations a text mentions, titles of a person',
        reason: 'a long text can name many records; a person can hold many posts over a career',
    },
    number: {
        max: 100_000,
        unit: 'value',
        appliesTo: 'the number of a priority or a remark',
        reason: 'as many as a list may hold',
    },
    line: {
        max: 1_000_000_000,
        unit: 'value',
        appliesTo: 'a line number in a plain-text source',
        reason: 'a source file can be a whole year of transcripts or a digitized book with millions of lines',
    },
    page: {
        max: 1_000_000,
        unit: 'value',
        appliesTo: 'a page number in a printed source',
        reason: 'collected volumes and gazettes number pages continuously across a series',
    },
    records: {
        max: 100_000_000,
        unit: 'records',
        appliesTo: 'the records of one dataset file (a JSON array)',
        reason: 'a dataset of many years and sources; larger collections are better split into NDJSON or CSV files',
    },
};
