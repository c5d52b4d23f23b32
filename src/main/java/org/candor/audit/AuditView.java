package org.candor.audit;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.candor.platform.PageErrors;
import org.candor.platform.ProblemException;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * The audit log page: filters in the query string (a plain GET form, so a filtered view can be
 * bookmarked or sent to a colleague), entries newest first, loaded one page at a time.
 */
@Named
@ViewScoped
public class AuditView implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneOffset.UTC);

  @Inject AuditLog log;
  @Inject transient FacesContext faces;

  private String from;
  private String to;
  private String actor;
  private String action;
  private String objectType;
  private String objectId;
  /** Null while the filter fields hold something not understood: then nothing is listed. */
  private AuditFilter filter;
  private final Map<String, String> fieldErrors = new HashMap<>();
  private final LazyDataModel<AuditEntry> entries = new Entries();

  public void load() {
    try {
      filter = AuditFilter.parse(from, to, actor, action, objectType, objectId);
    } catch (ProblemException e) {
      if (e.problem().status() == 400 && e.problem().errors() != null && !e.problem().errors().isEmpty()) {
        fieldErrors.put(e.problem().errors().get(0).field(), e.detailIn(faces.getViewRoot().getLocale()));
      } else {
        PageErrors.respond(faces, e);
      }
    }
  }

  public String error(String field) {
    return fieldErrors.get(field);
  }

  public boolean isFilterValid() {
    return filter != null;
  }

  public LazyDataModel<AuditEntry> getEntries() {
    return entries;
  }

  public String time(Instant instant) {
    return TIME.format(instant) + " UTC";
  }

  private final class Entries extends LazyDataModel<AuditEntry> {

    private static final long serialVersionUID = 1L;

    @Override
    public int count(Map<String, FilterMeta> ignored) {
      return (int) Math.min(Integer.MAX_VALUE, log.count(filter));
    }

    @Override
    public List<AuditEntry> load(int first, int pageSize, Map<String, SortMeta> sort, Map<String, FilterMeta> ignored) {
      return log.search(filter, first, pageSize);
    }

    @Override
    public String getRowKey(AuditEntry entry) {
      return String.valueOf(entry.id());
    }
  }

  public String getFrom() { return from; }
  public void setFrom(String v) { from = v; }
  public String getTo() { return to; }
  public void setTo(String v) { to = v; }
  public String getActor() { return actor; }
  public void setActor(String v) { actor = v; }
  public String getAction() { return action; }
  public void setAction(String v) { action = v; }
  public String getObjectType() { return objectType; }
  public void setObjectType(String v) { objectType = v; }
  public String getObjectId() { return objectId; }
  public void setObjectId(String v) { objectId = v; }
}
