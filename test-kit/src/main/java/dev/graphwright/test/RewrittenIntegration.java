package dev.graphwright.test;

import dev.graphwright.api.Integration;
import dev.graphwright.api.InvocationContext;
import dev.graphwright.api.Step;
import dev.graphwright.api.config.ConfigField;
import java.util.List;
import java.util.function.UnaryOperator;

/** An integration seen through a rewrite of its steps (a step made to fail, for instance). */
record RewrittenIntegration(Integration delegate, UnaryOperator<List<Step>> rewrite)
    implements Integration {

  @Override
  public String id() {
    return delegate.id();
  }

  @Override
  public String displayName() {
    return delegate.displayName();
  }

  @Override
  public String description() {
    return delegate.description();
  }

  @Override
  public List<ConfigField> configFields() {
    return delegate.configFields();
  }

  @Override
  public List<Step> steps() {
    return rewrite.apply(delegate.steps());
  }

  @Override
  public List<String> validateInvocation(InvocationContext context) {
    return delegate.validateInvocation(context);
  }
}
