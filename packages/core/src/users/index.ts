export { SetUserRoleInput, setUserRole } from './set-user-role';
