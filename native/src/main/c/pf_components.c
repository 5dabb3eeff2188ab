/*
 * Weakly connected components by Afforest (Sutton, Ben-Nun, Barak, "Optimizing Parallel Graph
 * Connectivity Computation via Subgraph Sampling", IPDPS 2018), as GAP's cc.cc runs it: the
 * native twin of ConnectedComponents.java. Two sampling rounds link each vertex's first two
 * out-edges; then vertices outside the most frequent label among 1024 samples (the giant
 * component) link their remaining out-edges and all their in-edges. A root is only ever hooked
 * under a smaller label, so every component ends as one tree rooted at its smallest vertex and
 * the labels are the same for any thread count and interleaving.
 */
#include <stdlib.h>
#include "pf_kernels.h"

#define NEIGHBOUR_ROUNDS 2
#define SAMPLES 1024
#define CHUNK 4096

/* Only the round-th out-edge of every vertex (a sampling round), or every remaining edge. */
#define REMAINING_EDGES (-1)

typedef struct {
    const pf_csr *out;
    const pf_csr *in;
    int32_t *label;
    int32_t round;
    int32_t giant;
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
    pf_chunk_range(chunk, CHUNK, s->out->n, &from, &to);
    for (int32_t v = (int32_t) from; v < to; v++) {
        s->label[v] = v;
    }
}

static void link_chunk(void *context, int32_t chunk) {
    pf_components_step *s = context;
    const int32_t *offsets = s->out->offsets;
    int64_t from, to;
    pf_chunk_range(chunk, CHUNK, s->out->n, &from, &to);
    for (int32_t u = (int32_t) from; u < to; u++) {
        int32_t end = offsets[u + 1];
        if (s->round != REMAINING_EDGES) {
            if (offsets[u] + s->round < end) {
                link(s->label, u, s->out->targets[offsets[u] + s->round]);
            }
            continue;
        }
        if (load(s->label, u) == s->giant) {
            continue;
        }
        for (int32_t e = offsets[u] + NEIGHBOUR_ROUNDS; e < end; e++) {
            link(s->label, u, s->out->targets[e]);
        }
        for (int32_t e = s->in->offsets[u]; e < s->in->offsets[u + 1]; e++) {
            link(s->label, u, s->in->targets[e]);
        }
    }
}

/* Points every vertex straight at its root; no links run meanwhile, so roots stay roots. */
static void compress_chunk(void *context, int32_t chunk) {
    pf_components_step *s = context;
    int64_t from, to;
    pf_chunk_range(chunk, CHUNK, s->out->n, &from, &to);
    for (int32_t v = (int32_t) from; v < to; v++) {
        int32_t root = load(s->label, v);
        int32_t up;
        while ((up = load(s->label, root)) != root) {
            root = up;
        }
        __atomic_store_n(&s->label[v], root, __ATOMIC_RELAXED);
    }
}

static int compare_ints(const void *a, const void *b) {
    int32_t x = *(const int32_t *) a, y = *(const int32_t *) b;
    return (x > y) - (x < y);
}

/* The most frequent label at SAMPLES pseudo-random vertices (fixed seed): which edges are
 * skipped depends on it, never the result. */
static int32_t most_frequent_label(const int32_t *label, int32_t n) {
    int32_t sample[SAMPLES];
    uint64_t state = 0x9E3779B97F4A7C15u;
    for (int i = 0; i < SAMPLES; i++) {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        sample[i] = label[state % (uint64_t) n];
    }
    qsort(sample, SAMPLES, sizeof sample[0], compare_ints);
    int32_t best = sample[0];
    int best_count = 0;
    for (int i = 0, run; i < SAMPLES; i += run) {
        for (run = 1; i + run < SAMPLES && sample[i + run] == sample[i]; run++) {
        }
        if (run > best_count) {
            best = sample[i];
            best_count = run;
        }
    }
    return best;
}

int pf_components(const pf_csr *out, const pf_csr *in, int threads, pf_cancel_flag *cancel, int32_t *label) {
    pf_components_step s = {out, in, label, 0, -1};
    int32_t chunks = pf_chunk_count(out->n, CHUNK);
    if (out->n == 0) {
        return PF_OK;
    }
    pf_parallel_for(threads, chunks, init_chunk, &s);
    for (int32_t round = 0; round <= NEIGHBOUR_ROUNDS; round++) {
        if (pf_is_cancelled(cancel)) {
            return PF_CANCELLED;
        }
        if (round == NEIGHBOUR_ROUNDS) {
            s.giant = most_frequent_label(label, out->n);
        }
        s.round = round < NEIGHBOUR_ROUNDS ? round : REMAINING_EDGES;
        pf_parallel_for(threads, chunks, link_chunk, &s);
        pf_parallel_for(threads, chunks, compress_chunk, &s);
    }
    return PF_OK;
}
