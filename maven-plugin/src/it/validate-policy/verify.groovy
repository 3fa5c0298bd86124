// policy baseline: the host network is a finding at level error, logged with its check id, in the SARIF report
// (written before the build fails), and the failure's summary counts it.
def sarif = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/kubeprint.sarif'))
assert sarif.version == '2.1.0'
def run = sarif.runs[0]
assert run.tool.driver.name == 'kubeprint'
assert run.tool.driver.rules*.id == ['pss-host-namespaces']
assert run.results.size() == 1
def result = run.results[0]
assert result.ruleId == 'pss-host-namespaces'
assert result.level == 'error'
assert result.message.text == 'Deployment/web spec.template.spec.hostNetwork: host namespaces (hostNetwork=true)'
assert result.locations[0].physicalLocation.artifactLocation.uri == 'k8s/web.yaml'

def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('[ERROR] Deployment/web spec.template.spec.hostNetwork: host namespaces (hostNetwork=true) [pss-host-namespaces]\n')
assert log.contains('on project policy: 1 object in ' + new File(basedir, 'k8s').path + ': 1 error, 0 warnings -> [Help 1]')
true
