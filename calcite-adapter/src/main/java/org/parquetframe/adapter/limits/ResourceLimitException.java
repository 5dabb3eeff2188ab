package org.parquetframe.adapter.limits;

/** Work refused because it would not fit a configured limit; the message names the limit and how to proceed. */
public class ResourceLimitException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  public ResourceLimitException(String message) {
    super(message);
  }
}
