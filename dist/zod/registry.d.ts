/**
 * The one registry of datasets: for each, its name, the record schema and its file name, the id
 * schema of its records, its data file, and how the main entry names it. The build, the JSON
 * Schemas, the tables, the rules, the ESM entry and the validator all derive from this list.
 */
import type * as z from 'zod';
export interface DatasetEntry {
    /** The dataset's name: `json/NAME.json`, `schema/NAME.schema.json`, and the JavaScript export. */
    readonly dataset: string;
    /** The record schema's file name: `schema/KIND.schema.json` (never a dataset's name, which names a file too). */
    readonly recordKind: string;
    readonly recordSchema: z.ZodType;
    readonly datasetSchema: z.ZodType;
    /** The `$defs` name of its records' id schema: a field typed with it refers to this dataset. */
    readonly idDef: string;
    /** The TypeScript type of a record. */
    readonly typeName: string;
    /** A record in words ("person", "source document"). */
    readonly label: string;
    /** The data file the records are written in (relative to the package root). */
    readonly dataFile: string;
    /** The field that orders the published records before their id, if any. */
    readonly sortField?: string;
}
export declare const datasetRegistry: readonly [{
    readonly dataset: 'meetings';
    readonly recordKind: 'meeting';
    readonly recordSchema: z.ZodObject<{
        id: z.ZodString;
        name: z.ZodExactOptional<z.ZodString>;
        headline: z.ZodExactOptional<z.ZodString>;
        kind: z.ZodString;
        startDate: z.ZodExactOptional<z.ZodString>;
        endDate: z.ZodExactOptional<z.ZodString>;
        dateText: z.ZodExactOptional<z.ZodString>;
        attendanceMode: z.ZodExactOptional<z.ZodEnum<{
            "in-person": "in-person";
            mixed: "mixed";
            online: "online";
        }> & {
            codelistName: string;
            literal: <C extends "in-person" | "mixed" | "online">(code: C, meta: {
                description: string;
            }) => z.ZodLiteral<C>;
        }>;
        place: z.ZodExactOptional<z.ZodObject<{
            name: z.ZodExactOptional<z.ZodString>;
            city: z.ZodExactOptional<z.ZodString>;
            countryCode: z.ZodExactOptional<z.ZodString>;
            countryCodeBasis: z.ZodExactOptional<z.ZodEnum<{
                editorial: "editorial";
                source: "source";
            }> & {
                codelistName: string;
                literal: <C extends "editorial" | "source">(code: C, meta: {
                    description: string;
                }) => z.ZodLiteral<C>;
            }>;
            evidence: z.ZodString;
            editorial: z.ZodExactOptional<z.ZodObject<{
                wikidataId: z.ZodExactOptional<z.ZodObject<{
                    value: z.ZodString;
                    citation: z.ZodString;
                }, z.core.$strict>>;
                timeZone: z.ZodExactOptional<z.ZodObject<{
                    value: z.ZodString;
                    citation: z.ZodString;
                }, z.core.$strict>>;
            }, z.core.$strict>>;
        }, z.core.$strict>>;
        organizers: z.ZodExactOptional<z.ZodArray<z.ZodDiscriminatedUnion<[z.ZodObject<{
            organizationId: z.ZodExactOptional<z.ZodString>;
            personId: z.ZodExactOptional<z.ZodString>;
            basis: z.ZodLiteral<"source">;
            evidence: z.ZodString;
        }, z.core.$strict>, z.ZodObject<{
            organizationId: z.ZodExactOptional<z.ZodString>;
            personId: z.ZodExactOptional<z.ZodString>;
            basis: z.ZodLiteral<"editorial">;
            rationale: z.ZodString;
        }, z.core.$strict>], "basis">>>;
        participants: z.ZodExactOptional<z.ZodArray<z.ZodDiscriminatedUnion<[z.ZodObject<{
            kind: z.ZodLiteral<"person">;
            role: z.ZodString;
            personId: z.ZodString;
            titleAsPrinted: z.ZodExactOptional<z.ZodString>;
            evidence: z.ZodString;
        }, z.core.$strict>, z.ZodObject<{
            kind: z.ZodLiteral<"group">;
            role: z.ZodString;
            label: z.ZodString;
            organizationId: z.ZodExactOptional<z.ZodString>;
            evidence: z.ZodString;
        }, z.core.$strict>], "kind">>>;
        series: z.ZodExactOptional<z.ZodObject<{
            seriesId: z.ZodString;
            ordinal: z.ZodExactOptional<z.ZodString>;
            evidence: z.ZodString;
        }, z.core.$strict>>;
        summary: z.ZodExactOptional<z.ZodArray<z.ZodString>>;
        workReport: z.ZodExactOptional<z.ZodObject<{
            deliveredById: z.ZodString;
            introduction: z.ZodString;
            priorities: z.ZodArray<z.ZodObject<{
                number: z.ZodInt;
                text: z.ZodString;
            }, z.core.$strict>>;
        }, z.core.$strict>>;
        guidance: z.ZodExactOptional<z.ZodArray<z.ZodObject<{
            relation: z.ZodString;
            kind: z.ZodString;
            text: z.ZodString;
            organizationId: z.ZodExactOptional<z.ZodString>;
            organizationBasis: z.ZodExactOptional<z.ZodEnum<{
                editorial: "editorial";
                source: "source";
            }> & {
                codelistName: string;
                literal: <C extends "editorial" | "source">(code: C, meta: {
                    description: string;
                }) => z.ZodLiteral<C>;
            }>;
            meetingIds: z.ZodExactOptional<z.ZodArray<z.ZodString>>;
            documentIds: z.ZodExactOptional<z.ZodArray<z.ZodString>>;
        }, z.core.$strict>>>;
        purpose: z.ZodExactOptional<z.ZodString>;
        presentationTopics: z.ZodExactOptional<z.ZodArray<z.ZodString>>;
        remarks: z.ZodExactOptional<z.ZodArray<z.ZodObject<{
            number: z.ZodInt;
            speakerId: z.ZodExactOptional<z.ZodString>;
            speakerLabel: z.ZodExactOptional<z.ZodString>;
            speakerBasis: z.ZodEnum<{
                editorial: "editorial";
                source: "source";
            }> & {
                codelistName: string;
                literal: <C extends "editorial" | "source">(code: C, meta: {
                    description: string;
                }) => z.ZodLiteral<C>;
            };
            reportedAs: z.ZodString;
            reportingClause: z.ZodExactOptional<z.ZodString>;
            text: z.ZodString;
            addressees: z.ZodExactOptional<z.ZodArray<z.ZodDiscriminatedUnion<[z.ZodObject<{
                kind: z.ZodLiteral<"person">;
                personId: z.ZodString;
                evidence: z.ZodString;
            }, z.core.$strict>, z.ZodObject<{
                kind: z.ZodLiteral<"organization">;
                organizationId: z.ZodString;
                evidence: z.ZodString;
            }, z.core.$strict>, z.ZodObject<{
                kind: z.ZodLiteral<"group">;
                label: z.ZodString;
                organizationId: z.ZodExactOptional<z.ZodString>;
                evidence: z.ZodString;
            }, z.core.$strict>], "kind">>>;
            mentionedPersonIds: z.ZodExactOptional<z.ZodArray<z.ZodString>>;
            mentionedOrganizationIds: z.ZodExactOptional<z.ZodArray<z.ZodString>>;
        }, z.core.$strict>>>;
        mentions: z.ZodExactOptional<z.ZodArray<z.ZodDiscriminatedUnion<[z.ZodObject<{
            pointer: z.ZodString;
            asPrinted: z.ZodString;
            kind: z.ZodLiteral<"person">;
            personId: z.ZodString;
        }, z.core.$strict>, z.ZodObject<{
            pointer: z.ZodString;
            asPrinted: z.ZodString;
            kind: z.ZodLiteral<"organization">;
            organizationId: z.ZodString;
        }, z.core.$strict>, z.ZodObject<{
            pointer: z.ZodString;
            asPrinted: z.ZodString;
            kind: z.ZodLiteral<"meeting">;
            mentionedMeetingId: z.ZodString;
        }, z.core.$strict>, z.ZodObject<{
            pointer: z.ZodString;
            asPrinted: z.ZodString;
            kind: z.ZodLiteral<"document">;
            documentId: z.ZodString;
        }, z.core.$strict>, z.ZodObject<{
            pointer: z.ZodString;
            asPrinted: z.ZodString;
            kind: z.ZodLiteral<"series">;
            seriesId: z.ZodString;
        }, z.core.$strict>], "kind">>>;
        source: z.ZodObject<{
            sourceId: z.ZodString;
            attribution: z.ZodExactOptional<z.ZodString>;
            role: z.ZodExactOptional<z.ZodString>;
            locator: z.ZodExactOptional<z.ZodDiscriminatedUnion<[z.ZodObject<{
                kind: z.ZodLiteral<"lines">;
                lineStart: z.ZodInt;
                lineEnd: z.ZodInt;
            }, z.core.$strict>, z.ZodObject<{
                kind: z.ZodLiteral<"pages">;
                pageStart: z.ZodInt;
                pageEnd: z.ZodInt;
            }, z.core.$strict>], "kind">>;
        }, z.core.$strict>;
        relatedSources: z.ZodExactOptional<z.ZodArray<z.ZodObject<{
            sourceId: z.ZodString;
            role: z.ZodString;
            locator: z.ZodExactOptional<z.ZodDiscriminatedUnion<[z.ZodObject<{
                kind: z.ZodLiteral<"lines">;
                lineStart: z.ZodInt;
                lineEnd: z.ZodInt;
            }, z.core.$strict>, z.ZodObject<{
                kind: z.ZodLiteral<"pages">;
                pageStart: z.ZodInt;
                pageEnd: z.ZodInt;
            }, z.core.$strict>], "kind">>;
        }, z.core.$strict>>>;
        otherNames: z.ZodExactOptional<z.ZodArray<z.ZodDiscriminatedUnion<[z.ZodObject<{
            basis: z.ZodLiteral<"source">;
            name: z.ZodString;
            language: z.ZodString;
            evidence: z.ZodString;
        }, z.core.$strict>, z.ZodObject<{
            basis: z.ZodLiteral<"editorial">;
            name: z.ZodString;
            language: z.ZodString;
            citation: z.ZodString;
        }, z.core.$strict>], "basis">>>;
        quotationLocators: z.ZodExactOptional<z.ZodArray<z.ZodObject<{
            pointer: z.ZodExactOptional<z.ZodString>;
            lineStart: z.ZodInt;
            lineEnd: z.ZodInt;
        }, z.core.$strict>>>;
        editorial: z.ZodExactOptional<z.ZodObject<{
            nameZh: z.ZodExactOptional<z.ZodObject<{
                value: z.ZodString;
                citation: z.ZodString;
            }, z.core.$strict>>;
        }, z.core.$strict>>;
    }, z.core.$strict>;
    readonly datasetSchema: z.ZodArray<z.ZodObject<{
        id: z.ZodString;
        name: z.ZodExactOptional<z.ZodString>;
        headline: z.ZodExactOptional<z.ZodString>;
        kind: z.ZodString;
        startDate: z.ZodExactOptional<z.ZodString>;
        endDate: z.ZodExactOptional<z.ZodString>;
        dateText: z.ZodExactOptional<z.ZodString>;
        attendanceMode: z.ZodExactOptional<z.ZodEnum<{
            "in-person": "in-person";
            mixed: "mixed";
            online: "online";
        }> & {
            codelistName: string;
            literal: <C extends "in-person" | "mixed" | "online">(code: C, meta: {
                description: string;
            }) => z.ZodLiteral<C>;
        }>;
        place: z.ZodExactOptional<z.ZodObject<{
            name: z.ZodExactOptional<z.ZodString>;
            city: z.ZodExactOptional<z.ZodString>;
            countryCode: z.ZodExactOptional<z.ZodString>;
            countryCodeBasis: z.ZodExactOptional<z.ZodEnum<{
                editorial: "editorial";
                source: "source";
            }> & {
                codelistName: string;
                literal: <C extends "editorial" | "source">(code: C, meta: {
                    description: string;
                }) => z.ZodLiteral<C>;
            }>;
            evidence: z.ZodString;
            editorial: z.ZodExactOptional<z.ZodObject<{
                wikidataId: z.ZodExactOptional<z.ZodObject<{
                    value: z.ZodString;
                    citation: z.ZodString;
                }, z.core.$strict>>;
                timeZone: z.ZodExactOptional<z.ZodObject<{
                    value: z.ZodString;
                    citation: z.ZodString;
                }, z.core.$strict>>;
            }, z.core.$strict>>;
        }, z.core.$strict>>;
        organizers: z.ZodExactOptional<z.ZodArray<z.ZodDiscriminatedUnion<[z.ZodObject<{
            organizationId: z.ZodExactOptional<z.ZodString>;
            personId: z.ZodExactOptional<z.ZodString>;
            basis: z.ZodLiteral<"source">;
            evidence: z.ZodString;
        }, z.core.$strict>, z.ZodObject<{
            organizationId: z.ZodExactOptional<z.ZodString>;
            personId: z.ZodExactOptional<z.ZodString>;
            basis: z.ZodLiteral<"editorial">;
            rationale: z.ZodString;
        }, z.core.$strict>], "basis">>>;
        participants: z.ZodExactOptional<z.ZodArray<z.ZodDiscriminatedUnion<[z.ZodObject<{
            kind: z.ZodLiteral<"person">;
            role: z.ZodString;
            personId: z.ZodString;
            titleAsPrinted: z.ZodExactOptional<z.ZodString>;
            evidence: z.ZodString;
        }, z.core.$strict>, z.ZodObject<{
            kind: z.ZodLiteral<"group">;
            role: z.ZodString;
            label: z.ZodString;
            organizationId: z.ZodExactOptional<z.ZodString>;
            evidence: z.ZodString;
        }, z.core.$strict>], "kind">>>;
        series: z.ZodExactOptional<z.ZodObject<{
            seriesId: z.ZodString;
            ordinal: z.ZodExactOptional<z.ZodString>;
            evidence: z.ZodString;
        }, z.core.$strict>>;
        summary: z.ZodExactOptional<z.ZodArray<z.ZodString>>;
        workReport: z.ZodExactOptional<z.ZodObject<{
            deliveredById: z.ZodString;
            introduction: z.ZodString;
            priorities: z.ZodArray<z.ZodObject<{
                number: z.ZodInt;
                text: z.ZodString;
            }, z.core.$strict>>;
        }, z.core.$strict>>;
        guidance: z.ZodExactOptional<z.ZodArray<z.ZodObject<{
            relation: z.ZodString;
            kind: z.ZodString;
            text: z.ZodString;
            organizationId: z.ZodExactOptional<z.ZodString>;
            organizationBasis: z.ZodExactOptional<z.ZodEnum<{
                editorial: "editorial";
                source: "source";
            }> & {
                codelistName: string;
                literal: <C extends "editorial" | "source">(code: C, meta: {
                    description: string;
                }) => z.ZodLiteral<C>;
            }>;
            meetingIds: z.ZodExactOptional<z.ZodArray<z.ZodString>>;
            documentIds: z.ZodExactOptional<z.ZodArray<z.ZodString>>;
        }, z.core.$strict>>>;
        purpose: z.ZodExactOptional<z.ZodString>;
        presentationTopics: z.ZodExactOptional<z.ZodArray<z.ZodString>>;
        remarks: z.ZodExactOptional<z.ZodArray<z.ZodObject<{
            number: z.ZodInt;
            speakerId: z.ZodExactOptional<z.ZodString>;
            speakerLabel: z.ZodExactOptional<z.ZodString>;
            speakerBasis: z.ZodEnum<{
                editorial: "editorial";
                source: "source";
            }> & {
                codelistName: string;
                literal: <C extends "editorial" | "source">(code: C, meta: {
                    description: string;
                }) => z.ZodLiteral<C>;
            };
            reportedAs: z.ZodString;
            reportingClause: z.ZodExactOptional<z.ZodString>;
            text: z.ZodString;
            addressees: z.ZodExactOptional<z.ZodArray<z.ZodDiscriminatedUnion<[z.ZodObject<{
                kind: z.ZodLiteral<"person">;
                personId: z.ZodString;
                evidence: z.ZodString;
            }, z.core.$strict>, z.ZodObject<{
                kind: z.ZodLiteral<"organization">;
                organizationId: z.ZodString;
                evidence: z.ZodString;
            }, z.core.$strict>, z.ZodObject<{
                kind: z.ZodLiteral<"group">;
                label: z.ZodString;
                organizationId: z.ZodExactOptional<z.ZodString>;
                evidence: z.ZodString;
            }, z.core.$strict>], "kind">>>;
            mentionedPersonIds: z.ZodExactOptional<z.ZodArray<z.ZodString>>;
            mentionedOrganizationIds: z.ZodExactOptional<z.ZodArray<z.ZodString>>;
        }, z.core.$strict>>>;
        mentions: z.ZodExactOptional<z.ZodArray<z.ZodDiscriminatedUnion<[z.ZodObject<{
            pointer: z.ZodString;
            asPrinted: z.ZodString;
            kind: z.ZodLiteral<"person">;
            personId: z.ZodString;
        }, z.core.$strict>, z.ZodObject<{
            pointer: z.ZodString;
            asPrinted: z.ZodString;
            kind: z.ZodLiteral<"organization">;
            organizationId: z.ZodString;
        }, z.core.$strict>, z.ZodObject<{
            pointer: z.ZodString;
            asPrinted: z.ZodString;
            kind: z.ZodLiteral<"meeting">;
            mentionedMeetingId: z.ZodString;
        }, z.core.$strict>, z.ZodObject<{
            pointer: z.ZodString;
            asPrinted: z.ZodString;
            kind: z.ZodLiteral<"document">;
            documentId: z.ZodString;
        }, z.core.$strict>, z.ZodObject<{
            pointer: z.ZodString;
            asPrinted: z.ZodString;
            kind: z.ZodLiteral<"series">;
            seriesId: z.ZodString;
        }, z.core.$strict>], "kind">>>;
        source: z.ZodObject<{
            sourceId: z.ZodString;
            attribution: z.ZodExactOptional<z.ZodString>;
            role: z.ZodExactOptional<z.ZodString>;
            locator: z.ZodExactOptional<z.ZodDiscriminatedUnion<[z.ZodObject<{
                kind: z.ZodLiteral<"lines">;
                lineStart: z.ZodInt;
                lineEnd: z.ZodInt;
            }, z.core.$strict>, z.ZodObject<{
                kind: z.ZodLiteral<"pages">;
                pageStart: z.ZodInt;
                pageEnd: z.ZodInt;
            }, z.core.$strict>], "kind">>;
        }, z.core.$strict>;
        relatedSources: z.ZodExactOptional<z.ZodArray<z.ZodObject<{
            sourceId: z.ZodString;
            role: z.ZodString;
            locator: z.ZodExactOptional<z.ZodDiscriminatedUnion<[z.ZodObject<{
                kind: z.ZodLiteral<"lines">;
                lineStart: z.ZodInt;
                lineEnd: z.ZodInt;
            }, z.core.$strict>, z.ZodObject<{
                kind: z.ZodLiteral<"pages">;
                pageStart: z.ZodInt;
                pageEnd: z.ZodInt;
            }, z.core.$strict>], "kind">>;
        }, z.core.$strict>>>;
        otherNames: z.ZodExactOptional<z.ZodArray<z.ZodDiscriminatedUnion<[z.ZodObject<{
            basis: z.ZodLiteral<"source">;
            name: z.ZodString;
            language: z.ZodString;
            evidence: z.ZodString;
        }, z.core.$strict>, z.ZodObject<{
            basis: z.ZodLiteral<"editorial">;
            name: z.ZodString;
            language: z.ZodString;
            citation: z.ZodString;
        }, z.core.$strict>], "basis">>>;
        quotationLocators: z.ZodExactOptional<z.ZodArray<z.ZodObject<{
            pointer: z.ZodExactOptional<z.ZodString>;
            lineStart: z.ZodInt;
            lineEnd: z.ZodInt;
        }, z.core.$strict>>>;
        editorial: z.ZodExactOptional<z.ZodObject<{
            nameZh: z.ZodExactOptional<z.ZodObject<{
                value: z.ZodString;
                citation: z.ZodString;
            }, z.core.$strict>>;
        }, z.core.$strict>>;
    }, z.core.$strict>>;
    readonly idDef: 'MeetingId';
    readonly typeName: 'Meeting';
    readonly label: 'meeting';
    readonly dataFile: 'data/meetings.ts';
    readonly sortField: 'startDate';
}, {
    readonly dataset: 'people';
    readonly recordKind: 'person';
    readonly recordSchema: z.ZodObject<{
        id: z.ZodString;
        name: z.ZodString;
        titles: z.ZodArray<z.ZodObject<{
            title: z.ZodString;
            organizationId: z.ZodExactOptional<z.ZodString>;
            sphere: z.ZodExactOptional<z.ZodString>;
            evidence: z.ZodString;
            observedOn: z.ZodExactOptional<z.ZodString>;
            editorial: z.ZodExactOptional<z.ZodObject<{
                heldFrom: z.ZodExactOptional<z.ZodObject<{
                    value: z.ZodString;
                    citation: z.ZodString;
                }, z.core.$strict>>;
                heldUntil: z.ZodExactOptional<z.ZodObject<{
                    value: z.ZodString;
                    citation: z.ZodString;
                }, z.core.$strict>>;
            }, z.core.$strict>>;
        }, z.core.$strict>>;
        otherNames: z.ZodExactOptional<z.ZodArray<z.ZodDiscriminatedUnion<[z.ZodObject<{
            basis: z.ZodLiteral<"source">;
            name: z.ZodString;
            language: z.ZodString;
            evidence: z.ZodString;
        }, z.core.$strict>, z.ZodObject<{
            basis: z.ZodLiteral<"editorial">;
            name: z.ZodString;
            language: z.ZodString;
            citation: z.ZodString;
        }, z.core.$strict>], "basis">>>;
        quotationLocators: z.ZodExactOptional<z.ZodArray<z.ZodObject<{
            pointer: z.ZodExactOptional<z.ZodString>;
            lineStart: z.ZodInt;
            lineEnd: z.ZodInt;
        }, z.core.$strict>>>;
        editorial: z.ZodExactOptional<z.ZodObject<{
            nameZh: z.ZodExactOptional<z.ZodObject<{
                value: z.ZodString;
                citation: z.ZodString;
            }, z.core.$strict>>;
            wikidataId: z.ZodExactOptional<z.ZodObject<{
                value: z.ZodString;
                citation: z.ZodString;
            }, z.core.$strict>>;
        }, z.core.$strict>>;
    }, z.core.$strict>;
    readonly datasetSchema: z.ZodArray<z.ZodObject<{
        id: z.ZodString;
        name: z.ZodString;
        titles: z.ZodArray<z.ZodObject<{
            title: z.ZodString;
            organizationId: z.ZodExactOptional<z.ZodString>;
            sphere: z.ZodExactOptional<z.ZodString>;
            evidence: z.ZodString;
            observedOn: z.ZodExactOptional<z.ZodString>;
            editorial: z.ZodExactOptional<z.ZodObject<{
                heldFrom: z.ZodExactOptional<z.ZodObject<{
                    value: z.ZodString;
                    citation: z.ZodString;
                }, z.core.$strict>>;
                heldUntil: z.ZodExactOptional<z.ZodObject<{
                    value: z.ZodString;
                    citation: z.ZodString;
                }, z.core.$strict>>;
            }, z.core.$strict>>;
        }, z.core.$strict>>;
        otherNames: z.ZodExactOptional<z.ZodArray<z.ZodDiscriminatedUnion<[z.ZodObject<{
            basis: z.ZodLiteral<"source">;
            name: z.ZodString;
            language: z.ZodString;
            evidence: z.ZodString;
        }, z.core.$strict>, z.ZodObject<{
            basis: z.ZodLiteral<"editorial">;
            name: z.ZodString;
            language: z.ZodString;
            citation: z.ZodString;
        }, z.core.$strict>], "basis">>>;
        quotationLocators: z.ZodExactOptional<z.ZodArray<z.ZodObject<{
            pointer: z.ZodExactOptional<z.ZodString>;
            lineStart: z.ZodInt;
            lineEnd: z.ZodInt;
        }, z.core.$strict>>>;
        editorial: z.ZodExactOptional<z.ZodObject<{
            nameZh: z.ZodExactOptional<z.ZodObject<{
                value: z.ZodString;
                citation: z.ZodString;
            }, z.core.$strict>>;
            wikidataId: z.ZodExactOptional<z.ZodObject<{
                value: z.ZodString;
                citation: z.ZodString;
            }, z.core.$strict>>;
        }, z.core.$strict>>;
    }, z.core.$strict>>;
    readonly idDef: 'PersonId';
    readonly typeName: 'Person';
    readonly label: 'person';
    readonly dataFile: 'data/people.ts';
}, {
    readonly dataset: 'organizations';
    readonly recordKind: 'organization';
    readonly recordSchema: z.ZodObject<{
        id: z.ZodString;
        name: z.ZodString;
        kind: z.ZodString;
        countryCode: z.ZodExactOptional<z.ZodString>;
        parentId: z.ZodExactOptional<z.ZodString>;
        evidence: z.ZodExactOptional<z.ZodString>;
        otherNames: z.ZodExactOptional<z.ZodArray<z.ZodDiscriminatedUnion<[z.ZodObject<{
            basis: z.ZodLiteral<"source">;
            name: z.ZodString;
            language: z.ZodString;
            evidence: z.ZodString;
        }, z.core.$strict>, z.ZodObject<{
            basis: z.ZodLiteral<"editorial">;
            name: z.ZodString;
            language: z.ZodString;
            citation: z.ZodString;
        }, z.core.$strict>], "basis">>>;
        quotationLocators: z.ZodExactOptional<z.ZodArray<z.ZodObject<{
            pointer: z.ZodExactOptional<z.ZodString>;
            lineStart: z.ZodInt;
            lineEnd: z.ZodInt;
        }, z.core.$strict>>>;
        editorial: z.ZodExactOptional<z.ZodObject<{
            officialName: z.ZodExactOptional<z.ZodObject<{
                value: z.ZodString;
                citation: z.ZodString;
            }, z.core.$strict>>;
            nameZh: z.ZodExactOptional<z.ZodObject<{
                value: z.ZodString;
                citation: z.ZodString;
            }, z.core.$strict>>;
            shortNameZh: z.ZodExactOptional<z.ZodObject<{
                value: z.ZodString;
                citation: z.ZodString;
            }, z.core.$strict>>;
            wikidataId: z.ZodExactOptional<z.ZodObject<{
                value: z.ZodString;
                citation: z.ZodString;
            }, z.core.$strict>>;
        }, z.core.$strict>>;
    }, z.core.$strict>;
    readonly datasetSchema: z.ZodArray<z.ZodObject<{
        id: z.ZodString;
        name: z.ZodString;
        kind: z.ZodString;
        countryCode: z.ZodExactOptional<z.ZodString>;
        parentId: z.ZodExactOptional<z.ZodString>;
        evidence: z.ZodExactOptional<z.ZodString>;
        otherNames: z.ZodExactOptional<z.ZodArray<z.ZodDiscriminatedUnion<[z.ZodObject<{
            basis: z.ZodLiteral<"source">;
            name: z.ZodString;
            language: z.ZodString;
            evidence: z.ZodString;
        }, z.core.$strict>, z.ZodObject<{
            basis: z.ZodLiteral<"editorial">;
            name: z.ZodString;
            language: z.ZodString;
            citation: z.ZodString;
        }, z.core.$strict>], "basis">>>;
        quotationLocators: z.ZodExactOptional<z.ZodArray<z.ZodObject<{
            pointer: z.ZodExactOptional<z.ZodString>;
            lineStart: z.ZodInt;
            lineEnd: z.ZodInt;
        }, z.core.$strict>>>;
        editorial: z.ZodExactOptional<z.ZodObject<{
            officialName: z.ZodExactOptional<z.ZodObject<{
                value: z.ZodString;
                citation: z.ZodString;
            }, z.core.$strict>>;
            nameZh: z.ZodExactOptional<z.ZodObject<{
                value: z.ZodString;
                citation: z.ZodString;
            }, z.core.$strict>>;
            shortNameZh: z.ZodExactOptional<z.ZodObject<{
                value: z.ZodString;
                citation: z.ZodString;
            }, z.core.$strict>>;
            wikidataId: z.ZodExactOptional<z.ZodObject<{
                value: z.ZodString;
                citation: z.ZodString;
            }, z.core.$strict>>;
        }, z.core.$strict>>;
    }, z.core.$strict>>;
    readonly idDef: 'OrganizationId';
    readonly typeName: 'Organization';
    readonly label: 'organization';
    readonly dataFile: 'data/organizations.ts';
}, {
    readonly dataset: 'sources';
    readonly recordKind: 'source-document';
    readonly recordSchema: z.ZodObject<{
        id: z.ZodString;
        title: z.ZodString;
        titleBasis: z.ZodExactOptional<z.ZodEnum<{
            editorial: "editorial";
            source: "source";
        }> & {
            codelistName: string;
            literal: <C extends "editorial" | "source">(code: C, meta: {
                description: string;
            }) => z.ZodLiteral<C>;
        }>;
        publisherId: z.ZodExactOptional<z.ZodString>;
        publisherBasis: z.ZodExactOptional<z.ZodEnum<{
            editorial: "editorial";
            source: "source";
        }> & {
            codelistName: string;
            literal: <C extends "editorial" | "source">(code: C, meta: {
                description: string;
            }) => z.ZodLiteral<C>;
        }>;
        rationale: z.ZodExactOptional<z.ZodString>;
        attribution: z.ZodExactOptional<z.ZodString>;
        language: z.ZodString;
        mediaType: z.ZodString;
        path: z.ZodExactOptional<z.ZodString>;
        url: z.ZodExactOptional<z.ZodString>;
        datePublished: z.ZodExactOptional<z.ZodString>;
        sha256: z.ZodExactOptional<z.ZodString>;
        quotationLocators: z.ZodExactOptional<z.ZodArray<z.ZodObject<{
            pointer: z.ZodExactOptional<z.ZodString>;
            lineStart: z.ZodInt;
            lineEnd: z.ZodInt;
        }, z.core.$strict>>>;
    }, z.core.$strict>;
    readonly datasetSchema: z.ZodArray<z.ZodObject<{
        id: z.ZodString;
        title: z.ZodString;
        titleBasis: z.ZodExactOptional<z.ZodEnum<{
            editorial: "editorial";
            source: "source";
        }> & {
            codelistName: string;
            literal: <C extends "editorial" | "source">(code: C, meta: {
                description: string;
            }) => z.ZodLiteral<C>;
        }>;
        publisherId: z.ZodExactOptional<z.ZodString>;
        publisherBasis: z.ZodExactOptional<z.ZodEnum<{
            editorial: "editorial";
            source: "source";
        }> & {
            codelistName: string;
            literal: <C extends "editorial" | "source">(code: C, meta: {
                description: string;
            }) => z.ZodLiteral<C>;
        }>;
        rationale: z.ZodExactOptional<z.ZodString>;
        attribution: z.ZodExactOptional<z.ZodString>;
        language: z.ZodString;
        mediaType: z.ZodString;
        path: z.ZodExactOptional<z.ZodString>;
        url: z.ZodExactOptional<z.ZodString>;
        datePublished: z.ZodExactOptional<z.ZodString>;
        sha256: z.ZodExactOptional<z.ZodString>;
        quotationLocators: z.ZodExactOptional<z.ZodArray<z.ZodObject<{
            pointer: z.ZodExactOptional<z.ZodString>;
            lineStart: z.ZodInt;
            lineEnd: z.ZodInt;
        }, z.core.$strict>>>;
    }, z.core.$strict>>;
    readonly idDef: 'SourceId';
    readonly typeName: 'SourceDocument';
    readonly label: 'source document';
    readonly dataFile: 'data/sources.ts';
}, {
    readonly dataset: 'documents';
    readonly recordKind: 'document';
    readonly recordSchema: z.ZodObject<{
        id: z.ZodString;
        name: z.ZodString;
        kind: z.ZodString;
        creators: z.ZodExactOptional<z.ZodArray<z.ZodObject<{
            personId: z.ZodExactOptional<z.ZodString>;
            organizationId: z.ZodExactOptional<z.ZodString>;
            evidence: z.ZodString;
        }, z.core.$strict>>>;
        evidence: z.ZodExactOptional<z.ZodString>;
        otherNames: z.ZodExactOptional<z.ZodArray<z.ZodDiscriminatedUnion<[z.ZodObject<{
            basis: z.ZodLiteral<"source">;
            name: z.ZodString;
            language: z.ZodString;
            evidence: z.ZodString;
        }, z.core.$strict>, z.ZodObject<{
            basis: z.ZodLiteral<"editorial">;
            name: z.ZodString;
            language: z.ZodString;
            citation: z.ZodString;
        }, z.core.$strict>], "basis">>>;
        quotationLocators: z.ZodExactOptional<z.ZodArray<z.ZodObject<{
            pointer: z.ZodExactOptional<z.ZodString>;
            lineStart: z.ZodInt;
            lineEnd: z.ZodInt;
        }, z.core.$strict>>>;
        editorial: z.ZodExactOptional<z.ZodObject<{
            wikidataId: z.ZodExactOptional<z.ZodObject<{
                value: z.ZodString;
                citation: z.ZodString;
            }, z.core.$strict>>;
        }, z.core.$strict>>;
    }, z.core.$strict>;
    readonly datasetSchema: z.ZodArray<z.ZodObject<{
        id: z.ZodString;
        name: z.ZodString;
        kind: z.ZodString;
        creators: z.ZodExactOptional<z.ZodArray<z.ZodObject<{
            personId: z.ZodExactOptional<z.ZodString>;
            organizationId: z.ZodExactOptional<z.ZodString>;
            evidence: z.ZodString;
        }, z.core.$strict>>>;
        evidence: z.ZodExactOptional<z.ZodString>;
        otherNames: z.ZodExactOptional<z.ZodArray<z.ZodDiscriminatedUnion<[z.ZodObject<{
            basis: z.ZodLiteral<"source">;
            name: z.ZodString;
            language: z.ZodString;
            evidence: z.ZodString;
        }, z.core.$strict>, z.ZodObject<{
            basis: z.ZodLiteral<"editorial">;
            name: z.ZodString;
            language: z.ZodString;
            citation: z.ZodString;
        }, z.core.$strict>], "basis">>>;
        quotationLocators: z.ZodExactOptional<z.ZodArray<z.ZodObject<{
            pointer: z.ZodExactOptional<z.ZodString>;
            lineStart: z.ZodInt;
            lineEnd: z.ZodInt;
        }, z.core.$strict>>>;
        editorial: z.ZodExactOptional<z.ZodObject<{
            wikidataId: z.ZodExactOptional<z.ZodObject<{
                value: z.ZodString;
                citation: z.ZodString;
            }, z.core.$strict>>;
        }, z.core.$strict>>;
    }, z.core.$strict>>;
    readonly idDef: 'DocumentId';
    readonly typeName: 'Document';
    readonly label: 'document';
    readonly dataFile: 'data/documents.ts';
}, {
    readonly dataset: 'series';
    readonly recordKind: 'event-series';
    readonly recordSchema: z.ZodObject<{
        id: z.ZodString;
        name: z.ZodString;
        kind: z.ZodExactOptional<z.ZodString>;
        organizationId: z.ZodExactOptional<z.ZodString>;
        organizationBasis: z.ZodExactOptional<z.ZodEnum<{
            editorial: "editorial";
            source: "source";
        }> & {
            codelistName: string;
            literal: <C extends "editorial" | "source">(code: C, meta: {
                description: string;
            }) => z.ZodLiteral<C>;
        }>;
        evidence: z.ZodString;
        otherNames: z.ZodExactOptional<z.ZodArray<z.ZodDiscriminatedUnion<[z.ZodObject<{
            basis: z.ZodLiteral<"source">;
            name: z.ZodString;
            language: z.ZodString;
            evidence: z.ZodString;
        }, z.core.$strict>, z.ZodObject<{
            basis: z.ZodLiteral<"editorial">;
            name: z.ZodString;
            language: z.ZodString;
            citation: z.ZodString;
        }, z.core.$strict>], "basis">>>;
        quotationLocators: z.ZodExactOptional<z.ZodArray<z.ZodObject<{
            pointer: z.ZodExactOptional<z.ZodString>;
            lineStart: z.ZodInt;
            lineEnd: z.ZodInt;
        }, z.core.$strict>>>;
        editorial: z.ZodExactOptional<z.ZodObject<{
            wikidataId: z.ZodExactOptional<z.ZodObject<{
                value: z.ZodString;
                citation: z.ZodString;
            }, z.core.$strict>>;
        }, z.core.$strict>>;
    }, z.core.$strict>;
    readonly datasetSchema: z.ZodArray<z.ZodObject<{
        id: z.ZodString;
        name: z.ZodString;
        kind: z.ZodExactOptional<z.ZodString>;
        organizationId: z.ZodExactOptional<z.ZodString>;
        organizationBasis: z.ZodExactOptional<z.ZodEnum<{
            editorial: "editorial";
            source: "source";
        }> & {
            codelistName: string;
            literal: <C extends "editorial" | "source">(code: C, meta: {
                description: string;
            }) => z.ZodLiteral<C>;
        }>;
        evidence: z.ZodString;
        otherNames: z.ZodExactOptional<z.ZodArray<z.ZodDiscriminatedUnion<[z.ZodObject<{
            basis: z.ZodLiteral<"source">;
            name: z.ZodString;
            language: z.ZodString;
            evidence: z.ZodString;
        }, z.core.$strict>, z.ZodObject<{
            basis: z.ZodLiteral<"editorial">;
            name: z.ZodString;
            language: z.ZodString;
            citation: z.ZodString;
        }, z.core.$strict>], "basis">>>;
        quotationLocators: z.ZodExactOptional<z.ZodArray<z.ZodObject<{
            pointer: z.ZodExactOptional<z.ZodString>;
            lineStart: z.ZodInt;
            lineEnd: z.ZodInt;
        }, z.core.$strict>>>;
        editorial: z.ZodExactOptional<z.ZodObject<{
            wikidataId: z.ZodExactOptional<z.ZodObject<{
                value: z.ZodString;
                citation: z.ZodString;
            }, z.core.$strict>>;
        }, z.core.$strict>>;
    }, z.core.$strict>>;
    readonly idDef: 'SeriesId';
    readonly typeName: 'EventSeries';
    readonly label: 'series';
    readonly dataFile: 'data/series.ts';
}];
export type DatasetName = (typeof datasetRegistry)[number]['dataset'];
/** A kind of record: the name of its record schema (`schema/KIND.schema.json`), the registry's `recordKind`. */
export type RecordKind = (typeof datasetRegistry)[number]['recordKind'];
/** @deprecated The former name of RecordKind. */
export type RecordSchemaName = RecordKind;
/** The dataset each id schema (a `$defs` name) refers to. */
export declare const idTargetDataset: Readonly<Record<string, DatasetName>>;
