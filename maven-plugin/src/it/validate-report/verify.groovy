// output junit with outputFile: the report is a file, the log keeps its lines; output github: annotations on
// standard output, outside the log's [INFO] prefix, with the file relative to the project.
def report = new File(basedir, 'target/reports/kubeprint.xml')
assert report.isFile()
def junit = new groovy.xml.XmlSlurper().parse(report)
assert junit.@tests == '2'
assert junit.@failures == '0'
def suite = junit.testsuite[0]
assert suite.@name == 'k8s/web.yaml'
assert suite.testcase*.@name*.text() == ['Deployment/web', 'Service/web']
assert suite.testcase[0].'system-out'.text().startsWith('warning: Deployment/web spec.template.spec.containers[0].env[0].valueFrom.configMapKeyRef.name: must name a ConfigMap')

def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('[INFO] wrote the junit report to ' + report.path + '\n')
assert log.contains('\n::warning file=k8s/web.yaml,title=config-map-not-found::Deployment/web spec.template.spec.containers[0].env[0].valueFrom.configMapKeyRef.name: must name a ConfigMap in the bundle or declared external (was "projectid")\n')
// the log lists the problem in both executions, and each ends with its summary line
assert log.count('[WARNING] Deployment/web spec.template.spec.containers[0].env[0].valueFrom.configMapKeyRef.name: must name a ConfigMap in the bundle or declared external (was "projectid") [config-map-not-found]\n') == 2
assert log.count('[INFO] 2 objects in ' + new File(basedir, 'k8s').path + ': 0 errors, 1 warning\n') == 2
assert log.contains('BUILD SUCCESS')
true
