package org.parquetframe.jdbc;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Proxy;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.Wrapper;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The invocation handler behind the driver's JDBC objects: a call goes to the override object when
 * its class declares a public method of the same name and parameter types, and to the Calcite object
 * it wraps otherwise. Each wrapper class thus lists only the methods it changes, typed exactly as the
 * JDBC interface declares them, and the many JDBC methods Calcite answers well stay Calcite's.
 * {@code unwrap} and {@code isWrapperFor} answer with the wrapper for the interfaces it implements,
 * and with Calcite's object for the rest (e.g. {@code unwrap(CalciteConnection.class)}). An override
 * object that is a {@link FailureTranslator} sees every SQLException before the caller does.
 */
final class Forwarding implements InvocationHandler {

  /** Turns a failure of a forwarded or overridden call into the one the caller should see. */
  interface FailureTranslator {
    SQLException translate(Method method, Object[] args, SQLException failure);
  }

  /** Per override class: interface method to the override method, or empty to forward. */
  private static final ClassValue<Map<Method, Optional<Method>>> ROUTES = new ClassValue<>() {
    @Override
    protected Map<Method, Optional<Method>> computeValue(Class<?> type) {
      return new ConcurrentHashMap<>();
    }
  };

  private final Object target;
  private final Object overrides;

  private Forwarding(Object target, Object overrides) {
    this.target = target;
    this.overrides = overrides;
  }

  /**
   * A {@code type} whose calls go to {@code overrides} where it declares them and to {@code target}
   * otherwise; with a null target, calls that are not overridden are unsupported.
   */
  static <T> T proxy(Class<T> type, T target, Object overrides) {
    Object proxy = Proxy.newProxyInstance(Forwarding.class.getClassLoader(), new Class<?>[] {type},
        new Forwarding(target, overrides));
    return type.cast(proxy);
  }

  @Override
  public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
    if (method.getDeclaringClass() == Object.class) {
      return switch (method.getName()) {
        case "equals" -> proxy == args[0];
        case "hashCode" -> System.identityHashCode(proxy);
        default -> String.valueOf(target != null ? target : overrides);
      };
    }
    if (method.getDeclaringClass() == Wrapper.class) {
      Class<?> type = (Class<?>) args[0];
      if (type.isInstance(proxy)) {
        return method.getName().equals("unwrap") ? proxy : Boolean.TRUE;
      }
      if (target == null) {
        if (method.getName().equals("isWrapperFor")) {
          return Boolean.FALSE;
        }
        throw new SQLException("Not a wrapper for " + type.getName());
      }
    }
    Optional<Method> override = route(method);
    try {
      if (override.isPresent()) {
        return override.get().invoke(overrides, args);
      }
      if (target == null) {
        throw new SQLFeatureNotSupportedException(method.getDeclaringClass().getSimpleName() + "." + method.getName()
            + " is not supported on this result");
      }
      return method.invoke(target, args);
    } catch (InvocationTargetException e) {
      Throwable cause = e.getCause();
      if (cause instanceof SQLException failure && overrides instanceof FailureTranslator translator) {
        throw translator.translate(method, args, failure);
      }
      throw cause;
    }
  }

  private Optional<Method> route(Method method) {
    Map<Method, Optional<Method>> routes = ROUTES.get(overrides.getClass());
    Optional<Method> route = routes.get(method);
    if (route == null) {
      route = find(overrides, method);
      routes.put(method, route);
    }
    return route;
  }

  private static Optional<Method> find(Object overrides, Method method) {
    try {
      Method candidate = overrides.getClass().getDeclaredMethod(method.getName(), method.getParameterTypes());
      return Modifier.isPublic(candidate.getModifiers()) ? Optional.of(candidate) : Optional.empty();
    } catch (NoSuchMethodException e) {
      return Optional.empty();
    }
  }
}
