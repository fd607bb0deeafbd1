package dev.graphwright.qualys.client.qps;

import dev.graphwright.api.graph.RawRef;
import dev.graphwright.qualys.client.xml.XmlNode;

/** Maps one QPS record node (HostAsset, WebApp, Finding) to its DTO. */
@FunctionalInterface
public interface QpsRecordMapper<T> {

  T map(XmlNode node, RawRef rawRef);
}
