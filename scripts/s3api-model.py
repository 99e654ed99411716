#!/usr/bin/env python3
# Writes lib/aws/services/s3/s3api-model.json: the operations the sandbox simulates, trimmed from botocore's
# S3 model as Debian's awscli 2.9.19 ships it (shapes reachable from their inputs and outputs: type, member
# order, required members, enums, header names). Run: python3 scripts/s3api-model.py
import json, os

SRC = '/usr/lib/python3/dist-packages/awscli/botocore/data/s3/2006-03-01/service-2.json'
PAGINATORS = '/usr/lib/python3/dist-packages/awscli/botocore/data/s3/2006-03-01/paginators-1.json'
OUT = os.path.join(os.path.dirname(__file__), '..', 'lib', 'aws', 'services', 's3', 's3api-model.json')
OPERATIONS = [
    'CreateBucket', 'ListBuckets', 'HeadBucket', 'DeleteBucket', 'PutObject', 'GetObject', 'HeadObject',
    'DeleteObject', 'ListObjectsV2', 'PutBucketPolicy', 'GetBucketPolicy', 'DeleteBucketPolicy',
    'PutBucketVersioning', 'GetBucketVersioning', 'PutBucketLifecycleConfiguration',
    'GetBucketLifecycleConfiguration', 'PutPublicAccessBlock',
]

model = json.load(open(SRC))
paginators = json.load(open(PAGINATORS))['pagination']
shapes = {}

def keep(name):
    if name in shapes:
        return
    shape = model['shapes'][name]
    out = {'type': shape['type']}
    if 'enum' in shape:
        out['enum'] = shape['enum']
    if shape['type'] == 'structure':
        out['members'] = {}
        for member, spec in shape['members'].items():
            entry = {'shape': spec['shape']}
            for key in ('location', 'locationName', 'streaming', 'flattened'):
                if key in spec:
                    entry[key] = spec[key]
            out['members'][member] = entry
        if shape.get('required'):
            out['required'] = shape['required']
        if shape.get('payload'):
            out['payload'] = shape['payload']
    shapes[name] = out
    if shape['type'] == 'structure':
        for spec in shape['members'].values():
            keep(spec['shape'])
    elif shape['type'] == 'list':
        out['member'] = shape['member']['shape']
        if 'locationName' in shape['member']:
            out['memberName'] = shape['member']['locationName']
        keep(shape['member']['shape'])
    elif shape['type'] == 'map':
        out['key'] = shape['key']['shape']
        out['value'] = shape['value']['shape']
        keep(shape['key']['shape'])
        keep(shape['value']['shape'])
    if shape.get('streaming'):
        out['streaming'] = True

operations = {}
for name in OPERATIONS:
    op = model['operations'][name]
    entry = {'http': op['http']}
    if 'input' in op:
        entry['input'] = op['input']['shape']
        keep(op['input']['shape'])
    if 'output' in op:
        entry['output'] = op['output']['shape']
        keep(op['output']['shape'])
    if name in paginators:
        entry['paginator'] = paginators[name]
    operations[name] = entry

def xform(name):
    import re
    s1 = re.sub('(.)([A-Z][a-z]+)', r'\1-\2', name)
    return re.sub('([a-z0-9])([A-Z])', r'\1-\2', s1).lower()

# Every operation name the CLI accepts (argparse choices, in its order: operations sorted, then wait and help).
choices = sorted(xform(n) for n in model['operations']) + ['wait', 'help']

with open(OUT, 'w') as f:
    json.dump({'source': 'botocore s3 2006-03-01 (awscli 2.9.19, Debian)', 'choices': choices, 'operations': operations, 'shapes': shapes}, f, indent=1, sort_keys=False)
    f.write('\n')
print(f'{len(operations)} operations, {len(shapes)} shapes -> {OUT}')
