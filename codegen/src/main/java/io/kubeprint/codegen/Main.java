package io.kubeprint.codegen;

import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes render's {@code ToFabric8Generated}, {@code ToTreeGenerated} and {@code FromTreeGenerated} from the compiled
 * core model. Run by exec-maven-plugin in render's {@code generate-sources} phase with render's compile class path
 * (core, the Immutables annotations, fabric8) as the context class loader:
 * {@code Main <generated-sources directory>}. A file whose text is unchanged is not rewritten, so an incremental
 * build does not recompile render for nothing.
 */
public final class Main {
  private Main() {}

  public static void main(String[] args) throws IOException {
    if (args.length != 1) {
      throw new IllegalArgumentException("usage: Main <generated-sources directory>");
    }
    ClassLoader loader = Thread.currentThread().getContextClassLoader();
    List<Path> classPath = new ArrayList<>();
    classPath.add(locate(loader, Rules.KUBE_OBJECT));
    classPath.add(locate(loader, "org.immutables.value.Value"));
    List<ModelType> model = new ModelReader(classPath, loader).read();
    Path dir = Path.of(args[0]).resolve(MapperWriter.PACKAGE.replace('.', '/'));
    for (MapperWriter w : List.of(new ToFabric8Writer(), new ToTreeWriter(), new ToYamlWriter(), new FromTreeWriter())) {
      write(dir.resolve(w.className() + ".java"), w.write(model));
    }
  }

  static void write(Path file, String text) throws IOException {
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    if (Files.exists(file) && java.util.Arrays.equals(Files.readAllBytes(file), bytes)) {
      return;
    }
    Files.createDirectories(file.getParent());
    Files.write(file, bytes);
  }

  /** The class path entry (directory or jar) a class comes from. */
  static Path locate(ClassLoader loader, String className) {
    String resource = className.replace('.', '/') + ".class";
    URL url = loader.getResource(resource);
    if (url == null) {
      throw new IllegalStateException(className + " is not on the generator's class path");
    }
    try {
      String s = url.toString();
      if (s.startsWith("jar:")) {
        return Path.of(new java.net.URI(s.substring(4, s.indexOf("!/"))));
      }
      Path p = Path.of(url.toURI());
      for (int i = 0; i < className.split("\\.").length; i++) {
        p = p.getParent();
      }
      return p;
    } catch (URISyntaxException e) {
      throw new IllegalStateException("cannot locate " + className + " from " + url, e);
    }
  }
}
