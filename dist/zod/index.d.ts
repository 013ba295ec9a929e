export * from './common.ts';
export * from './datasets.ts';
export * from './meeting.ts';
export * from './organization.ts';
export * from './person.ts';
export * from './source.ts';
/** One schema per kind of record: the file name of its JSON Schema is `NAME.schema.json`. */
export declare const recordSchemas: {
    readonly meeting: import("zod").ZodObject<{
        id: import("zod").ZodString;
        name: import("zod").ZodString;
        headline: import("zod").ZodString;
        kind: import("zod").ZodEnum<{
            conference: "conference";
            meeting: "meeting";
        }>;
        startDate: import("zod").ZodISODate;
        endDate: import("zod").ZodISODate;
        dateText: import("zod").ZodString;
        place: import("zod").ZodObject<{
            city: import("zod").ZodString;
            countryCode: import("zod").ZodString;
            evidence: import("zod").ZodString;
            editorial: import("zod").ZodExactOptional<import("zod").ZodObject<{
                wikidataId: import("zod").ZodExactOptional<import("zod").ZodObject<{
                    value: import("zod").ZodString;
                    source: import("zod").ZodString;
                }, import("zod/v4/core").$strict>>;
                timeZone: import("zod").ZodExactOptional<import("zod").ZodObject<{
                    value: import("zod").ZodEnum<{
                        "Asia/Shanghai": "Asia/Shanghai";
                    }>;
                    source: import("zod").ZodString;
                }, import("zod/v4/core").$strict>>;
            }, import("zod/v4/core").$strict>>;
        }, import("zod/v4/core").$strict>;
        organizer: import("zod").ZodDiscriminatedUnion<[import("zod").ZodObject<{
            basis: import("zod").ZodLiteral<"source">;
            organizationId: import("zod").ZodString;
            evidence: import("zod").ZodString;
        }, import("zod/v4/core").$strict>, import("zod").ZodObject<{
            basis: import("zod").ZodLiteral<"editorial">;
            organizationId: import("zod").ZodString;
            source: import("zod").ZodString;
        }, import("zod/v4/core").$strict>], "basis">;
        participants: import("zod").ZodArray<import("zod").ZodDiscriminatedUnion<[import("zod").ZodObject<{
            kind: import("zod").ZodLiteral<"person">;
            role: import("zod").ZodEnum<{
                speaker: "speaker";
                host: "host";
                attendee: "attendee";
                presenter: "presenter";
            }>;
            personId: import("zod").ZodString;
            titleAsPrinted: import("zod").ZodExactOptional<import("zod").ZodString>;
            evidence: import("zod").ZodString;
        }, import("zod/v4/core").$strict>, import("zod").ZodObject<{
            kind: import("zod").ZodLiteral<"group">;
            role: import("zod").ZodEnum<{
                speaker: "speaker";
                host: "host";
                attendee: "attendee";
                presenter: "presenter";
            }>;
            label: import("zod").ZodString;
            organizationId: import("zod").ZodExactOptional<import("zod").ZodString>;
            evidence: import("zod").ZodString;
        }, import("zod/v4/core").$strict>], "kind">>;
        summary: import("zod").ZodArray<import("zod").ZodString>;
        workReport: import("zod").ZodExactOptional<import("zod").ZodObject<{
            deliveredById: import("zod").ZodString;
            introduction: import("zod").ZodString;
            priorities: import("zod").ZodArray<import("zod").ZodObject<{
                number: import("zod").ZodInt;
                text: import("zod").ZodString;
            }, import("zod/v4/core").$strict>>;
        }, import("zod/v4/core").$strict>>;
        guidance: import("zod").ZodExactOptional<import("zod").ZodArray<import("zod").ZodObject<{
            relation: import("zod").ZodEnum<{
                "acting-on-guiding-principles-of": "acting-on-guiding-principles-of";
                "guided-by": "guided-by";
            }>;
            kind: import("zod").ZodEnum<{
                "party-congress": "party-congress";
                "plenary-sessions": "plenary-sessions";
                "body-of-thought": "body-of-thought";
            }>;
            text: import("zod").ZodString;
            organizationId: import("zod").ZodExactOptional<import("zod").ZodString>;
        }, import("zod/v4/core").$strict>>>;
        purpose: import("zod").ZodExactOptional<import("zod").ZodString>;
        presentationTopics: import("zod").ZodExactOptional<import("zod").ZodArray<import("zod").ZodString>>;
        remarks: import("zod").ZodArray<import("zod").ZodObject<{
            number: import("zod").ZodInt;
            speakerId: import("zod").ZodString;
            speakerBasis: import("zod").ZodEnum<{
                source: "source";
                editorial: "editorial";
            }>;
            reportedAs: import("zod").ZodEnum<{
                emphasized: "emphasized";
                noted: "noted";
                hoped: "hoped";
                continued: "continued";
            }>;
            reportingClause: import("zod").ZodExactOptional<import("zod").ZodString>;
            text: import("zod").ZodString;
            mentionedPersonIds: import("zod").ZodExactOptional<import("zod").ZodArray<import("zod").ZodString>>;
            mentionedOrganizationIds: import("zod").ZodExactOptional<import("zod").ZodArray<import("zod").ZodString>>;
        }, import("zod/v4/core").$strict>>;
        source: import("zod").ZodObject<{
            sourceId: import("zod").ZodString;
            attribution: import("zod").ZodString;
            lineStart: import("zod").ZodInt;
            lineEnd: import("zod").ZodInt;
        }, import("zod/v4/core").$strict>;
        editorial: import("zod").ZodExactOptional<import("zod").ZodObject<{
            nameZh: import("zod").ZodExactOptional<import("zod").ZodObject<{
                value: import("zod").ZodString;
                source: import("zod").ZodString;
            }, import("zod/v4/core").$strict>>;
        }, import("zod/v4/core").$strict>>;
    }, import("zod/v4/core").$strict>;
    readonly person: import("zod").ZodObject<{
        id: import("zod").ZodString;
        name: import("zod").ZodString;
        titles: import("zod").ZodArray<import("zod").ZodObject<{
            title: import("zod").ZodString;
            organizationId: import("zod").ZodExactOptional<import("zod").ZodString>;
            evidence: import("zod").ZodString;
        }, import("zod/v4/core").$strict>>;
        editorial: import("zod").ZodExactOptional<import("zod").ZodObject<{
            nameZh: import("zod").ZodExactOptional<import("zod").ZodObject<{
                value: import("zod").ZodString;
                source: import("zod").ZodString;
            }, import("zod/v4/core").$strict>>;
            wikidataId: import("zod").ZodExactOptional<import("zod").ZodObject<{
                value: import("zod").ZodString;
                source: import("zod").ZodString;
            }, import("zod/v4/core").$strict>>;
        }, import("zod/v4/core").$strict>>;
    }, import("zod/v4/core").$strict>;
    readonly organization: import("zod").ZodObject<{
        id: import("zod").ZodString;
        name: import("zod").ZodString;
        kind: import("zod").ZodEnum<{
            "government-ministry": "government-ministry";
            "political-party": "political-party";
            "party-body": "party-body";
        }>;
        parentId: import("zod").ZodExactOptional<import("zod").ZodString>;
        evidence: import("zod").ZodString;
        editorial: import("zod").ZodExactOptional<import("zod").ZodObject<{
            officialName: import("zod").ZodExactOptional<import("zod").ZodObject<{
                value: import("zod").ZodString;
                source: import("zod").ZodString;
            }, import("zod/v4/core").$strict>>;
            nameZh: import("zod").ZodExactOptional<import("zod").ZodObject<{
                value: import("zod").ZodString;
                source: import("zod").ZodString;
            }, import("zod/v4/core").$strict>>;
            shortNameZh: import("zod").ZodExactOptional<import("zod").ZodObject<{
                value: import("zod").ZodString;
                source: import("zod").ZodString;
            }, import("zod/v4/core").$strict>>;
            wikidataId: import("zod").ZodExactOptional<import("zod").ZodObject<{
                value: import("zod").ZodString;
                source: import("zod").ZodString;
            }, import("zod/v4/core").$strict>>;
        }, import("zod/v4/core").$strict>>;
    }, import("zod/v4/core").$strict>;
    readonly 'source-document': import("zod").ZodObject<{
        id: import("zod").ZodString;
        title: import("zod").ZodString;
        publisherId: import("zod").ZodString;
        attribution: import("zod").ZodString;
        language: import("zod").ZodEnum<{
            en: "en";
        }>;
        mediaType: import("zod").ZodEnum<{
            "text/plain": "text/plain";
        }>;
        path: import("zod").ZodString;
        sha256: import("zod").ZodString;
    }, import("zod/v4/core").$strict>;
};
/** One schema per dataset file: `json/NAME.json` is valid against `schema/NAME.schema.json`. */
export declare const datasetSchemas: {
    readonly meetings: import("zod").ZodArray<import("zod").ZodObject<{
        id: import("zod").ZodString;
        name: import("zod").ZodString;
        headline: import("zod").ZodString;
        kind: import("zod").ZodEnum<{
            conference: "conference";
            meeting: "meeting";
        }>;
        startDate: import("zod").ZodISODate;
        endDate: import("zod").ZodISODate;
        dateText: import("zod").ZodString;
        place: import("zod").ZodObject<{
            city: import("zod").ZodString;
            countryCode: import("zod").ZodString;
            evidence: import("zod").ZodString;
            editorial: import("zod").ZodExactOptional<import("zod").ZodObject<{
                wikidataId: import("zod").ZodExactOptional<import("zod").ZodObject<{
                    value: import("zod").ZodString;
                    source: import("zod").ZodString;
                }, import("zod/v4/core").$strict>>;
                timeZone: import("zod").ZodExactOptional<import("zod").ZodObject<{
                    value: import("zod").ZodEnum<{
                        "Asia/Shanghai": "Asia/Shanghai";
                    }>;
                    source: import("zod").ZodString;
                }, import("zod/v4/core").$strict>>;
            }, import("zod/v4/core").$strict>>;
        }, import("zod/v4/core").$strict>;
        organizer: import("zod").ZodDiscriminatedUnion<[import("zod").ZodObject<{
            basis: import("zod").ZodLiteral<"source">;
            organizationId: import("zod").ZodString;
            evidence: import("zod").ZodString;
        }, import("zod/v4/core").$strict>, import("zod").ZodObject<{
            basis: import("zod").ZodLiteral<"editorial">;
            organizationId: import("zod").ZodString;
            source: import("zod").ZodString;
        }, import("zod/v4/core").$strict>], "basis">;
        participants: import("zod").ZodArray<import("zod").ZodDiscriminatedUnion<[import("zod").ZodObject<{
            kind: import("zod").ZodLiteral<"person">;
            role: import("zod").ZodEnum<{
                speaker: "speaker";
                host: "host";
                attendee: "attendee";
                presenter: "presenter";
            }>;
            personId: import("zod").ZodString;
            titleAsPrinted: import("zod").ZodExactOptional<import("zod").ZodString>;
            evidence: import("zod").ZodString;
        }, import("zod/v4/core").$strict>, import("zod").ZodObject<{
            kind: import("zod").ZodLiteral<"group">;
            role: import("zod").ZodEnum<{
                speaker: "speaker";
                host: "host";
                attendee: "attendee";
                presenter: "presenter";
            }>;
            label: import("zod").ZodString;
            organizationId: import("zod").ZodExactOptional<import("zod").ZodString>;
            evidence: import("zod").ZodString;
        }, import("zod/v4/core").$strict>], "kind">>;
        summary: import("zod").ZodArray<import("zod").ZodString>;
        workReport: import("zod").ZodExactOptional<import("zod").ZodObject<{
            deliveredById: import("zod").ZodString;
            introduction: import("zod").ZodString;
            priorities: import("zod").ZodArray<import("zod").ZodObject<{
                number: import("zod").ZodInt;
                text: import("zod").ZodString;
            }, import("zod/v4/core").$strict>>;
        }, import("zod/v4/core").$strict>>;
        guidance: import("zod").ZodExactOptional<import("zod").ZodArray<import("zod").ZodObject<{
            relation: import("zod").ZodEnum<{
                "acting-on-guiding-principles-of": "acting-on-guiding-principles-of";
                "guided-by": "guided-by";
            }>;
            kind: import("zod").ZodEnum<{
                "party-congress": "party-congress";
                "plenary-sessions": "plenary-sessions";
                "body-of-thought": "body-of-thought";
            }>;
            text: import("zod").ZodString;
            organizationId: import("zod").ZodExactOptional<import("zod").ZodString>;
        }, import("zod/v4/core").$strict>>>;
        purpose: import("zod").ZodExactOptional<import("zod").ZodString>;
        presentationTopics: import("zod").ZodExactOptional<import("zod").ZodArray<import("zod").ZodString>>;
        remarks: import("zod").ZodArray<import("zod").ZodObject<{
            number: import("zod").ZodInt;
            speakerId: import("zod").ZodString;
            speakerBasis: import("zod").ZodEnum<{
                source: "source";
                editorial: "editorial";
            }>;
            reportedAs: import("zod").ZodEnum<{
                emphasized: "emphasized";
                noted: "noted";
                hoped: "hoped";
                continued: "continued";
            }>;
            reportingClause: import("zod").ZodExactOptional<import("zod").ZodString>;
            text: import("zod").ZodString;
            mentionedPersonIds: import("zod").ZodExactOptional<import("zod").ZodArray<import("zod").ZodString>>;
            mentionedOrganizationIds: import("zod").ZodExactOptional<import("zod").ZodArray<import("zod").ZodString>>;
        }, import("zod/v4/core").$strict>>;
        source: import("zod").ZodObject<{
            sourceId: import("zod").ZodString;
            attribution: import("zod").ZodString;
            lineStart: import("zod").ZodInt;
            lineEnd: import("zod").ZodInt;
        }, import("zod/v4/core").$strict>;
        editorial: import("zod").ZodExactOptional<import("zod").ZodObject<{
            nameZh: import("zod").ZodExactOptional<import("zod").ZodObject<{
                value: import("zod").ZodString;
                source: import("zod").ZodString;
            }, import("zod/v4/core").$strict>>;
        }, import("zod/v4/core").$strict>>;
    }, import("zod/v4/core").$strict>>;
    readonly people: import("zod").ZodArray<import("zod").ZodObject<{
        id: import("zod").ZodString;
        name: import("zod").ZodString;
        titles: import("zod").ZodArray<import("zod").ZodObject<{
            title: import("zod").ZodString;
            organizationId: import("zod").ZodExactOptional<import("zod").ZodString>;
            evidence: import("zod").ZodString;
        }, import("zod/v4/core").$strict>>;
        editorial: import("zod").ZodExactOptional<import("zod").ZodObject<{
            nameZh: import("zod").ZodExactOptional<import("zod").ZodObject<{
                value: import("zod").ZodString;
                source: import("zod").ZodString;
            }, import("zod/v4/core").$strict>>;
            wikidataId: import("zod").ZodExactOptional<import("zod").ZodObject<{
                value: import("zod").ZodString;
                source: import("zod").ZodString;
            }, import("zod/v4/core").$strict>>;
        }, import("zod/v4/core").$strict>>;
    }, import("zod/v4/core").$strict>>;
    readonly organizations: import("zod").ZodArray<import("zod").ZodObject<{
        id: import("zod").ZodString;
        name: import("zod").ZodString;
        kind: import("zod").ZodEnum<{
            "government-ministry": "government-ministry";
            "political-party": "political-party";
            "party-body": "party-body";
        }>;
        parentId: import("zod").ZodExactOptional<import("zod").ZodString>;
        evidence: import("zod").ZodString;
        editorial: import("zod").ZodExactOptional<import("zod").ZodObject<{
            officialName: import("zod").ZodExactOptional<import("zod").ZodObject<{
                value: import("zod").ZodString;
                source: import("zod").ZodString;
            }, import("zod/v4/core").$strict>>;
            nameZh: import("zod").ZodExactOptional<import("zod").ZodObject<{
                value: import("zod").ZodString;
                source: import("zod").ZodString;
            }, import("zod/v4/core").$strict>>;
            shortNameZh: import("zod").ZodExactOptional<import("zod").ZodObject<{
                value: import("zod").ZodString;
                source: import("zod").ZodString;
            }, import("zod/v4/core").$strict>>;
            wikidataId: import("zod").ZodExactOptional<import("zod").ZodObject<{
                value: import("zod").ZodString;
                source: import("zod").ZodString;
            }, import("zod/v4/core").$strict>>;
        }, import("zod/v4/core").$strict>>;
    }, import("zod/v4/core").$strict>>;
    readonly sources: import("zod").ZodArray<import("zod").ZodObject<{
        id: import("zod").ZodString;
        title: import("zod").ZodString;
        publisherId: import("zod").ZodString;
        attribution: import("zod").ZodString;
        language: import("zod").ZodEnum<{
            en: "en";
        }>;
        mediaType: import("zod").ZodEnum<{
            "text/plain": "text/plain";
        }>;
        path: import("zod").ZodString;
        sha256: import("zod").ZodString;
    }, import("zod/v4/core").$strict>>;
};
export type RecordSchemaName = keyof typeof recordSchemas;
export type DatasetName = keyof typeof datasetSchemas;
