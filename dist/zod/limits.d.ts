/**
 * Every bound the schemas put on a length, a count or a number, with the reason for it. The bounds
 * are set from the largest real values, not from the two meetings published here: a schema that
 * third parties validate their own records against must never refuse a legitimate one. They exist
 * so that no text, list or number is unbounded (the validators' time and memory stay in proportion
 * to the input), not to judge what a meeting may hold. The data dictionary lists them with their
 * reasons (scripts/compiler/dictionary.ts).
 */
export interface Limit {
    /** The largest length (Unicode code points), count (items) or value allowed. */
    readonly max: number;
    readonly unit: 'characters' | 'items' | 'records' | 'value';
    /** What it bounds, in the dictionary's words. */
    readonly appliesTo: string;
    readonly reason: string;
}
export declare const limits: {
    readonly quotation: {
        readonly max: 100000;
        readonly unit: 'characters';
        readonly appliesTo: 'a quotation (every verbatim field: evidence, remarks, summary sentences, priorities, labels)';
        readonly reason: 'a remark in a verbatim transcript can run to tens of thousands of characters (a long speech reported whole)';
    };
    readonly name: {
        readonly max: 1000;
        readonly unit: 'characters';
        readonly appliesTo: 'a name or title (of a meeting, person, organization, source, or a title of a person), as printed or editorial';
        readonly reason: 'official names of bodies, events and documents run to a few hundred characters in full form';
    };
    readonly note: {
        readonly max: 10000;
        readonly unit: 'characters';
        readonly appliesTo: "an editors' note: a citation of where an editorial value was seen, or the rationale for an editorial organizer";
        readonly reason: 'a citation names a specific work with its title, publisher and address, and may quote it';
    };
    readonly code: {
        readonly max: 200;
        readonly unit: 'characters';
        readonly appliesTo: 'a value of an open codelist (a meeting kind, a role, a reporting verb, …)';
        readonly reason: 'a code outside the recommended ones is a short phrase in the source’s or the editors’ words';
    };
    readonly id: {
        readonly max: 200;
        readonly unit: 'characters';
        readonly appliesTo: 'a record id (a slug)';
        readonly reason: 'a slug of a long name with a year or a place stays well under this';
    };
    readonly url: {
        readonly max: 10000;
        readonly unit: 'characters';
        readonly appliesTo: 'the web address of a source document';
        readonly reason: 'addresses of archived or search-result pages with long queries reach several thousand characters';
    };
    readonly path: {
        readonly max: 1000;
        readonly unit: 'characters';
        readonly appliesTo: 'the path of a kept copy of a source document inside the package';
        readonly reason: 'file systems allow paths of about this length';
    };
    readonly pointer: {
        readonly max: 1000;
        readonly unit: 'characters';
        readonly appliesTo: 'a JSON Pointer into a record';
        readonly reason: 'a pointer names a few properties and indexes; a record is rarely nested more than a few levels';
    };
    readonly languageTag: {
        readonly max: 255;
        readonly unit: 'characters';
        readonly appliesTo: 'a BCP 47 language tag';
        readonly reason: 'RFC 5646 §4.4.1 asks implementations to allow tags of at least this length where extensions are used';
    };
    readonly mediaType: {
        readonly max: 255;
        readonly unit: 'characters';
        readonly appliesTo: 'a media type with its parameters';
        readonly reason: 'RFC 6838 bounds a type and a subtype at 127 characters each; parameters add a little';
    };
    readonly timeZone: {
        readonly max: 64;
        readonly unit: 'characters';
        readonly appliesTo: 'an IANA time zone name';
        readonly reason: 'the longest name in the tz database is about 30 characters';
    };
    readonly wikidataId: {
        readonly max: 20;
        readonly unit: 'characters';
        readonly appliesTo: 'a Wikidata item id';
        readonly reason: 'item numbers have 9 digits today; this leaves room for growth';
    };
    readonly participants: {
        readonly max: 100000;
        readonly unit: 'items';
        readonly appliesTo: 'the participants of a meeting';
        readonly reason: 'a national congress seats thousands of delegates, and a large scientific congress lists tens of thousands of attendees';
    };
    readonly remarks: {
        readonly max: 100000;
        readonly unit: 'items';
        readonly appliesTo: 'the remarks of a meeting';
        readonly reason: 'the transcript of a congress of several days reports thousands of interventions';
    };
    readonly paragraphs: {
        readonly max: 10000;
        readonly unit: 'items';
        readonly appliesTo: 'the summary sentences, presentation topics and work-report priorities of a meeting';
        readonly reason: 'a long report of a meeting of several days runs to hundreds of sentences';
    };
    readonly references: {
        readonly max: 10000;
        readonly unit: 'items';
        readonly appliesTo: 'a list of links: organizers, guidance, people and organizations a text mentions, titles of a person';
        readonly reason: 'a long text can name many records; a person can hold many posts over a career';
    };
    readonly number: {
        readonly max: 100000;
        readonly unit: 'value';
        readonly appliesTo: 'the number of a priority or a remark';
        readonly reason: 'as many as a list may hold';
    };
    readonly line: {
        readonly max: 1000000000;
        readonly unit: 'value';
        readonly appliesTo: 'a line number in a plain-text source';
        readonly reason: 'a source file can be a whole year of transcripts or a digitized book with millions of lines';
    };
    readonly page: {
        readonly max: 1000000;
        readonly unit: 'value';
        readonly appliesTo: 'a page number in a printed source';
        readonly reason: 'collected volumes and gazettes number pages continuously across a series';
    };
    readonly records: {
        readonly max: 100000000;
        readonly unit: 'records';
        readonly appliesTo: 'the records of one dataset file (a JSON array)';
        readonly reason: 'a dataset of many years and sources; larger collections are better split into NDJSON or CSV files';
    };
};
export type LimitName = keyof typeof limits;
