/*
 * Weakly connected components by parallel union-find with CAS hooking, after Sutton, Ben-Nun,
 * Barak, "Optimizing Parallel Graph Connectivity Computation via Subgraph Sampling" (Afforest,
 * IPDPS 2018): the native twin of ConnectedComponents.java. A root is only ever hooked under a
 * smaller label, so every component ends as one tree rooted at its smallest vertex and the
 * labels are the same for any thread count and interleaving.
 */
#include "pf_kernels.h"

#define NEIGHBOUR_ROUNDS 2
#define CHUNK 4096

/* All edges of a vertex from position `round` on, or only that one edge (a sampling round). */
#define ALL_EDGES (-1)

typedef struct {
    const int32_t *offsets;
    const int32_t *targets;
    int32_t n;
    int32_t *label;
    int32_t round;
} pf_components_step;

static inline int32_t load(int32_t *label, int32_t v) {
    return __atomic_load_n(&label[v], __ATOMIC_RELAXED);
}

/* Puts u and v in one tree; see ConnectedComponents.link for why this terminates. */
static void link(int32_t *label, int32_t u, int32_t v) {
    int32_t a = load(label, u);
    int32_t b = load(label, v);
    while (a != b) {
        if (a < b) {
            int32_t t = a;
            a = b;
            b = t;
        }
        int32_t up = load(label, a);
        if (up == b) {
            return;
        }
        int32_t expected = a;
        if (up == a && __atomic_compare_exchange_n(&label[a], &expected, b, 0, __ATOMIC_RELAXED,
                                                   __ATOMIC_RELAXED)) {
            return;
        }
        a = load(label, a);
        b = load(label, b);
    }
}

static void init_chunk(void *context, int32_t chunk) {
    pf_components_step *s = context;
    int64_t from, to;
    pf_chunk_range(chunk, CHUNK, s->n, &from, &to);
    for (int32_t v = (int32_t) from; v < to; v++) {
        s->label[v] = v;
    }
}

static void link_chunk(void *context, int32_t chunk) {
    pf_components_step *s = context;
    int64_t from, to;
    pf_chunk_range(chunk, CHUNK, s->n, &from, &to);
    for (int32_t u = (int32_t) from; u < to; u++) {
        int32_t end = s->offsets[u + 1];
        if (s->round == ALL_EDGES) {
            for (int32_t e = s->offsets[u] + NEIGHBOUR_ROUNDS; e < end; e++) {
                link(s->label, u, s->targets[e]);
            }
        } else if (s->offsets[u] + s->round < end) {
            link(s->label, u, s->targets[s->offsets[u] + s->round]);
        }
    }
}

/* Points every vertex straight at its root; no links run meanwhile, so roots stay roots. */
static void compress_chunk(void *context, int32_t chunk) {
    pf_components_step *s = context;
    int64_t from, to;
    pf_chunk_range(chunk, CHUNK, s->n, &from, &to);
    for (int32_t v = (int32_t) from; v < to; v++) {
        int32_t root = load(s->label, v);
        int32_t up;
        while ((up = load(s->label, root)) != root) {
            root = up;
        }
        __atomic_store_n(&s->label[v], root, __ATOMIC_RELAXED);
    }
}

int pf_components(const pf_csr *out, int threads, pf_cancel_flag *cancel, int32_t *label) {
    pf_components_step s = {out->offsets, out->targets, out->n, label, 0};
    int32_t chunks = pf_chunk_count(out->n, CHUNK);
    pf_parallel_for(threads, chunks, init_chunk, &s);
    for (int32_t round = 0; round <= NEIGHBOUR_ROUNDS; round++) {
        if (pf_is_cancelled(cancel)) {
            return PF_CANCELLED;
        }
        s.round = round < NEIGHBOUR_ROUNDS ? round : ALL_EDGES;
        pf_parallel_for(threads, chunks, link_chunk, &s);
        pf_parallel_for(threads, chunks, compress_chunk, &s);
    }
    return PF_OK;
}
