package dev.palermo.validation;

import dev.palermo.report.JsonPointer;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;

/**
 * Turns a Jakarta Validation property path ({@code persons[0].ageEvidence.minAge}) into a JSON
 * pointer into the serialized case ({@code /persons/0/ageEvidence/minAge}). The property names
 * are the accessor names, which are the JSON property names of the serialized form. Container
 * element nodes ({@code <list element>}, the unwrapped value of an {@code Optional}) add no
 * token of their own; an index or key on a node is the position in the container before it.
 * Stateless; has no instances.
 */
final class Pointers {
  private Pointers() {}

  static JsonPointer of(Path path) {
    JsonPointer pointer = JsonPointer.root();
    for (Path.Node node : path) {
      if (node.isInIterable()) {
        if (node.getIndex() != null) {
          pointer = pointer.child(node.getIndex());
        } else if (node.getKey() != null) {
          pointer = pointer.child(node.getKey());
        }
      }
      String name = node.getName();
      if (name != null && !name.startsWith("<")
          && (node.getKind() == ElementKind.PROPERTY
              || node.getKind() == ElementKind.CONTAINER_ELEMENT)) {
        pointer = pointer.child(name);
      }
    }
    return pointer;
  }
}
