export { rerouteProject } from './reroute-project';
export { type RoutableModule, type RouteFacts, type RouteLink, Router } from './router';
