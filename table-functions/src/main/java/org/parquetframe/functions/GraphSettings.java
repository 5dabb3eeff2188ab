package org.parquetframe.functions;

/** Connection-wide defaults of the graph functions: the engine and the number of kernel threads. */
public record GraphSettings(Engine engine, int threads) {}
