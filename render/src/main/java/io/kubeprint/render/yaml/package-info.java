/**
 * Writing YAML: {@link io.kubeprint.render.yaml.YamlQuoting} decides which strings must be quoted so that
 * YAML 1.1 and 1.2 readers read them back unchanged, and {@link io.kubeprint.render.yaml.KubeYamlFactory}
 * configures Jackson's YAML generator with that decision, literal blocks, unsplit lines and UTF-8 output.
 */
package io.kubeprint.render.yaml;
