// Every scenario area the recorder knows, in recording order.
import { cliArea } from './cli';
import { configureExportArea } from './configure-export';
import { configureGetArea } from './configure-get';
import { configureImportArea } from './configure-import';
import { configureInteractiveArea } from './configure-interactive';
import { configureListArea } from './configure-list';
import { configureListProfilesArea } from './configure-list-profiles';
import { configureSetArea } from './configure-set';
import { globalOptionsArea } from './global-options';
import { malformedArea } from './malformed';
import { resolutionArea } from './resolution';
import { s3Area } from './s3';
import { s3AccessDeniedArea } from './s3-access-denied';
import { s3BucketsArea } from './s3-buckets';
import { s3SyncArea } from './s3-sync';
import { s3TransferArea } from './s3-transfer';
import { s3VersionsArea } from './s3-versions';
import { s3apiArea } from './s3api';
import { stsArea } from './sts';
import { iamArea } from './iam';
import { stsAssumeRoleArea } from './sts-assume-role';
import { stsRoleCacheArea } from './sts-role-cache';
import type { ScenarioArea } from './types';

export const areas: ScenarioArea[] = [
  cliArea,
  configureInteractiveArea,
  configureListArea,
  configureListProfilesArea,
  configureGetArea,
  configureSetArea,
  configureImportArea,
  configureExportArea,
  stsArea,
  s3Area,
  s3BucketsArea,
  s3TransferArea,
  s3SyncArea,
  s3apiArea,
  s3VersionsArea,
  s3AccessDeniedArea,
  malformedArea,
  resolutionArea,
  globalOptionsArea,
  iamArea,
  stsAssumeRoleArea,
  stsRoleCacheArea,
];
