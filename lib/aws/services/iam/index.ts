// `aws iam`: every operation of the real CLI and the ones simulated here (one file each).
import type { ServiceDeclaration } from '../../cli/command';
import { CHOICES } from './model.generated';
import { simulateCustomPolicy } from './simulate-custom-policy';
import { simulatePrincipalPolicy } from './simulate-principal-policy';
import { addUserToGroup } from './add-user-to-group';
import { attachGroupPolicy } from './attach-group-policy';
import { attachRolePolicy } from './attach-role-policy';
import { attachUserPolicy } from './attach-user-policy';
import { createAccessKey } from './create-access-key';
import { createGroup } from './create-group';
import { createPolicyVersion } from './create-policy-version';
import { createPolicy } from './create-policy';
import { createRole } from './create-role';
import { createUser } from './create-user';
import { deleteAccessKey } from './delete-access-key';
import { deleteGroup } from './delete-group';
import { deletePolicy } from './delete-policy';
import { deletePolicyVersion } from './delete-policy-version';
import { setDefaultPolicyVersion } from './set-default-policy-version';
import { deleteRolePolicy } from './delete-role-policy';
import { deleteRole } from './delete-role';
import { deleteUserPolicy } from './delete-user-policy';
import { deleteUser } from './delete-user';
import { detachGroupPolicy } from './detach-group-policy';
import { detachRolePolicy } from './detach-role-policy';
import { detachUserPolicy } from './detach-user-policy';
import { getAccessKeyLastUsed } from './get-access-key-last-used';
import { getGroup } from './get-group';
import { getPolicyVersion } from './get-policy-version';
import { getPolicy } from './get-policy';
import { getRolePolicy } from './get-role-policy';
import { getRole } from './get-role';
import { getUserPolicy } from './get-user-policy';
import { getUser } from './get-user';
import { listAccessKeys } from './list-access-keys';
import { listAttachedGroupPolicies } from './list-attached-group-policies';
import { listAttachedRolePolicies } from './list-attached-role-policies';
import { listAttachedUserPolicies } from './list-attached-user-policies';
import { listEntitiesForPolicy } from './list-entities-for-policy';
import { listGroupsForUser } from './list-groups-for-user';
import { listGroups } from './list-groups';
import { listPolicies } from './list-policies';
import { listPolicyVersions } from './list-policy-versions';
import { listRolePolicies } from './list-role-policies';
import { listRoles } from './list-roles';
import { listUserPolicies } from './list-user-policies';
import { listUsers } from './list-users';
import { putRolePolicy } from './put-role-policy';
import { putUserPolicy } from './put-user-policy';
import { removeUserFromGroup } from './remove-user-from-group';
import { tagUser } from './tag-user';
import { untagUser } from './untag-user';
import { listUserTags } from './list-user-tags';
import { updateAccessKey } from './update-access-key';

export const service: ServiceDeclaration = {
  name: 'iam',
  slot: 'operation',
  choices: CHOICES,
  commands: [
    addUserToGroup,
    attachGroupPolicy,
    attachRolePolicy,
    attachUserPolicy,
    createAccessKey,
    createGroup,
    createPolicyVersion,
    createPolicy,
    createRole,
    createUser,
    deleteAccessKey,
    deleteGroup,
    deletePolicy,
    deletePolicyVersion,
    setDefaultPolicyVersion,
    deleteRolePolicy,
    deleteRole,
    deleteUserPolicy,
    deleteUser,
    detachGroupPolicy,
    detachRolePolicy,
    detachUserPolicy,
    getAccessKeyLastUsed,
    getGroup,
    getPolicyVersion,
    getPolicy,
    getRolePolicy,
    getRole,
    getUserPolicy,
    getUser,
    listAccessKeys,
    listAttachedGroupPolicies,
    listAttachedRolePolicies,
    listAttachedUserPolicies,
    listEntitiesForPolicy,
    listGroupsForUser,
    listGroups,
    listPolicies,
    listPolicyVersions,
    listRolePolicies,
    listRoles,
    listUserPolicies,
    listUsers,
    putRolePolicy,
    putUserPolicy,
    removeUserFromGroup,
    tagUser,
    untagUser,
    listUserTags,
    updateAccessKey,
    simulatePrincipalPolicy,
    simulateCustomPolicy,
  ],
  serviceStyle: true,
};
