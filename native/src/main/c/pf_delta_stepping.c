/*
 * Least total weights from one vertex by delta-stepping (Meyer, Sanders, J. Algorithms 2003) with
 * bucket fusion (Zhang et al., CGO 2020), as the GAP Benchmark Suite's sssp.cc runs it: the native
 * twin of DeltaStepping.java. Distances only: Java chooses the parents from them (shared by both
 * engines), so the result is the same whatever the interleaving. Weights were checked (finite,
 * non-negative) in Java; 1 per edge when unweighted. Each worker is one chunk of a pf_pool loop
 * with its own ring of buckets; see DeltaStepping.java and BucketRing.java for the reasoning.
 */
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include "pf_kernels.h"

#define FUSION_LIMIT 1000
#define PIECE 64
#define NO_BUCKET INT64_MAX

typedef struct {
    int32_t *list;
    int32_t size, capacity;
} pf_bucket;

typedef struct {
    pf_bucket *ring; /* ring_size buckets; bucket b lives at b & mask */
    pf_bucket spare;
    int64_t lowest;
    int failed;
} pf_worker;

typedef struct {
    const pf_csr *out, *in;
    double *distance;
    double inverse;
    int64_t mask;
    pf_worker *workers;
    int32_t *frontier;
    int64_t frontier_size, frontier_capacity, current;
    int64_t claimed; /* atomic */
    pf_cancel_flag *cancel;
} pf_delta;

/* As Java's (long) (d * inverse), which saturates where a C conversion would be undefined. */
static inline int64_t bucket_of(const pf_delta *s, double d) {
    double b = d * s->inverse;
    return b < 9.2e18 ? (int64_t) b : NO_BUCKET;
}

static int append(pf_bucket *bucket, int32_t v) {
    if (bucket->size == bucket->capacity) {
        int32_t capacity = bucket->capacity == 0 ? 16 : 2 * bucket->capacity;
        int32_t *grown = realloc(bucket->list, (size_t) capacity * sizeof(int32_t));
        if (grown == NULL) {
            return 0;
        }
        bucket->list = grown;
        bucket->capacity = capacity;
    }
    bucket->list[bucket->size++] = v;
    return 1;
}

static void relax(pf_delta *s, pf_worker *w, const pf_csr *csr, int32_t u, double du) {
    double *distance = s->distance;
    for (int32_t e = csr->offsets[u], end = csr->offsets[u + 1]; e < end; e++) {
        int32_t v = csr->targets[e];
        double candidate = du + (csr->weights == NULL ? 1 : csr->weights[e]);
        double old;
        __atomic_load(&distance[v], &old, __ATOMIC_RELAXED);
        while (candidate < old) {
            if (__atomic_compare_exchange(&distance[v], &old, &candidate, 0, __ATOMIC_RELAXED, __ATOMIC_RELAXED)) {
                if (!append(&w->ring[bucket_of(s, candidate) & s->mask], v)) {
                    w->failed = 1;
                }
                break;
            }
        }
    }
}

static void relax_all(pf_delta *s, pf_worker *w, int32_t u) {
    double du;
    __atomic_load(&s->distance[u], &du, __ATOMIC_RELAXED);
    relax(s, w, s->out, u, du);
    if (s->in->offsets != NULL) {
        relax(s, w, s->in, u, du);
    }
}

/* One worker's share of a round: claim frontier pieces, then relax its own small current bucket. */
static void round_chunk(void *context, int32_t worker) {
    pf_delta *s = context;
    pf_worker *w = &s->workers[worker];
    int64_t from, bucket = s->current;
    while ((from = __atomic_fetch_add(&s->claimed, PIECE, __ATOMIC_RELAXED)) < s->frontier_size) {
        if (pf_is_cancelled(s->cancel)) {
            return;
        }
        int64_t to = from + PIECE < s->frontier_size ? from + PIECE : s->frontier_size;
        for (int64_t i = from; i < to; i++) {
            int32_t u = s->frontier[i];
            double du;
            __atomic_load(&s->distance[u], &du, __ATOMIC_RELAXED);
            if (bucket_of(s, du) >= bucket) { /* else settled in an earlier bucket: a stale entry */
                relax_all(s, w, u);
            }
        }
    }
    pf_bucket *mine = &w->ring[bucket & s->mask];
    while (mine->size > 0 && mine->size < FUSION_LIMIT) {
        pf_bucket taken = *mine;
        *mine = w->spare;
        mine->size = 0;
        for (int32_t i = 0; i < taken.size; i++) {
            relax_all(s, w, taken.list[i]);
        }
        w->spare = taken;
    }
    w->lowest = NO_BUCKET;
    for (int64_t k = 0; k <= s->mask; k++) {
        if (w->ring[(bucket + k) & s->mask].size > 0) {
            w->lowest = bucket + k;
            break;
        }
    }
}

/* Makes every worker's bucket `next` the shared frontier of the next round. */
static int gather(pf_delta *s, int threads, int64_t next) {
    int64_t size = 0;
    for (int t = 0; t < threads; t++) {
        size += s->workers[t].ring[next & s->mask].size;
    }
    if (size > s->frontier_capacity) {
        int64_t capacity = size > 2 * s->frontier_capacity ? size : 2 * s->frontier_capacity;
        int32_t *grown = realloc(s->frontier, (size_t) capacity * sizeof(int32_t));
        if (grown == NULL) {
            return 0;
        }
        s->frontier = grown;
        s->frontier_capacity = capacity;
    }
    int64_t at = 0;
    for (int t = 0; t < threads; t++) {
        pf_bucket *b = &s->workers[t].ring[next & s->mask];
        if (b->size > 0) {
            memcpy(s->frontier + at, b->list, (size_t) b->size * sizeof(int32_t));
            at += b->size;
            b->size = 0;
        }
    }
    s->frontier_size = size;
    s->current = next;
    return 1;
}

static int search(pf_delta *s, int threads, int32_t start, int32_t target) {
    s->frontier[0] = start;
    s->frontier_size = 1;
    s->current = 0;
    for (;;) {
        if (pf_is_cancelled(s->cancel)) {
            return PF_CANCELLED;
        }
        s->claimed = 0;
        pf_parallel_for(threads, threads, round_chunk, s);
        int64_t next = NO_BUCKET;
        for (int t = 0; t < threads; t++) {
            if (s->workers[t].failed) {
                return PF_NO_MEMORY;
            }
            next = s->workers[t].lowest < next ? s->workers[t].lowest : next;
        }
        if (pf_is_cancelled(s->cancel)) {
            return PF_CANCELLED;
        }
        if (next == NO_BUCKET || (target >= 0 && bucket_of(s, s->distance[target]) < next)) {
            return PF_OK;
        }
        if (!gather(s, threads, next)) {
            return PF_NO_MEMORY;
        }
    }
}

int pf_delta_stepping(const pf_csr *out, const pf_csr *in, int32_t start, int32_t target, double delta,
                      int32_t ring_size, int threads, pf_cancel_flag *cancel, double *distance) {
    for (int32_t v = 0; v < out->n; v++) {
        distance[v] = INFINITY;
    }
    distance[start] = 0;
    pf_delta s = {out, in, distance, 1 / delta, ring_size - 1, NULL, malloc(64 * sizeof(int32_t)), 0, 64, 0, 0,
                  cancel};
    s.workers = calloc((size_t) threads, sizeof(pf_worker));
    int status = PF_NO_MEMORY;
    if (s.workers != NULL && s.frontier != NULL) {
        int ready = 1;
        for (int t = 0; t < threads; t++) {
            s.workers[t].ring = calloc((size_t) ring_size, sizeof(pf_bucket));
            ready = ready && s.workers[t].ring != NULL;
        }
        if (ready) {
            status = search(&s, threads, start, target);
        }
        for (int t = 0; t < threads; t++) {
            for (int32_t b = 0; s.workers[t].ring != NULL && b < ring_size; b++) {
                free(s.workers[t].ring[b].list);
            }
            free(s.workers[t].ring);
            free(s.workers[t].spare.list);
        }
    }
    free(s.workers);
    free(s.frontier);
    return status;
}
