/** A meeting: when and where it was held, who took part, what it did and what was said. */
import * as z from 'zod';
export declare const Place: z.ZodObject<{
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
}, z.core.$strict>;
export declare const Organizer: z.ZodDiscriminatedUnion<[z.ZodObject<{
    organizationId: z.ZodExactOptional<z.ZodString>;
    personId: z.ZodExactOptional<z.ZodString>;
    basis: z.ZodLiteral<"source">;
    evidence: z.ZodString;
}, z.core.$strict>, z.ZodObject<{
    organizationId: z.ZodExactOptional<z.ZodString>;
    personId: z.ZodExactOptional<z.ZodString>;
    basis: z.ZodLiteral<"editorial">;
    rationale: z.ZodString;
}, z.core.$strict>], "basis">;
export declare const Participant: z.ZodDiscriminatedUnion<[z.ZodObject<{
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
}, z.core.$strict>], "kind">;
export declare const Priority: z.ZodObject<{
    number: z.ZodInt;
    text: z.ZodString;
}, z.core.$strict>;
export declare const WorkReport: z.ZodObject<{
    deliveredById: z.ZodString;
    introduction: z.ZodString;
    priorities: z.ZodArray<z.ZodObject<{
        number: z.ZodInt;
        text: z.ZodString;
    }, z.core.$strict>>;
}, z.core.$strict>;
export declare const Guidance: z.ZodObject<{
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
}, z.core.$strict>;
export declare const Remark: z.ZodObject<{
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
}, z.core.$strict>;
export declare const MeetingSourceRef: z.ZodObject<{
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
export declare const Meeting: z.ZodObject<{
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
export type Meeting = z.infer<typeof Meeting>;
