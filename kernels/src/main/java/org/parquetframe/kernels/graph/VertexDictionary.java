package org.parquetframe.kernels.graph;

/**
 * Maps the vertex ids of a data set to the dense indexes {@code 0..size()-1} that graphs use, in
 * order of first appearance, and back. The typed lookups live on the implementations, which avoid
 * boxing; this interface serves result shaping that is agnostic of the id type.
 */
public interface VertexDictionary {

    /** Number of distinct ids, which is also the next index to be handed out. */
    int size();

    /** The id of dense index {@code index}, boxed ({@code Long} or {@code String}). */
    Object idObjectAt(int index);

    /** Approximate heap bytes held. */
    long sizeInBytes();
}
