/*
 * Single-source least total weight (Dijkstra 1959) with a binary heap with decrease-key: the
 * native twin of Dijkstra.java and DistanceHeap.java. The heap moves entries by the same rules,
 * so equal distances are settled in the same order and the parents equal the JVM's. Weights were
 * checked (finite, non-negative) in Java; 1 per edge when unweighted.
 */
#include <math.h>
#include <stdlib.h>
#include "pf_kernels.h"

#define CHECK_INTERVAL (1 << 12)

typedef struct {
    const double *distance;
    int32_t *heap;
    int32_t *position;
    int32_t size;
} pf_heap;

static void sift_up(pf_heap *h, int32_t v, int32_t i) {
    double key = h->distance[v];
    while (i > 0) {
        int32_t up = (i - 1) >> 1;
        int32_t above = h->heap[up];
        if (h->distance[above] <= key) {
            break;
        }
        h->heap[i] = above;
        h->position[above] = i;
        i = up;
    }
    h->heap[i] = v;
    h->position[v] = i;
}

static void sift_down(pf_heap *h, int32_t v, int32_t i) {
    double key = h->distance[v];
    int32_t half = h->size >> 1;
    while (i < half) {
        int32_t child = 2 * i + 1;
        int32_t right = child + 1;
        if (right < h->size && h->distance[h->heap[right]] < h->distance[h->heap[child]]) {
            child = right;
        }
        int32_t below = h->heap[child];
        if (key <= h->distance[below]) {
            break;
        }
        h->heap[i] = below;
        h->position[below] = i;
        i = child;
    }
    h->heap[i] = v;
    h->position[v] = i;
}

static void push_or_decrease(pf_heap *h, int32_t v) {
    int32_t i = h->position[v];
    if (i < 0) {
        i = h->size++;
    }
    sift_up(h, v, i);
}

static int32_t poll(pf_heap *h) {
    int32_t min = h->heap[0];
    h->position[min] = -1;
    int32_t last = h->heap[--h->size];
    if (h->size > 0) {
        sift_down(h, last, 0);
    }
    return min;
}

static void relax(const pf_csr *csr, int32_t u, double *distance, int32_t *parent, pf_heap *h) {
    double du = distance[u];
    for (int32_t e = csr->offsets[u], end = csr->offsets[u + 1]; e < end; e++) {
        int32_t v = csr->targets[e];
        double dv = du + (csr->weights == NULL ? 1 : csr->weights[e]);
        if (dv < distance[v]) {
            distance[v] = dv;
            parent[v] = u;
            push_or_decrease(h, v);
        }
    }
}

int pf_dijkstra(const pf_csr *out, const pf_csr *in, int32_t start, int32_t target, pf_cancel_flag *cancel,
                double *distance, int32_t *parent) {
    int32_t n = out->n;
    int32_t *buffer = malloc(2 * (size_t) n * sizeof(int32_t));
    if (buffer == NULL) {
        return PF_NO_MEMORY;
    }
    pf_heap h = {distance, buffer, buffer + n, 0};
    for (int32_t v = 0; v < n; v++) {
        distance[v] = INFINITY;
        parent[v] = -1;
        h.position[v] = -1;
    }
    distance[start] = 0;
    push_or_decrease(&h, start);
    int32_t settled = 0;
    while (h.size > 0) {
        int32_t u = poll(&h);
        if (u == target) {
            break;
        }
        relax(out, u, distance, parent, &h);
        if (in->offsets != NULL) {
            relax(in, u, distance, parent, &h);
        }
        if (++settled == CHECK_INTERVAL) {
            if (pf_is_cancelled(cancel)) {
                free(buffer);
                return PF_CANCELLED;
            }
            settled = 0;
        }
    }
    free(buffer);
    return PF_OK;
}
