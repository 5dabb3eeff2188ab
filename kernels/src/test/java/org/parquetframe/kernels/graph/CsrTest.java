package org.parquetframe.kernels.graph;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class CsrTest {

    @Test
    void exposesRowsAndDegrees() {
        Csr csr = Csr.of(new int[] {0, 2, 2, 3}, new int[] {1, 2, 0}, new double[] {0.5, 1, 2});
        assertEquals(3, csr.vertexCount());
        assertEquals(3, csr.edgeCount());
        assertEquals(2, csr.degree(0));
        assertEquals(0, csr.degree(1));
        assertEquals(1, csr.degree(2));
        assertArrayEquals(new double[] {0.5, 1, 2}, csr.weights());
        assertTrue(csr.sizeInBytes() > 3 * 4 + 3 * 4 + 3 * 8);
    }

    @Test
    void emptyCsrHasNoVertices() {
        Csr csr = Csr.of(new int[] {0}, new int[0], null);
        assertEquals(0, csr.vertexCount());
        assertEquals(0, csr.edgeCount());
        assertNull(csr.weights());
    }

    @Test
    void rejectsOffsetsThatDoNotSpanTheNeighbours() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Csr.of(new int[] {0, 1}, new int[] {0, 0}, null));
        assertTrue(e.getMessage().contains("neighbours.length = 2"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Csr.of(new int[] {1, 1}, new int[] {0}, null));
        assertThrows(IllegalArgumentException.class, () -> Csr.of(new int[0], new int[0], null));
    }

    @Test
    void rejectsDecreasingOffsets() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Csr.of(new int[] {0, 2, 1, 2}, new int[] {0, 0}, null));
        assertTrue(e.getMessage().contains("must not decrease"), e.getMessage());
    }

    @Test
    void rejectsNeighboursThatAreNotVertices() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Csr.of(new int[] {0, 1}, new int[] {1}, null));
        assertTrue(e.getMessage().contains("neighbours[0] = 1"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Csr.of(new int[] {0, 1}, new int[] {-1}, null));
    }

    @Test
    void rejectsWeightsOfTheWrongLength() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Csr.of(new int[] {0, 1}, new int[] {0}, new double[2]));
        assertTrue(e.getMessage().contains("one element per edge"), e.getMessage());
    }

    @Test
    void edgeCountLimitIsTheArrayLimit() {
        Csr.checkEdgeCount(Csr.MAX_EDGES);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Csr.checkEdgeCount(Csr.MAX_EDGES + 1L));
        assertTrue(e.getMessage().contains("at most " + Csr.MAX_EDGES), e.getMessage());
    }
}
