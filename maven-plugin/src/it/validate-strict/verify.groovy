// strict: the warning alone fails the build, and the failure says why.
def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('[WARNING] Deployment/web spec.template.spec.containers[0].env[0].valueFrom.configMapKeyRef.name: must name a ConfigMap in the bundle or declared external (was "projectid") [config-map-not-found]\n')
assert !log.contains('[port-range]')
assert log.contains('on project strict: 2 objects in ' + new File(basedir, 'k8s').path + ': 0 errors, 1 warning (strict) -> [Help 1]')
true
