// The trimmed botocore service model the simulated operations are parsed and validated against
// (generated per service by scripts/aws-models.ts into `model.generated.ts`).

/** One input shape, as much of botocore's model as parameter parsing and validation use. */
export interface ShapeModel {
  type:
    | 'string'
    | 'integer'
    | 'long'
    | 'double'
    | 'float'
    | 'boolean'
    | 'timestamp'
    | 'list'
    | 'structure'
    | 'map'
    | 'blob';
  min?: number;
  max?: number;
  enum?: readonly string[];
  /** The element shape of a list. */
  member?: ShapeModel;
  /** The members of a structure. */
  members?: Readonly<Record<string, ShapeModel>>;
  required?: readonly string[];
  /** The value shape of a map (keys are strings). */
  value?: ShapeModel;
  /** A streaming blob member (S3's object body): a file path on input, the positional `outfile` on output. */
  streaming?: boolean;
}

/** An operation's input and pagination, as botocore's service and paginator models declare them. */
export interface OperationModel {
  /** The API name, e.g. `CreateUser`. */
  name: string;
  input: { members: Readonly<Record<string, ShapeModel>>; required: readonly string[] };
  /** The response shape (member order is the order the CLI prints keys in). */
  output?: ShapeModel;
  /** Present when the CLI paginates the operation (it then offers --max-items, --starting-token, --page-size). */
  paginator?: {
    /** One token, or several that travel together (ListObjectVersions' KeyMarker and VersionIdMarker). */
    inputToken: string | readonly string[];
    outputToken: string | readonly string[];
    limitKey?: string;
    resultKey: string | readonly string[];
    moreResults?: string;
    /** Keys kept from the first page (GetGroup's Group). */
    nonAggregateKeys?: readonly string[];
  };
}

/** botocore's xform_name with '-': the CLI name of an operation or parameter (CreateSAMLProvider → create-saml-provider). */
export function cliName(name: string): string {
  const special = /[A-Z]{2,}s$/.exec(name);
  if (special) name = `${name.slice(0, -special[0].length)}-${special[0].toLowerCase()}`;
  return name
    .replace(/(.)([A-Z][a-z]+)/g, '$1-$2')
    .replace(/([a-z0-9])([A-Z])/g, '$1-$2')
    .toLowerCase();
}
