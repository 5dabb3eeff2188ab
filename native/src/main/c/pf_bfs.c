/*
 * Level-synchronous, direction-optimizing breadth-first search (Beamer, Asanovic, Patterson,
 * SC 2012): the native twin of Bfs.java. It takes the same direction at every level, because
 * the heuristic reads only sizes and the tuning comes from Java, and it fills the same arrays:
 * a top-down level appends vertices as the serial queue does (parent: earliest frontier vertex
 * with an edge to it), a bottom-up level gives each new vertex its first in-neighbour in the
 * frontier and lists new vertices by index. Top-down levels run on the calling thread (big levels
 * usually go bottom-up); bottom-up levels are parallel, over a bitmap of the frontier as in GAP's
 * bfs.cc (see BfsLevels.bottomUp for why).
 */
#include <stdlib.h>
#include <string.h>
#include "pf_kernels.h"

#define CHECK_INTERVAL (1 << 16)
#define BOTTOM_UP_CHUNK 4096 /* a multiple of 64: each chunk owns whole words of the next bitmap */

typedef struct {
    const pf_csr *out;
    const pf_csr *in;
    int directed;
    int32_t *depth, *parent, *order;
    int32_t head, tail;
    int64_t next_scan;
    uint64_t *bits;         /* one allocation for the two bitmaps below, made by the first bottom-up step */
    uint64_t *front, *next; /* bottom-up: the current and the next level as bitmaps */
    int front_in_bits;
} pf_levels;

static int64_t scan_degree(const pf_levels *l, int32_t v) {
    int64_t degree = l->out->offsets[v + 1] - l->out->offsets[v];
    return l->directed ? degree : degree + l->in->offsets[v + 1] - l->in->offsets[v];
}

static int32_t visit_new(const pf_csr *csr, int32_t u, int32_t next_depth, int32_t next, pf_levels *l) {
    for (int32_t e = csr->offsets[u], end = csr->offsets[u + 1]; e < end; e++) {
        int32_t v = csr->targets[e];
        if (l->depth[v] < 0) {
            l->depth[v] = next_depth;
            l->parent[v] = u;
            l->order[next++] = v;
        }
    }
    return next;
}

static void advance(pf_levels *l, int32_t next, int64_t scan) {
    l->head = l->tail;
    l->tail = next;
    l->next_scan = scan;
    l->front_in_bits = 0;
}

static int top_down(pf_levels *l, int32_t d, pf_cancel_flag *cancel) {
    int32_t end = l->tail, next = l->tail;
    int64_t work = 0, scan = 0;
    for (int32_t pos = l->head; pos < end; pos++) {
        int32_t u = l->order[pos];
        next = visit_new(l->out, u, d + 1, next, l);
        if (!l->directed) {
            next = visit_new(l->in, u, d + 1, next, l);
        }
        work += 1 + scan_degree(l, u);
        if (work >= CHECK_INTERVAL) {
            if (pf_is_cancelled(cancel)) {
                return PF_CANCELLED;
            }
            work = 0;
        }
    }
    for (int32_t pos = end; pos < next; pos++) {
        scan += scan_degree(l, l->order[pos]);
    }
    advance(l, next, scan);
    return PF_OK;
}

static int32_t frontier_neighbour(const pf_csr *csr, int32_t v, const uint64_t *front) {
    for (int32_t e = csr->offsets[v], end = csr->offsets[v + 1]; e < end; e++) {
        int32_t u = csr->targets[e];
        if (front[u >> 6] & (UINT64_C(1) << (u & 63))) {
            return u;
        }
    }
    return -1;
}

typedef struct {
    pf_levels *l;
    int32_t d;
} pf_bottom_up;

/* Each unvisited vertex of the chunk takes its first neighbour in the frontier as parent. */
static void bottom_up_chunk(void *context, int32_t chunk) {
    pf_bottom_up *step = context;
    pf_levels *l = step->l;
    int64_t from, to;
    pf_chunk_range(chunk, BOTTOM_UP_CHUNK, l->out->n, &from, &to);
    memset(l->next + (from >> 6), 0, (size_t) ((to + 63) / 64 - from / 64) * sizeof(uint64_t));
    for (int32_t v = (int32_t) from; v < to; v++) {
        if (l->depth[v] < 0) {
            int32_t p = l->directed ? -1 : frontier_neighbour(l->out, v, l->front);
            if (p < 0) {
                p = frontier_neighbour(l->in, v, l->front);
            }
            if (p >= 0) {
                l->parent[v] = p;
                l->depth[v] = step->d + 1;
                l->next[v >> 6] |= UINT64_C(1) << (v & 63);
            }
        }
    }
}

static int bottom_up(pf_levels *l, int32_t d, int threads, pf_cancel_flag *cancel) {
    int32_t n = l->out->n;
    size_t words = ((size_t) n + 63) / 64;
    if (l->bits == NULL) {
        l->bits = malloc(2 * words * sizeof(uint64_t));
        if (l->bits == NULL) {
            return PF_NO_MEMORY;
        }
        l->front = l->bits;
        l->next = l->bits + words;
    }
    if (!l->front_in_bits) {
        memset(l->front, 0, words * sizeof(uint64_t));
        for (int32_t pos = l->head; pos < l->tail; pos++) {
            int32_t u = l->order[pos];
            l->front[u >> 6] |= UINT64_C(1) << (u & 63);
        }
    }
    pf_bottom_up step = {l, d};
    pf_parallel_for(threads, pf_chunk_count(n, BOTTOM_UP_CHUNK), bottom_up_chunk, &step);
    if (pf_is_cancelled(cancel)) {
        return PF_CANCELLED;
    }
    int32_t next = l->tail;
    int64_t scan = 0;
    for (int32_t v = 0; v < n; v++) {
        if (l->depth[v] == d + 1) {
            l->order[next++] = v;
            scan += scan_degree(l, v);
        }
    }
    advance(l, next, scan);
    uint64_t *t = l->front;
    l->front = l->next;
    l->next = t;
    l->front_in_bits = 1;
    return PF_OK;
}

/* The level loop with the direction heuristic of Bfs.run. */
static int run_levels(pf_levels *l, int32_t target, int32_t max_depth, int threads, int32_t alpha, int32_t beta,
                      int32_t min_level_cost, pf_cancel_flag *cancel) {
    int32_t n = l->out->n;
    int64_t scout = scan_degree(l, l->order[0]);
    int64_t edges = l->out->offsets[n];
    int64_t unexplored = (l->directed ? edges : 2 * edges) - scout;
    int bottom = 0;
    int32_t previous_size = 0;
    for (int32_t d = 0; l->tail - l->head > 0 && d != max_depth; d++) {
        if (target >= 0 && l->depth[target] >= 0) {
            break;
        }
        if (pf_is_cancelled(cancel)) {
            return PF_CANCELLED;
        }
        int32_t size = l->tail - l->head;
        int small = scout + size < min_level_cost;
        if (bottom) {
            bottom = !small && (beta == 0 || size >= previous_size || size > n / beta);
        } else {
            bottom = !small && alpha > 0 && scout > unexplored / alpha;
        }
        int status;
        if (bottom) {
            if (l->in->offsets == NULL) {
                return PF_NEEDS_IN_EDGES;
            }
            status = bottom_up(l, d, threads, cancel);
        } else {
            status = top_down(l, d, cancel);
        }
        if (status != PF_OK) {
            return status;
        }
        previous_size = size;
        scout = l->next_scan;
        unexplored -= scout;
    }
    return PF_OK;
}

int pf_bfs(const pf_csr *out, const pf_csr *in, int32_t start, int32_t target, int directed,
           int32_t max_depth, int threads, int32_t alpha, int32_t beta, int32_t min_level_cost,
           pf_cancel_flag *cancel, int32_t *depth, int32_t *parent, int32_t *order, int32_t *reached) {
    for (int32_t v = 0; v < out->n; v++) {
        depth[v] = -1;
        parent[v] = -1;
    }
    pf_levels l = {out, in, directed, depth, parent, order, 0, 1, 0, NULL, NULL, NULL, 0};
    depth[start] = 0;
    order[0] = start;
    int status = run_levels(&l, target, max_depth, threads, alpha, beta, min_level_cost, cancel);
    free(l.bits);
    *reached = l.tail;
    return status;
}
