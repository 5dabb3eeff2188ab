package org.parquetframe.kernels.traversal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import org.parquetframe.kernels.graph.TestingEdgeList;
import org.parquetframe.kernels.graph.TestingGraphArbitraries.AverageDegrees;
import org.parquetframe.kernels.graph.TestingGraphArbitraries.VertexCounts;

/** DFS equals the recursive oracle exactly on random multigraphs, directed and undirected, with and without a depth limit. */
class DfsPropertiesTest {

    @Property(tries = 250, edgeCases = EdgeCasesMode.NONE)
    void equalsTheRecursiveOracle(@ForAll long seed,
                                  @ForAll(supplier = VertexCounts.class) int vertexCount,
                                  @ForAll(supplier = AverageDegrees.class) double averageDegree,
                                  @ForAll boolean directed,
                                  @ForAll("maxDepths") int maxDepth) {
        TestingEdgeList edges = TestingEdgeList.random(seed, vertexCount, averageDegree, false);
        int start = Math.floorMod(seed, vertexCount);
        DfsResult expected = ReferenceDfs.search(edges, start, directed, maxDepth);
        DfsResult actual = Dfs.compute(edges.toGraph(2), start, directed, maxDepth, null);
        assertArrayEquals(expected.discovery(), actual.discovery(), "discovery");
        assertArrayEquals(expected.depth(), actual.depth(), "depth");
        assertArrayEquals(expected.parent(), actual.parent(), "parent");
        assertArrayEquals(expected.order(), actual.order(), "order");
    }

    @Provide
    Arbitrary<Integer> maxDepths() {
        return Arbitraries.frequencyOf(
                Tuple.of(2, Arbitraries.just(-1)),
                Tuple.of(3, Arbitraries.integers().between(0, 30)));
    }
}
