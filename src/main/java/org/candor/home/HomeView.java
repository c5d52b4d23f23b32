package org.candor.home;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.candor.identity.CurrentAccount;
import org.candor.organisation.Organisation;
import org.candor.organisation.Team;

/** The home page. */
@Named
@RequestScoped
public class HomeView {

  @Inject CurrentAccount current;
  @Inject Organisation organisation;

  public List<Team> getTeams() {
    return current.find().map(a -> organisation.teamsOf(a.id())).orElse(List.of());
  }
}
