// kubeprint:render and kubeprint:check with <set>: Shop(Map) got env=prod and replicas=5, sorted by key.
def out = new File(basedir, 'target/kubeprint')
assert out.list().sort() == ['11-configmap-shop-config.yaml', '32-deployment-web-prod.yaml', 'kustomization.yaml'] : out.list()
assert new File(out, '11-configmap-shop-config.yaml').text == '''\
apiVersion: v1
kind: ConfigMap
metadata:
  name: shop-config
data:
  env: prod
  settings: env,replicas
'''
def prod = new File(out, '32-deployment-web-prod.yaml').text
assert prod.startsWith('apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web-prod\nspec:\n  replicas: 5\n') : prod

// without settings, the source's defaults
def dev = new File(basedir, 'target/dev')
assert dev.list().sort() == ['11-configmap-shop-config.yaml', '32-deployment-web-dev.yaml', 'kustomization.yaml'] : dev.list()
assert new File(dev, '32-deployment-web-dev.yaml').text.contains('\n  replicas: 1\n')

def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('kubeprint-maven-plugin:' + projectVersion + ':check (check-prod) @ settings')
assert log.contains('[INFO] ' + new File(basedir, 'src/main/k8s').path + ' is up to date with com.example.Shop\n')
assert log.contains('[INFO] wrote ' + new File(out, '32-deployment-web-prod.yaml').path)
assert log.contains('[INFO] wrote ' + new File(dev, '32-deployment-web-dev.yaml').path)
assert log.contains('BUILD SUCCESS')
true
