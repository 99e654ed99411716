// Public entry point of the AWS-aware editor diagnostics.
export { awsFileKind, diagnoseAwsFile, type DiagnoseOptions } from './aws-file-diagnostics';
export type { AwsFileKind, Diagnostic, DiagnosticSeverity } from './types';
