/*
 * Checks of the arrays Java hands over, run before any kernel reads them: a kernel indexes
 * arrays with the values it reads, so one bad offset or id would read outside the heap. The
 * scan is parallel and costs one pass over the arrays; the slow serial pass that finds the first
 * bad entry for the message runs only when something is wrong.
 */
#include <stdio.h>
#include "pf_kernels.h"

static int64_t first_bad_offset(const int32_t *offsets, int64_t n, int64_t m) {
    if (offsets[0] != 0) {
        return 0;
    }
    for (int64_t v = 0; v < n; v++) {
        if (offsets[v + 1] < offsets[v]) {
            return v + 1;
        }
    }
    return offsets[n] != m ? n : -1;
}

#define CHUNK (1 << 16)

typedef struct {
    const int32_t *targets;
    int64_t m;
    uint64_t n;
    int bad;
} pf_id_check;

static void check_ids(void *context, int32_t chunk) {
    pf_id_check *check = context;
    int64_t from, to;
    pf_chunk_range(chunk, CHUNK, check->m, &from, &to);
    int bad = 0;
    for (int64_t e = from; e < to; e++) {
        bad |= (uint32_t) check->targets[e] >= check->n;
    }
    if (bad) {
        __atomic_store_n(&check->bad, 1, __ATOMIC_RELAXED);
    }
}

int pf_validate_csr(const char *name, const int32_t *offsets, int64_t offsets_length, const int32_t *targets,
                    int64_t targets_length, int64_t weights_length, int threads, char *message, size_t size) {
    if (offsets_length < 1) {
        snprintf(message, size, "%s offsets must hold vertexCount + 1 >= 1 entries, but hold %lld", name,
                 (long long) offsets_length);
        return 0;
    }
    int64_t n = offsets_length - 1;
    int64_t bad = first_bad_offset(offsets, n, targets_length);
    if (bad >= 0) {
        snprintf(message, size, "%s offsets must run from 0 to the edge count %lld without decreasing, "
                 "but offsets[%lld] = %d", name, (long long) targets_length, (long long) bad, offsets[bad]);
        return 0;
    }
    if (weights_length >= 0 && weights_length != targets_length) {
        snprintf(message, size, "%s weights must hold one entry per edge (%lld), but hold %lld", name,
                 (long long) targets_length, (long long) weights_length);
        return 0;
    }
    pf_id_check check = {targets, targets_length, (uint64_t) n, 0};
    pf_parallel_for(threads, pf_chunk_count(targets_length, CHUNK), check_ids, &check);
    if (check.bad) {
        for (int64_t e = 0; e < targets_length; e++) {
            if ((uint32_t) targets[e] >= (uint64_t) n) {
                snprintf(message, size, "%s neighbours[%lld] = %d is not a vertex index in [0, %lld)", name,
                         (long long) e, targets[e], (long long) n);
                return 0;
            }
        }
    }
    return 1;
}
