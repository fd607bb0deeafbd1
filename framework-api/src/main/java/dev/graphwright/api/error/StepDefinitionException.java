package dev.graphwright.api.error;

/** An integration's steps cannot be run: unknown dependency, cycle or duplicate id. Fatal. */
public final class StepDefinitionException extends IntegrationException {

  public StepDefinitionException(String message) {
    super(message, null);
  }

  @Override
  public String code() {
    return "STEP_DEFINITION";
  }

  @Override
  public boolean fatal() {
    return true;
  }
}
