package dev.graphwright.qualys.client.support;

import dev.graphwright.api.error.PageException;
import dev.graphwright.qualys.client.handler.PageFailureHandler;
import dev.graphwright.qualys.client.handler.RecordHandler;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Thread-safe collectors for records and page failures. */
public final class Collected<T> implements RecordHandler<T>, PageFailureHandler {

  public final List<T> records = new CopyOnWriteArrayList<>();
  public final List<String> failures = new CopyOnWriteArrayList<>();
  public final List<PageException> errors = new CopyOnWriteArrayList<>();

  @Override
  public void accept(T record) {
    records.add(record);
  }

  @Override
  public void onFailure(String what, PageException error) {
    failures.add(what);
    errors.add(error);
  }
}
