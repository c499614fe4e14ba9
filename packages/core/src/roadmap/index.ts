export { exportRoadmapMarkdown } from './export-markdown';
export { formatOf, MAX_PAGE_LENGTH, type ParseRoadmapOptions, parseRoadmap } from './parse-roadmap';
export type {
  LegendEntry,
  Roadmap,
  RoadmapArea,
  RoadmapFormat,
  RoadmapLink,
  RoadmapMilestone,
  RoadmapProblem,
  RoadmapTask,
  TaskPriority,
  TaskStatus,
} from './types';
