package dev.graphwright.qualys.client.qps;

import dev.graphwright.qualys.client.http.ApiRequest;
import dev.graphwright.qualys.client.http.RequestExecutor;
import dev.graphwright.qualys.client.limits.ApiGovernor;
import java.util.function.Function;
import okhttp3.MediaType;
import okhttp3.RequestBody;
import okhttp3.ResponseBody;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import retrofit2.Call;

/**
 * QPS paging as Qualys documents it: repeat the search with {@code <Criteria field="id"
 * operator="GREATER">lastId</Criteria>} while {@code hasMoreRecords} is true. (Offsets would skip
 * or repeat records when data changes between pages.)
 */
public final class QpsPager {

  private static final Logger log = LoggerFactory.getLogger(QpsPager.class);
  private static final MediaType XML = MediaType.get("text/xml; charset=utf-8");

  private QpsPager() {}

  /** Fetches every page of {@code search}, handing records to the parser's handler. */
  public static void pages(
      RequestExecutor executor,
      ApiGovernor governor,
      String label,
      String path,
      QpsSearch search,
      Function<RequestBody, Call<ResponseBody>> call,
      QpsPageParser<?> parser) {
    String lastId = null;
    while (true) {
      QpsSearch pageSearch = lastId == null ? search : search.and("id", "GREATER", lastId);
      String xml = pageSearch.toXml();
      var request =
          ApiRequest.xml(label, path, xml, () -> call.apply(RequestBody.create(xml, XML)));
      QpsPage page = executor.execute(request, governor, parser);
      if (!page.hasMoreRecords() || page.lastId() == null) {
        return;
      }
      if (lastId != null && !greater(page.lastId(), lastId)) {
        log.warn(
            "QPS paging of {} did not advance (lastId {} after {}); stopping",
            path,
            page.lastId(),
            lastId);
        return;
      }
      lastId = page.lastId();
    }
  }

  private static boolean greater(String next, String previous) {
    try {
      return Long.parseLong(next) > Long.parseLong(previous);
    } catch (NumberFormatException e) {
      return !next.equals(previous);
    }
  }
}
