import type { components } from "./schema";

// Names the app uses for the generated registry types (src/api/schema.d.ts, from ctg-oas-v2.yaml).
type Schemas = components["schemas"];
export type Study = Schemas["Study"];
export type PagedStudies = Schemas["PagedStudies"];
export type ProtocolSection = Schemas["ProtocolSection"];
export type Status = Schemas["Status"];
export type Phase = Schemas["Phase"];
export type StudyType = Schemas["StudyType"];
export type Location = Schemas["Location"];
export type Version = Schemas["Version"];
