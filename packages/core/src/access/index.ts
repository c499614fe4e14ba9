export { assertCan, can, roleOf } from './can';
export { ACTIONS, type Action, PERMISSIONS, ROLES, type Role, roleMay } from './permissions';
