package dev.graphwright.host;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The packages of the project's main sources, as their imports connect them, form no cycle: each
 * package can be read knowing only the ones below it. A new cycle fails the build and is named.
 */
class PackageCyclesTest {

  private static final Pattern PACKAGE = Pattern.compile("^package ([\\w.]+);", Pattern.MULTILINE);
  private static final Pattern IMPORT = Pattern.compile(
      "^import (?:static )?(dev\\.graphwright(?:\\.[a-z]\\w*)*)\\.[A-Z]", Pattern.MULTILINE);

  @Test
  void noPackageCycles() {
    var dependencies = new TreeMap<String, Set<String>>();
    try (Stream<Path> modules = Files.list(Path.of(".."))) {
      for (Path module :
          modules.filter(m -> Files.isDirectory(m.resolve("src/main/java"))).toList()) {
        try (Stream<Path> files = Files.walk(module.resolve("src/main/java"))) {
          for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
            var source = Files.readString(file);
            var pkg = PACKAGE.matcher(source);
            if (!pkg.find()) {
              continue;
            }
            var from = dependencies.computeIfAbsent(pkg.group(1), p -> new TreeSet<>());
            var imports = IMPORT.matcher(source);
            while (imports.find()) {
              if (!imports.group(1).equals(pkg.group(1))) {
                from.add(imports.group(1));
              }
            }
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    assertEquals(List.of(), cycles(dependencies), "packages that import each other");
  }

  /** Strongly connected components of more than one package (Tarjan). */
  private static List<String> cycles(Map<String, Set<String>> graph) {
    var index = new HashMap<String, Integer>();
    var low = new HashMap<String, Integer>();
    var stack = new ArrayDeque<String>();
    var onStack = new HashSet<String>();
    var found = new java.util.ArrayList<String>();
    for (var node : graph.keySet()) {
      if (!index.containsKey(node)) {
        connect(node, graph, index, low, stack, onStack, found);
      }
    }
    return found;
  }

  private static void connect(
      String node,
      Map<String, Set<String>> graph,
      Map<String, Integer> index,
      Map<String, Integer> low,
      Deque<String> stack,
      Set<String> onStack,
      List<String> found) {
    index.put(node, index.size());
    low.put(node, index.get(node));
    stack.push(node);
    onStack.add(node);
    for (var next : graph.getOrDefault(node, Set.of())) {
      if (!index.containsKey(next)) {
        connect(next, graph, index, low, stack, onStack, found);
        low.put(node, Math.min(low.get(node), low.get(next)));
      } else if (onStack.contains(next)) {
        low.put(node, Math.min(low.get(node), index.get(next)));
      }
    }
    if (low.get(node).equals(index.get(node))) {
      var component = new TreeSet<String>();
      String member;
      do {
        member = stack.pop();
        onStack.remove(member);
        component.add(member);
      } while (!member.equals(node));
      if (component.size() > 1) {
        found.add(component.toString());
      }
    }
  }
}
