package io.calendarsync.config;

import java.util.List;

/**
 * One node of a parsed YAML document with the location it starts at. Scalars keep the text exactly as the
 * author wrote it, without YAML 1.1 typing; the null forms ({@code ~}, {@code null}, nothing) become "".
 */
sealed interface YamlNode permits YamlNode.Scalar, YamlNode.Sequence, YamlNode.Mapping {

    SourceLocation location();

    /** The kind of node in words, for messages such as "expected text, found a list". */
    String kind();

    record Scalar(String text, SourceLocation location) implements YamlNode {
        @Override
        public String kind() {
            return "text";
        }
    }

    record Sequence(List<YamlNode> items, SourceLocation location) implements YamlNode {
        @Override
        public String kind() {
            return "a list";
        }
    }

    /** A mapping with every entry in file order, duplicate keys included, so the reader can report them. */
    record Mapping(List<Entry> entries, SourceLocation location) implements YamlNode {
        @Override
        public String kind() {
            return "a mapping";
        }
    }

    record Entry(String key, SourceLocation keyLocation, YamlNode value) {
    }
}
