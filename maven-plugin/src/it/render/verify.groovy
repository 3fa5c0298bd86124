// kubeprint:render wrote one file per object and a kustomization.yaml, and the second execution one file.
def out = new File(basedir, 'target/kubeprint')
def names = out.list().sort()
assert names == ['11-configmap-projectid.yaml', '20-service-web.yaml', '32-deployment-web.yaml', 'kustomization.yaml'] : names

assert new File(out, '11-configmap-projectid.yaml').text == '''\
apiVersion: v1
kind: ConfigMap
metadata:
  name: projectid
data:
  project.id: hello-docker-123456
'''
assert new File(out, '20-service-web.yaml').text == '''\
apiVersion: v1
kind: Service
metadata:
  name: web
spec:
  ports:
  - port: 80
    targetPort: http
  selector:
    app: web
  type: LoadBalancer
'''
def deployment = new File(out, '32-deployment-web.yaml').text
assert deployment.startsWith('apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\nspec:\n  replicas: 3\n')
assert deployment.contains('        image: nginx:1.27\n')
assert deployment.contains('              key: project.id\n              name: projectid\n')
assert new File(out, 'kustomization.yaml').text == '''\
apiVersion: kustomize.config.k8s.io/v1beta1
kind: Kustomization
resources:
- 11-configmap-projectid.yaml
- 20-service-web.yaml
- 32-deployment-web.yaml
'''

def single = new File(basedir, 'target/single')
assert single.list() as List == ['shop.yaml']
def all = new File(single, 'shop.yaml').text
assert all == new File(out, '11-configmap-projectid.yaml').text + '---\n' + new File(out, '20-service-web.yaml').text \
    + '---\n' + deployment : all

def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('kubeprint-maven-plugin:' + projectVersion + ':render (render-manifests) @ shop')
assert log.contains('[INFO] wrote ' + new File(out, '32-deployment-web.yaml').path)
assert log.contains('BUILD SUCCESS')
assert !log.contains('Checksum validation failed')
true
