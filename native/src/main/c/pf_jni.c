/*
 * JNI glue between org.parquetframe.nativekernels.NativeMethods and the kernels. Every entry
 * point follows the same steps, because a kernel trusts its arrays completely:
 *   1. check nulls, lengths, sizes and scalar arguments with ordinary JNI calls;
 *   2. pin the arrays with GetPrimitiveArrayCritical (no copy on HotSpot) - from here until they
 *      are released no JNI call is allowed, so errors are only recorded;
 *   3. check the arrays' contents (offsets monotone, ids in range, chunk bounds);
 *   4. run the kernel; 5. release (inputs with JNI_ABORT: never copied back); 6. throw if needed.
 * Bad input raises IllegalArgumentException; a failed allocation raises NativeKernelException.
 */
#include <jni.h>
#include <math.h>
#include <stdio.h>
#include <string.h>
#include "pf_kernels.h"
#include "org_parquetframe_nativekernels_NativeMethods.h"

#define API_VERSION 2
#define STATUS_CANCELLED (-1)
#define STATUS_NEEDS_IN_EDGES (-2)
#define MAX_PINS 12
#define MESSAGE_SIZE 512

typedef struct {
    jarray array;
    void *data;
    jint mode;
} pf_pin;

/* What one call pinned, and the first error met, to be thrown once everything is released. */
typedef struct {
    JNIEnv *env;
    pf_pin pins[MAX_PINS];
    int count;
    int pin_failed;
    const char *error_class;
    char message[MESSAGE_SIZE];
} pf_call;

static void fail(pf_call *call, const char *error_class, const char *format, const char *detail) {
    if (call->error_class == NULL) {
        call->error_class = error_class;
        snprintf(call->message, MESSAGE_SIZE, format, detail);
    }
}

static void begin(pf_call *call, JNIEnv *env) {
    memset(call, 0, sizeof *call);
    call->env = env;
}

#define ILLEGAL "java/lang/IllegalArgumentException"
#define KERNEL_ERROR "org/parquetframe/nativekernels/NativeKernelException"

static void *pin(pf_call *call, jarray array, int output) {
    if (array == NULL || call->pin_failed) {
        return NULL;
    }
    void *data = (*call->env)->GetPrimitiveArrayCritical(call->env, array, NULL);
    if (data == NULL) {
        call->pin_failed = 1;
        return NULL;
    }
    call->pins[call->count++] = (pf_pin){array, data, output ? 0 : JNI_ABORT};
    return data;
}

static void release_all(pf_call *call) {
    while (call->count > 0) {
        pf_pin *p = &call->pins[--call->count];
        (*call->env)->ReleasePrimitiveArrayCritical(call->env, p->array, p->data, p->mode);
    }
}

/* Releases the arrays, then throws the recorded error if any; returns whether the call may go on. */
static int finish(pf_call *call) {
    JNIEnv *env = call->env;
    release_all(call);
    if (call->pin_failed && !(*env)->ExceptionCheck(env)) {
        fail(call, KERNEL_ERROR, "%s", "could not pin the graph arrays (GetPrimitiveArrayCritical failed)");
    }
    if ((*env)->ExceptionCheck(env)) {
        return 0;
    }
    if (call->error_class != NULL) {
        jclass type = (*env)->FindClass(env, call->error_class);
        if (type != NULL) {
            (*env)->ThrowNew(env, type, call->message);
        }
        return 0;
    }
    return 1;
}

static jsize length_of(pf_call *call, jarray array, const char *name, int required) {
    if (array == NULL) {
        if (required) {
            fail(call, ILLEGAL, "%s must not be null", name);
        }
        return -1;
    }
    return (*call->env)->GetArrayLength(call->env, array);
}

static void require_at_least(pf_call *call, jsize length, jsize needed, const char *name) {
    if (length >= 0 && length < needed) {
        char detail[160];
        snprintf(detail, sizeof detail, "%s must hold at least %d entries, but holds %d", name, (int) needed,
                 (int) length);
        fail(call, ILLEGAL, "%s", detail);
    }
}

static void require_vertex(pf_call *call, jint v, jint n, const char *name) {
    if (v < 0 || v >= n) {
        char detail[160];
        snprintf(detail, sizeof detail, "%s must be a vertex index in [0, %d), got %d", name, (int) n, (int) v);
        fail(call, ILLEGAL, "%s", detail);
    }
}

static void require_threads(pf_call *call, jint threads) {
    if (threads < 1) {
        fail(call, ILLEGAL, "%s", "threads must be >= 1");
    }
}

/* The cancellation flag: the first int of a direct buffer that Java sets to non-zero. */
static pf_cancel_flag *cancel_flag(pf_call *call, jobject buffer) {
    if (buffer == NULL) {
        return NULL;
    }
    void *address = (*call->env)->GetDirectBufferAddress(call->env, buffer);
    jlong capacity = (*call->env)->GetDirectBufferCapacity(call->env, buffer);
    if (address == NULL || capacity < 4 || ((uintptr_t) address & 3) != 0) {
        fail(call, ILLEGAL, "%s", "the cancellation flag must be an aligned direct buffer of at least 4 bytes");
        return NULL;
    }
    return (pf_cancel_flag *) address;
}

/* Pins and checks one CSR direction; offsets == NULL leaves it absent. */
static void pin_csr(pf_call *call, const char *name, jintArray offsets, jintArray targets, jdoubleArray weights,
                    jsize offsets_length, jsize targets_length, jsize weights_length, int threads, pf_csr *csr) {
    csr->offsets = pin(call, offsets, 0);
    csr->targets = pin(call, targets, 0);
    csr->weights = pin(call, weights, 0);
    csr->n = offsets_length - 1;
    if (csr->offsets != NULL && call->error_class == NULL && !call->pin_failed
            && !pf_validate_csr(name, csr->offsets, offsets_length, csr->targets, targets_length,
                                weights == NULL ? -1 : weights_length, threads, call->message, MESSAGE_SIZE)) {
        call->error_class = ILLEGAL;
    }
}

/* The common argument checks of a CSR pair: out is required, in optional but then of the same size. */
static jsize check_csr_lengths(pf_call *call, jintArray out_offsets, jintArray out_targets, jintArray in_offsets,
                               jintArray in_targets, jsize *lengths) {
    lengths[0] = length_of(call, out_offsets, "out offsets", 1);
    lengths[1] = length_of(call, out_targets, "out neighbours", 1);
    lengths[2] = length_of(call, in_offsets, "in offsets", 0);
    lengths[3] = length_of(call, in_targets, "in neighbours", in_offsets != NULL);
    if (lengths[0] == 0) {
        fail(call, ILLEGAL, "%s", "out offsets must hold vertexCount + 1 >= 1 entries");
    }
    if (lengths[2] >= 0 && lengths[2] != lengths[0]) {
        fail(call, ILLEGAL, "%s", "in offsets must have as many entries as out offsets");
    }
    if (lengths[2] >= 0 && lengths[3] != lengths[1]) {
        fail(call, ILLEGAL, "%s", "in neighbours must have as many entries as out neighbours");
    }
    return lengths[0] - 1;
}

static void status_error(pf_call *call, int status, const char *kernel) {
    if (status == PF_NO_MEMORY) {
        fail(call, KERNEL_ERROR, "native %s kernel could not allocate its working memory; free memory or "
             "use engine => 'jvm'", kernel);
    }
}

JNIEXPORT jint JNICALL Java_org_parquetframe_nativekernels_NativeMethods_apiVersion(JNIEnv *env, jclass type) {
    return API_VERSION;
}

JNIEXPORT jstring JNICALL Java_org_parquetframe_nativekernels_NativeMethods_describe(JNIEnv *env, jclass type) {
    char text[256];
#if defined(__clang__)
    const char *compiler = "clang " __clang_version__;
#elif defined(__GNUC__)
    const char *compiler = "gcc " __VERSION__;
#else
    const char *compiler = "an unknown compiler";
#endif
    snprintf(text, sizeof text, "api %d, compiled by %s, pthreads helper pool", API_VERSION, compiler);
    return (*env)->NewStringUTF(env, text);
}

JNIEXPORT jlong JNICALL Java_org_parquetframe_nativekernels_NativeMethods_pinRoundTrip(
        JNIEnv *env, jclass type, jintArray a, jintArray b, jdoubleArray c) {
    pf_call call;
    begin(&call, env);
    jint *x = pin(&call, a, 0);
    jint *y = pin(&call, b, 0);
    jdouble *z = pin(&call, c, 0);
    jlong touched = (x != NULL ? x[0] : 0) + (y != NULL ? y[0] : 0) + (z != NULL ? (jlong) z[0] : 0);
    finish(&call);
    return touched;
}

JNIEXPORT jlong JNICALL Java_org_parquetframe_nativekernels_NativeMethods_pagerank(
        JNIEnv *env, jclass type, jintArray in_offsets, jintArray in_sources, jdoubleArray in_weights,
        jdoubleArray reciprocals, jintArray bounds, jdouble damping, jint max_iterations, jdouble tolerance,
        jint threads, jobject cancel_buffer, jdoubleArray scores) {
    pf_call call;
    begin(&call, env);
    jsize offsets_length = length_of(&call, in_offsets, "in offsets", 1);
    jsize sources_length = length_of(&call, in_sources, "in neighbours", 1);
    jsize weights_length = length_of(&call, in_weights, "in weights", 0);
    jsize n = offsets_length - 1;
    jsize bounds_length = length_of(&call, bounds, "chunk bounds", 1);
    require_at_least(&call, length_of(&call, reciprocals, "reciprocals", 1), n, "reciprocals");
    require_at_least(&call, length_of(&call, scores, "scores", 1), n, "scores");
    if (offsets_length >= 0 && n < 1) {
        fail(&call, ILLEGAL, "%s", "the native PageRank needs at least one vertex");
    }
    if (bounds_length >= 0 && bounds_length < 2) {
        fail(&call, ILLEGAL, "%s", "chunk bounds must hold at least 2 entries");
    }
    if (max_iterations < 0 || !(tolerance >= 0) || !(damping >= 0 && damping <= 1)) {
        fail(&call, ILLEGAL, "%s", "damping must be in [0, 1], max_iterations >= 0 and tolerance >= 0");
    }
    require_threads(&call, threads);
    pf_cancel_flag *cancel = cancel_flag(&call, cancel_buffer);
    if (call.error_class != NULL) {
        finish(&call);
        return 0;
    }
    pf_csr in;
    pin_csr(&call, "in", in_offsets, in_sources, in_weights, offsets_length, sources_length, weights_length, threads,
            &in);
    const double *r = pin(&call, reciprocals, 0);
    const int32_t *b = pin(&call, bounds, 0);
    double *x = pin(&call, scores, 1);
    int32_t chunks = bounds_length - 1;
    if (call.error_class == NULL && !call.pin_failed) {
        int ok = b[0] == 0 && b[chunks] == n;
        for (int32_t c = 0; ok && c < chunks; c++) {
            ok = b[c + 1] >= b[c];
        }
        if (!ok) {
            fail(&call, ILLEGAL, "%s", "chunk bounds must run from 0 to vertexCount without decreasing");
        }
    }
    int32_t iterations = 0, converged = 0;
    int status = PF_OK;
    if (call.error_class == NULL && !call.pin_failed) {
        status = pf_pagerank(&in, r, b, chunks, damping, max_iterations, tolerance, threads, cancel, x, &iterations,
                             &converged);
        status_error(&call, status, "PageRank");
    }
    if (!finish(&call)) {
        return 0;
    }
    return status == PF_CANCELLED ? STATUS_CANCELLED : ((jlong) iterations << 1) | converged;
}

JNIEXPORT jint JNICALL Java_org_parquetframe_nativekernels_NativeMethods_bfs(
        JNIEnv *env, jclass type, jintArray out_offsets, jintArray out_targets, jintArray in_offsets,
        jintArray in_sources, jint start, jint target, jboolean directed, jint max_depth, jint threads, jint alpha,
        jint beta, jint min_level_cost, jobject cancel_buffer, jintArray depth, jintArray parent, jintArray order) {
    pf_call call;
    begin(&call, env);
    jsize lengths[4];
    jsize n = check_csr_lengths(&call, out_offsets, out_targets, in_offsets, in_sources, lengths);
    if (!directed && in_offsets == NULL) {
        fail(&call, ILLEGAL, "%s", "an undirected search needs the in-edges");
    }
    require_at_least(&call, length_of(&call, depth, "depth", 1), n, "depth");
    require_at_least(&call, length_of(&call, parent, "parent", 1), n, "parent");
    require_at_least(&call, length_of(&call, order, "order", 1), n, "order");
    require_vertex(&call, start, n, "start");
    if (target != -1) {
        require_vertex(&call, target, n, "target");
    }
    if (max_depth < -1 || alpha < 0 || beta < 0) {
        fail(&call, ILLEGAL, "%s", "maxDepth must be >= -1 and the tuning values >= 0");
    }
    require_threads(&call, threads);
    pf_cancel_flag *cancel = cancel_flag(&call, cancel_buffer);
    if (call.error_class != NULL) {
        finish(&call);
        return 0;
    }
    pf_csr out, in;
    pin_csr(&call, "out", out_offsets, out_targets, NULL, lengths[0], lengths[1], -1, threads, &out);
    pin_csr(&call, "in", in_offsets, in_sources, NULL, lengths[0], lengths[3], -1, threads, &in);
    int32_t *d = pin(&call, depth, 1);
    int32_t *p = pin(&call, parent, 1);
    int32_t *o = pin(&call, order, 1);
    int32_t reached = 0;
    int status = PF_OK;
    if (call.error_class == NULL && !call.pin_failed) {
        status = pf_bfs(&out, &in, start, target, directed, max_depth, threads, alpha, beta, min_level_cost, cancel,
                        d, p, o, &reached);
        status_error(&call, status, "BFS");
    }
    if (!finish(&call)) {
        return 0;
    }
    return status == PF_CANCELLED ? STATUS_CANCELLED : status == PF_NEEDS_IN_EDGES ? STATUS_NEEDS_IN_EDGES : reached;
}

JNIEXPORT jint JNICALL Java_org_parquetframe_nativekernels_NativeMethods_dfs(
        JNIEnv *env, jclass type, jintArray out_offsets, jintArray out_targets, jintArray in_offsets,
        jintArray in_sources, jint start, jint max_depth, jobject cancel_buffer, jintArray discovery,
        jintArray depth, jintArray parent, jintArray order) {
    pf_call call;
    begin(&call, env);
    jsize lengths[4];
    jsize n = check_csr_lengths(&call, out_offsets, out_targets, in_offsets, in_sources, lengths);
    require_at_least(&call, length_of(&call, discovery, "discovery", 1), n, "discovery");
    require_at_least(&call, length_of(&call, depth, "depth", 1), n, "depth");
    require_at_least(&call, length_of(&call, parent, "parent", 1), n, "parent");
    require_at_least(&call, length_of(&call, order, "order", 1), n, "order");
    require_vertex(&call, start, n, "start");
    if (max_depth < -1) {
        fail(&call, ILLEGAL, "%s", "maxDepth must be -1 (unlimited) or >= 0");
    }
    pf_cancel_flag *cancel = cancel_flag(&call, cancel_buffer);
    if (call.error_class != NULL) {
        finish(&call);
        return 0;
    }
    pf_csr out, in;
    pin_csr(&call, "out", out_offsets, out_targets, NULL, lengths[0], lengths[1], -1, 1, &out);
    pin_csr(&call, "in", in_offsets, in_sources, NULL, lengths[0], lengths[3], -1, 1, &in);
    int32_t *disc = pin(&call, discovery, 1);
    int32_t *d = pin(&call, depth, 1);
    int32_t *p = pin(&call, parent, 1);
    int32_t *o = pin(&call, order, 1);
    int32_t visited = 0;
    int status = PF_OK;
    if (call.error_class == NULL && !call.pin_failed) {
        status = pf_dfs(&out, &in, start, max_depth, cancel, disc, d, p, o, &visited);
        status_error(&call, status, "DFS");
    }
    if (!finish(&call)) {
        return 0;
    }
    return status == PF_CANCELLED ? STATUS_CANCELLED : visited;
}

JNIEXPORT jint JNICALL Java_org_parquetframe_nativekernels_NativeMethods_deltaStepping(
        JNIEnv *env, jclass type, jintArray out_offsets, jintArray out_targets, jdoubleArray out_weights,
        jintArray in_offsets, jintArray in_sources, jdoubleArray in_weights, jint start, jint target, jdouble delta,
        jint ring_size, jint threads, jobject cancel_buffer, jdoubleArray distance) {
    pf_call call;
    begin(&call, env);
    jsize lengths[4];
    jsize n = check_csr_lengths(&call, out_offsets, out_targets, in_offsets, in_sources, lengths);
    jsize out_weights_length = length_of(&call, out_weights, "out weights", 0);
    jsize in_weights_length = length_of(&call, in_weights, "in weights", 0);
    if (in_offsets != NULL && (out_weights == NULL) != (in_weights == NULL)) {
        fail(&call, ILLEGAL, "%s", "both directions must be weighted, or neither");
    }
    require_at_least(&call, length_of(&call, distance, "distance", 1), n, "distance");
    require_vertex(&call, start, n, "start");
    if (target != -1) {
        require_vertex(&call, target, n, "target");
    }
    if (!(delta > 0 && delta < INFINITY && 1 / delta < INFINITY) || ring_size < 1 || (ring_size & (ring_size - 1)) != 0
            || ring_size > (1 << 20)) {
        fail(&call, ILLEGAL, "%s", "delta must be positive and finite, with a finite inverse, and the ring size a "
             "power of two up to 2^20");
    }
    require_threads(&call, threads);
    pf_cancel_flag *cancel = cancel_flag(&call, cancel_buffer);
    if (call.error_class != NULL) {
        finish(&call);
        return 0;
    }
    pf_csr out, in;
    pin_csr(&call, "out", out_offsets, out_targets, out_weights, lengths[0], lengths[1], out_weights_length, threads,
            &out);
    pin_csr(&call, "in", in_offsets, in_sources, in_weights, lengths[0], lengths[3], in_weights_length, threads, &in);
    double *dist = pin(&call, distance, 1);
    int status = PF_OK;
    if (call.error_class == NULL && !call.pin_failed) {
        status = pf_delta_stepping(&out, &in, start, target, delta, ring_size, threads, cancel, dist);
        status_error(&call, status, "delta-stepping");
    }
    if (!finish(&call)) {
        return 0;
    }
    return status == PF_CANCELLED ? STATUS_CANCELLED : 0;
}

JNIEXPORT jint JNICALL Java_org_parquetframe_nativekernels_NativeMethods_components(
        JNIEnv *env, jclass type, jintArray out_offsets, jintArray out_targets, jintArray in_offsets,
        jintArray in_sources, jint threads, jobject cancel_buffer, jintArray label) {
    pf_call call;
    begin(&call, env);
    jsize lengths[4];
    jsize n = check_csr_lengths(&call, out_offsets, out_targets, in_offsets, in_sources, lengths);
    if (in_offsets == NULL) {
        fail(&call, ILLEGAL, "%s", "in offsets must not be null");
    }
    require_at_least(&call, length_of(&call, label, "label", 1), n, "label");
    require_threads(&call, threads);
    pf_cancel_flag *cancel = cancel_flag(&call, cancel_buffer);
    if (call.error_class != NULL) {
        finish(&call);
        return 0;
    }
    pf_csr out, in;
    pin_csr(&call, "out", out_offsets, out_targets, NULL, lengths[0], lengths[1], -1, threads, &out);
    pin_csr(&call, "in", in_offsets, in_sources, NULL, lengths[0], lengths[3], -1, threads, &in);
    int32_t *l = pin(&call, label, 1);
    int status = PF_OK;
    if (call.error_class == NULL && !call.pin_failed) {
        status = pf_components(&out, &in, threads, cancel, l);
    }
    if (!finish(&call)) {
        return 0;
    }
    return status == PF_CANCELLED ? STATUS_CANCELLED : 0;
}
