package dev.graphwright.qualys.sim.api;

import dev.graphwright.qualys.sim.data.HostFactory;
import dev.graphwright.qualys.sim.data.TagRecord;
import dev.graphwright.qualys.sim.xml.XmlOut;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.PrimitiveIterator;
import java.util.stream.LongStream;

/** Asset Management tags ({@code Tag}), ascending by id: the pool the hosts' tags come from. */
final class TagResource implements QpsResource<TagRecord> {
  private static final Map<String, QpsField<TagRecord>> FIELDS = buildFields();
  private static final List<TagRecord> TAGS = HostFactory.allTags();

  private static Map<String, QpsField<TagRecord>> buildFields() {
    var fields = new LinkedHashMap<String, QpsField<TagRecord>>();
    fields.put("id", QpsField.of("id", QpsField.Type.LONG, TagRecord::id));
    fields.put("name", QpsField.of("name", QpsField.Type.TEXT, TagRecord::name));
    return Collections.unmodifiableMap(fields);
  }

  @Override
  public Map<String, QpsField<TagRecord>> fields() {
    return FIELDS;
  }

  @Override
  public PrimitiveIterator.OfLong candidates(QpsCriteria<TagRecord> criteria, QpsRequest request) {
    return LongStream.range(0, TAGS.size()).iterator();
  }

  @Override
  public TagRecord load(long key) {
    return TAGS.get((int) key);
  }

  @Override
  public long id(TagRecord record) {
    return record.id();
  }

  @Override
  public void write(XmlOut out, TagRecord tag, boolean verbose, OneShotFaults faults) {
    out.open("Tag");
    out.leaf("id", tag.id());
    out.leafCdata("name", tag.name());
    out.close("Tag");
  }
}
