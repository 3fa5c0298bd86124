// kubeprint:validate read the CustomResourceDefinition of crds/ and checked the CronTab of k8s/ against it:
// each schema violation is an error with its field path, and the definition is not counted as an object.
def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('[ERROR] CronTab/nightly spec.cronSpec: must match ^(\\d+|\\*)(/\\d+)?(\\s+(\\d+|\\*)(/\\d+)?){4}$ (was "every night") [cr-pattern]\n')
assert log.contains('[ERROR] CronTab/nightly spec.imag: must be declared in the schema (was unknown field "spec.imag") [cr-unknown-field]\n')
assert log.contains('[ERROR] CronTab/nightly spec.replicas: must be at most 10 (was 12) [cr-number-range]\n')
assert !log.contains('[custom-resource-not-checked]')
assert log.contains('on project crds: 1 object in ' + new File(basedir, 'k8s').path + ': 3 errors, 0 warnings -> [Help 1]')
true
