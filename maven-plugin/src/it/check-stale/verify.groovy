// kubeprint:check failed on the hand edits, one line per field path, with the hint to render and copy.
def log = new File(basedir, 'build.log').getText('UTF-8')
// the arrow between old and new value is left to a wildcard: the log's encoding is the platform's
assert log =~ /\[ERROR\] ~ ConfigMap\/projectid metadata\.labels: \{"team":"shop"\} \S+ \(absent\)\n/
assert log =~ /\[ERROR\] ~ Deployment\/web spec\.replicas: 2 \S+ 3\n/
def committed = new File(basedir, 'src/main/k8s').path
assert log.contains('on project check-stale: ' + committed + ' is not what com.example.Shop renders (2 differences); run mvn kubeprint:render and copy '
    + new File(basedir, 'target/kubeprint').path + ' to ' + committed + ' -> [Help 1]')
assert log.contains('BUILD FAILURE')
true
