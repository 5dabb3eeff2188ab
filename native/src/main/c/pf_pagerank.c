/*
 * PageRank by power iteration, pulling over in-edges: the native twin of PageRank.java (NetworkX
 * semantics: uniform teleport, dangling rank spread uniformly, stop when the L1 change is below
 * n * tolerance or after max_iterations). It sweeps the same chunks as the JVM kernel (bounds
 * come from Java) and adds the per-chunk sums in chunk order, with the same operations in the
 * same order per vertex, so its scores equal the JVM's bit for bit for any thread count.
 * Build without -ffast-math and with -ffp-contract=off: fused multiply-adds would change them.
 */
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include "pf_kernels.h"

typedef struct {
    const int32_t *offsets;
    const int32_t *sources;
    const double *weights;
    const double *reciprocals;
    double *x_out;
    double *x, *contributions, *next_x, *next_contributions;
    double *dangling_parts, *change_parts, *total_parts;
} pf_power_iteration;

static double sum_in_order(const double *parts, int32_t count) {
    double sum = 0;
    for (int32_t c = 0; c < count; c++) {
        sum += parts[c];
    }
    return sum;
}

static void sweep(pf_power_iteration *s, int32_t chunk, int32_t from, int32_t to, double d, double dangling_share,
                  double teleport) {
    double dangling = 0, change = 0, total = 0;
    const double *contributions = s->contributions;
    for (int32_t v = from; v < to; v++) {
        double inflow = 0;
        if (s->weights == NULL) {
            for (int32_t e = s->offsets[v], end = s->offsets[v + 1]; e < end; e++) {
                inflow += contributions[s->sources[e]];
            }
        } else {
            for (int32_t e = s->offsets[v], end = s->offsets[v + 1]; e < end; e++) {
                inflow += contributions[s->sources[e]] * s->weights[e];
            }
        }
        double xv = d * (inflow + dangling_share) + teleport;
        s->next_x[v] = xv;
        double reciprocal = s->reciprocals[v];
        s->next_contributions[v] = xv * reciprocal;
        if (reciprocal == 0) {
            dangling += xv;
        }
        change += fabs(xv - s->x[v]);
        total += xv;
    }
    s->dangling_parts[chunk] = dangling;
    s->change_parts[chunk] = change;
    s->total_parts[chunk] = total;
}

typedef struct {
    pf_power_iteration *s;
    const int32_t *bounds;
    double damping, dangling_share, teleport, total;
} pf_sweep;

static void sweep_chunk(void *context, int32_t c) {
    pf_sweep *w = context;
    sweep(w->s, c, w->bounds[c], w->bounds[c + 1], w->damping, w->dangling_share, w->teleport);
}

/* Normalises the final vector into the caller's array, over the same chunks. */
static void normalise_chunk(void *context, int32_t c) {
    pf_sweep *w = context;
    for (int32_t v = w->bounds[c]; v < w->bounds[c + 1]; v++) {
        w->s->x_out[v] = w->s->x[v] / w->total;
    }
}

static void swap(double **a, double **b) {
    double *t = *a;
    *a = *b;
    *b = t;
}

int pf_pagerank(const pf_csr *in, const double *reciprocals, const int32_t *bounds, int32_t chunks,
                double damping, int32_t max_iterations, double tolerance, int threads,
                pf_cancel_flag *cancel, double *x, int32_t *iterations, int32_t *converged) {
    int32_t n = in->n;
    size_t vector = (size_t) n * sizeof(double);
    size_t parts = (size_t) chunks * sizeof(double);
    double *buffer = malloc(3 * vector + 3 * parts);
    if (buffer == NULL) {
        return PF_NO_MEMORY;
    }
    pf_power_iteration s = {in->offsets, in->targets, in->weights, reciprocals, x, x, buffer, buffer + n,
                            buffer + 2 * (size_t) n, buffer + 3 * (size_t) n, buffer + 3 * (size_t) n + chunks,
                            buffer + 3 * (size_t) n + 2 * (size_t) chunks};
    double uniform = 1.0 / n;
    double dangling = 0;
    for (int32_t v = 0; v < n; v++) {
        x[v] = uniform;
        s.contributions[v] = uniform * reciprocals[v];
        if (reciprocals[v] == 0) {
            dangling += uniform;
        }
    }
    memset(s.dangling_parts, 0, parts);
    s.dangling_parts[0] = dangling; /* chunk 0 carries the initial dangling rank, as in Java */
    double teleport = (1 - damping) * uniform;
    double limit = n * tolerance;
    int32_t done = 0;
    int32_t stopped = 0;
    int status = PF_OK;
    pf_sweep w = {&s, bounds, damping, 0, teleport, 0};
    while (done < max_iterations) {
        if (pf_is_cancelled(cancel)) {
            status = PF_CANCELLED;
            break;
        }
        w.dangling_share = sum_in_order(s.dangling_parts, chunks) * uniform;
        pf_parallel_for(threads, chunks, sweep_chunk, &w);
        swap(&s.x, &s.next_x);
        swap(&s.contributions, &s.next_contributions);
        done++;
        if (sum_in_order(s.change_parts, chunks) < limit) {
            stopped = 1;
            break;
        }
    }
    if (status == PF_OK) {
        w.total = sum_in_order(s.total_parts, chunks);
        pf_parallel_for(threads, chunks, normalise_chunk, &w);
        *iterations = done;
        *converged = stopped;
    }
    free(buffer);
    return status;
}
