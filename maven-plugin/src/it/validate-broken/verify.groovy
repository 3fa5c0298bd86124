// kubeprint:validate failed the build on the out-of-range port, logged with its field path; the
// cross-object finding is a warning, which does not fail a build that is not strict on its own.
def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('[ERROR] Deployment/web spec.template.spec.containers[0].ports[0].containerPort: must be between 1 and 65535, inclusive (was 70000) [port-range]\n')
assert log.contains('[WARNING] Deployment/web spec.template.spec.containers[0].env[0].valueFrom.configMapKeyRef.name: must name a ConfigMap in the bundle or declared external (was "projectid") [config-map-not-found]\n')
assert log.contains('on project broken: 2 objects in ' + new File(basedir, 'src/main/k8s').path + ': 1 error, 1 warning -> [Help 1]')
assert log.contains('BUILD FAILURE')
true
