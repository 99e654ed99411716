// The trimmed botocore service model the simulated operations are parsed and validated against
// (generated per service by scripts/aws-models.ts into `model.generated.ts`).

/** One input shape, as much of botocore's model as parameter parsing and validation use. */
export interface ShapeModel {
  type: 'string' | 'integer' | 'long' | 'boolean' | 'timestamp' | 'list' | 'structure' | 'map' | 'blob';
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
}

/** An operation's input and pagination, as botocore's service and paginator models declare them. */
export interface OperationModel {
  /** The API name, e.g. `CreateUser`. */
  name: string;
  input: { members: Readonly<Record<string, ShapeModel>>; required: readonly string[] };
  /** Present when the CLI paginates the operation (it then offers --max-items, --starting-token, --page-size). */
  paginator?: {
    inputToken: string;
    outputToken: string;
    limitKey?: string;
    resultKey: string | readonly string[];
    moreResults?: string;
  };
}
