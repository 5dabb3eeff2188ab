package org.parquetframe.kernels.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

class StringVertexDictionaryTest {

    @Test
    void handsOutIndexesInOrderOfFirstAppearance() {
        StringVertexDictionary dictionary = new StringVertexDictionary();
        assertEquals(0, dictionary.intern("b"));
        assertEquals(1, dictionary.intern(""));
        assertEquals(0, dictionary.intern(new String("b")));
        assertEquals(2, dictionary.size());
        assertEquals("", dictionary.idAt(1));
        assertEquals("b", dictionary.idObjectAt(0));
        assertEquals(-1, dictionary.find("a"));
    }

    @Test
    void equalStringsThatAreDifferentObjectsShareAnIndex() {
        StringVertexDictionary dictionary = new StringVertexDictionary();
        String first = new String("vertex");
        String second = new String("vertex");
        assertNotSame(first, second);
        assertEquals(dictionary.intern(first), dictionary.intern(second));
    }

    @Test
    void collidingHashCodesStayDistinct() {
        // "Aa" and "BB" have the same String.hashCode, as do all their concatenations.
        StringVertexDictionary dictionary = new StringVertexDictionary();
        String[] colliding = {"AaAa", "AaBB", "BBAa", "BBBB"};
        for (int i = 0; i < colliding.length; i++) {
            assertEquals(i, dictionary.intern(colliding[i]));
        }
        for (int i = 0; i < colliding.length; i++) {
            assertEquals(i, dictionary.find(colliding[i]));
        }
    }

    @Property(tries = 300)
    void agreesWithHashMap(@ForAll @Size(max = 2000) List<@StringLength(max = 4) String> ids) {
        StringVertexDictionary dictionary = new StringVertexDictionary();
        Map<String, Integer> expected = new HashMap<>();
        for (String id : ids) {
            Integer known = expected.get(id);
            assertEquals(known == null ? -1 : known, dictionary.find(id));
            assertEquals(expected.computeIfAbsent(id, k -> expected.size()), dictionary.intern(id));
        }
        assertEquals(expected.size(), dictionary.size());
        expected.forEach((id, index) -> {
            assertEquals(index, dictionary.find(id));
            assertEquals(id, dictionary.idAt(index));
        });
    }

    @Test
    void growsThroughManyResizes() {
        StringVertexDictionary dictionary = new StringVertexDictionary();
        int n = 300_000;
        for (int i = 0; i < n; i++) {
            assertEquals(i, dictionary.intern("v" + i));
        }
        for (int i = 0; i < n; i++) {
            assertEquals(i, dictionary.find("v" + i));
        }
        assertEquals(n, dictionary.size());
    }

    @Test
    void rejectsNullIds() {
        StringVertexDictionary dictionary = new StringVertexDictionary();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> dictionary.intern(null));
        assertEquals("a vertex id must not be null (skip rows with null ids)", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> dictionary.find(null));
    }
}
