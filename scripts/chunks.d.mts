/** Types of scripts/chunks.mjs (the chunk map), for vite.config.ts. */
export interface ChunkGroup {
  name: string;
  packages?: string[];
  modules?: string[];
  leaveOut?: (id: string) => boolean;
}
export const GROUPS: ChunkGroup[];
export const ON_DEMAND: { packages: string[]; modules: string[] };
export function isModule(id: string, name: string): boolean;
export function isPackage(id: string, name: string): boolean;
export function groupOf(id: string): string | undefined;
export function isOnDemand(id: string): boolean;
export const ON_DEMAND_GROUPS: ChunkGroup[];
export function onDemandGroups(): { name: string; priority: number; test: (id: string) => boolean }[];
export function codeSplittingGroups(): { name: string; priority: number; test: (id: string) => boolean }[];
export const SELF_HOST: string;
