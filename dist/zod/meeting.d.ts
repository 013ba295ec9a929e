/** A meeting: when and where it was held, who took part, what it did and what was said. */
import * as z from 'zod';
export declare const Place: z.ZodObject<{
    city: z.ZodString;
    countryCode: z.ZodString;
    evidence: z.ZodString;
    editorial: z.ZodExactOptional<z.ZodObject<{
        wikidataId: z.ZodExactOptional<z.ZodObject<{
            value: z.ZodString;
            source: z.ZodString;
        }, z.core.$strict>>;
        timeZone: z.ZodExactOptional<z.ZodObject<{
            value: z.ZodEnum<{
                "Asia/Shanghai": "Asia/Shanghai";
            }>;
            source: z.ZodString;
        }, z.core.$strict>>;
    }, z.core.$strict>>;
}, z.core.$strict>;
export declare const Organizer: z.ZodDiscriminatedUnion<[z.ZodObject<{
    basis: z.ZodLiteral<"source">;
    organizationId: z.ZodString;
    evidence: z.ZodString;
}, z.core.$strict>, z.ZodObject<{
    basis: z.ZodLiteral<"editorial">;
    organizationId: z.ZodString;
    source: z.ZodString;
}, z.core.$strict>], "basis">;
export declare const ParticipantRole: z.ZodEnum<{
    speaker: "speaker";
    host: "host";
    attendee: "attendee";
    presenter: "presenter";
}>;
export declare const Participant: z.ZodDiscriminatedUnion<[z.ZodObject<{
    kind: z.ZodLiteral<"person">;
    role: z.ZodEnum<{
        speaker: "speaker";
        host: "host";
        attendee: "attendee";
        presenter: "presenter";
    }>;
    personId: z.ZodString;
    titleAsPrinted: z.ZodExactOptional<z.ZodString>;
    evidence: z.ZodString;
}, z.core.$strict>, z.ZodObject<{
    kind: z.ZodLiteral<"group">;
    role: z.ZodEnum<{
        speaker: "speaker";
        host: "host";
        attendee: "attendee";
        presenter: "presenter";
    }>;
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
    relation: z.ZodEnum<{
        "acting-on-guiding-principles-of": "acting-on-guiding-principles-of";
        "guided-by": "guided-by";
    }>;
    kind: z.ZodEnum<{
        "party-congress": "party-congress";
        "plenary-sessions": "plenary-sessions";
        "body-of-thought": "body-of-thought";
    }>;
    text: z.ZodString;
    organizationId: z.ZodExactOptional<z.ZodString>;
}, z.core.$strict>;
export declare const Remark: z.ZodObject<{
    number: z.ZodInt;
    speakerId: z.ZodString;
    speakerBasis: z.ZodEnum<{
        source: "source";
        editorial: "editorial";
    }>;
    reportedAs: z.ZodEnum<{
        emphasized: "emphasized";
        noted: "noted";
        hoped: "hoped";
        continued: "continued";
    }>;
    reportingClause: z.ZodExactOptional<z.ZodString>;
    text: z.ZodString;
    mentionedPersonIds: z.ZodExactOptional<z.ZodArray<z.ZodString>>;
    mentionedOrganizationIds: z.ZodExactOptional<z.ZodArray<z.ZodString>>;
}, z.core.$strict>;
export declare const MeetingSourceRef: z.ZodObject<{
    sourceId: z.ZodString;
    attribution: z.ZodString;
    lineStart: z.ZodInt;
    lineEnd: z.ZodInt;
}, z.core.$strict>;
export declare const MeetingKind: z.ZodEnum<{
    conference: "conference";
    meeting: "meeting";
}>;
export declare const Meeting: z.ZodObject<{
    id: z.ZodString;
    name: z.ZodString;
    headline: z.ZodString;
    kind: z.ZodEnum<{
        conference: "conference";
        meeting: "meeting";
    }>;
    startDate: z.ZodISODate;
    endDate: z.ZodISODate;
    dateText: z.ZodString;
    place: z.ZodObject<{
        city: z.ZodString;
        countryCode: z.ZodString;
        evidence: z.ZodString;
        editorial: z.ZodExactOptional<z.ZodObject<{
            wikidataId: z.ZodExactOptional<z.ZodObject<{
                value: z.ZodString;
                source: z.ZodString;
            }, z.core.$strict>>;
            timeZone: z.ZodExactOptional<z.ZodObject<{
                value: z.ZodEnum<{
                    "Asia/Shanghai": "Asia/Shanghai";
                }>;
                source: z.ZodString;
            }, z.core.$strict>>;
        }, z.core.$strict>>;
    }, z.core.$strict>;
    organizer: z.ZodDiscriminatedUnion<[z.ZodObject<{
        basis: z.ZodLiteral<"source">;
        organizationId: z.ZodString;
        evidence: z.ZodString;
    }, z.core.$strict>, z.ZodObject<{
        basis: z.ZodLiteral<"editorial">;
        organizationId: z.ZodString;
        source: z.ZodString;
    }, z.core.$strict>], "basis">;
    participants: z.ZodArray<z.ZodDiscriminatedUnion<[z.ZodObject<{
        kind: z.ZodLiteral<"person">;
        role: z.ZodEnum<{
            speaker: "speaker";
            host: "host";
            attendee: "attendee";
            presenter: "presenter";
        }>;
        personId: z.ZodString;
        titleAsPrinted: z.ZodExactOptional<z.ZodString>;
        evidence: z.ZodString;
    }, z.core.$strict>, z.ZodObject<{
        kind: z.ZodLiteral<"group">;
        role: z.ZodEnum<{
            speaker: "speaker";
            host: "host";
            attendee: "attendee";
            presenter: "presenter";
        }>;
        label: z.ZodString;
        organizationId: z.ZodExactOptional<z.ZodString>;
        evidence: z.ZodString;
    }, z.core.$strict>], "kind">>;
    summary: z.ZodArray<z.ZodString>;
    workReport: z.ZodExactOptional<z.ZodObject<{
        deliveredById: z.ZodString;
        introduction: z.ZodString;
        priorities: z.ZodArray<z.ZodObject<{
            number: z.ZodInt;
            text: z.ZodString;
        }, z.core.$strict>>;
    }, z.core.$strict>>;
    guidance: z.ZodExactOptional<z.ZodArray<z.ZodObject<{
        relation: z.ZodEnum<{
            "acting-on-guiding-principles-of": "acting-on-guiding-principles-of";
            "guided-by": "guided-by";
        }>;
        kind: z.ZodEnum<{
            "party-congress": "party-congress";
            "plenary-sessions": "plenary-sessions";
            "body-of-thought": "body-of-thought";
        }>;
        text: z.ZodString;
        organizationId: z.ZodExactOptional<z.ZodString>;
    }, z.core.$strict>>>;
    purpose: z.ZodExactOptional<z.ZodString>;
    presentationTopics: z.ZodExactOptional<z.ZodArray<z.ZodString>>;
    remarks: z.ZodArray<z.ZodObject<{
        number: z.ZodInt;
        speakerId: z.ZodString;
        speakerBasis: z.ZodEnum<{
            source: "source";
            editorial: "editorial";
        }>;
        reportedAs: z.ZodEnum<{
            emphasized: "emphasized";
            noted: "noted";
            hoped: "hoped";
            continued: "continued";
        }>;
        reportingClause: z.ZodExactOptional<z.ZodString>;
        text: z.ZodString;
        mentionedPersonIds: z.ZodExactOptional<z.ZodArray<z.ZodString>>;
        mentionedOrganizationIds: z.ZodExactOptional<z.ZodArray<z.ZodString>>;
    }, z.core.$strict>>;
    source: z.ZodObject<{
        sourceId: z.ZodString;
        attribution: z.ZodString;
        lineStart: z.ZodInt;
        lineEnd: z.ZodInt;
    }, z.core.$strict>;
    editorial: z.ZodExactOptional<z.ZodObject<{
        nameZh: z.ZodExactOptional<z.ZodObject<{
            value: z.ZodString;
            source: z.ZodString;
        }, z.core.$strict>>;
    }, z.core.$strict>>;
}, z.core.$strict>;
export type Meeting = z.infer<typeof Meeting>;
