package org.parquetframe.kernels.paths;

import java.util.Arrays;

/**
 * A binary min-heap of vertices keyed by their entry in a distance array, with decrease-key:
 * {@code position[v]} is v's slot in the heap, or -1. Two int arrays of vertexCount entries and no
 * boxing; the caller lowers {@code distance[v]} and then calls {@link #pushOrDecrease}.
 */
final class DistanceHeap {

    private final double[] distance;
    private final int[] heap;
    private final int[] position;
    private int size;

    DistanceHeap(double[] distance) {
        this.distance = distance;
        this.heap = new int[distance.length];
        this.position = new int[distance.length];
        Arrays.fill(position, -1);
    }

    boolean isEmpty() {
        return size == 0;
    }

    /** Adds {@code v}, or restores the heap order after its distance went down. */
    void pushOrDecrease(int v) {
        int i = position[v];
        if (i < 0) {
            i = size++;
        }
        siftUp(v, i);
    }

    /** Removes and returns the vertex with the least distance. */
    int poll() {
        int min = heap[0];
        position[min] = -1;
        int last = heap[--size];
        if (size > 0) {
            siftDown(last, 0);
        }
        return min;
    }

    private void siftUp(int v, int i) {
        double key = distance[v];
        while (i > 0) {
            int up = (i - 1) >>> 1;
            int above = heap[up];
            if (distance[above] <= key) {
                break;
            }
            heap[i] = above;
            position[above] = i;
            i = up;
        }
        heap[i] = v;
        position[v] = i;
    }

    private void siftDown(int v, int i) {
        double key = distance[v];
        int half = size >>> 1;
        while (i < half) {
            int child = 2 * i + 1;
            int right = child + 1;
            if (right < size && distance[heap[right]] < distance[heap[child]]) {
                child = right;
            }
            int below = heap[child];
            if (key <= distance[below]) {
                break;
            }
            heap[i] = below;
            position[below] = i;
            i = child;
        }
        heap[i] = v;
        position[v] = i;
    }
}
