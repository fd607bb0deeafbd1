package dev.graphwright.test;

import dev.graphwright.api.HostServices;
import dev.graphwright.api.Integration;
import dev.graphwright.api.InvocationContext;
import dev.graphwright.api.Step;
import dev.graphwright.api.StepContext;
import dev.graphwright.api.StepSpec;
import dev.graphwright.api.config.ConfigField;
import dev.graphwright.api.graph.Entity;
import dev.graphwright.api.graph.EntityType;
import dev.graphwright.api.graph.MappedRelationshipType;
import dev.graphwright.api.graph.RelationshipType;
import dev.graphwright.api.graph.TargetFilter;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;

/** A two-step integration for the kit's own tests; TINY_BAD makes it break the rules. */
public final class TinyIntegration implements Integration {

  static final EntityType TEAM = EntityType.of("tiny_team", "Group", "a team");
  static final EntityType USER =
      EntityType.of("tiny_user", "User", "a user").withProperties("name", "ip");
  static final RelationshipType TEAM_HAS_USER = RelationshipType.between(TEAM, "HAS", USER);
  static final MappedRelationshipType USER_USES_HOST = MappedRelationshipType.builder(
          "tiny_user_uses_host", "USES")
      .source(USER)
      .placeholder("tiny_host", "Host")
      .targetFilters(TargetFilter.byClass("Host", "ipAddress"))
      .build();

  private final HostServices services;

  @Inject
  public TinyIntegration(HostServices services) {
    this.services = services;
  }

  @Override
  public String id() {
    return "tiny";
  }

  @Override
  public String displayName() {
    return "Tiny";
  }

  @Override
  public String description() {
    return "teams and users, for the test kit's tests (work dir " + services.workDir() + ")";
  }

  @Override
  public List<ConfigField> configFields() {
    return List.of(
        ConfigField.optional("tinyUsers", "TINY_USERS", "how many users", "5"),
        ConfigField.optional("tinyBad", "TINY_BAD", "break the rules", "false"));
  }

  @Override
  public List<Step> steps() {
    return List.of(new Teams(), new Users());
  }

  @Override
  public List<String> validateInvocation(InvocationContext context) {
    return List.of("ok");
  }

  static final class Teams implements Step {
    @Override
    public StepSpec spec() {
      return StepSpec.builder("fetch-teams", "Fetch teams").entity(TEAM).build();
    }

    @Override
    public void execute(StepContext context) {
      context.jobState().addEntity(TEAM.entity("team:1", Map.of("name", "One")));
    }
  }

  static final class Users implements Step {
    @Override
    public StepSpec spec() {
      return StepSpec.builder("fetch-users", "Fetch users")
          .dependsOn("fetch-teams")
          .entity(USER)
          .relationship(TEAM_HAS_USER)
          .mappedRelationship(USER_USES_HOST)
          .build();
    }

    @Override
    public void execute(StepContext context) {
      boolean bad = Boolean.parseBoolean(context.config().get("tinyBad"));
      int users = context.config().getInt("tinyUsers");
      var state = context.jobState();
      for (int i = 0; i < users; i++) {
        var key = "user:" + i;
        var ip = "10.9.0." + i;
        state.addEntity(
            USER.entity(key, bad ? Map.of("name", "U" + i) : Map.of("name", "U" + i, "ip", ip)));
        state.addRelationship(TEAM_HAS_USER.relate("team:1", key));
        state.addMappedRelationship(USER_USES_HOST
            .from(key)
            .targetEntity(Map.of("_key", "tiny-host:" + ip, "ipAddress", ip))
            .build());
      }
      if (bad) {
        state.addEntity(Entity.of("stray", "tiny_stray", "Record", Map.of()));
        state.addRelationship(TEAM_HAS_USER.relate("team:1", "user:missing"));
      }
    }
  }
}
