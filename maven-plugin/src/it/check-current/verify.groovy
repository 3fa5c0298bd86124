// kubeprint:check passed: the committed folder is what com.example.Shop renders.
def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('[INFO] ' + new File(basedir, 'src/main/k8s').path + ' is up to date with com.example.Shop\n')
assert log.contains('BUILD SUCCESS')
true
