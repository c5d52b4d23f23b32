package org.candor.workshop;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;
import org.candor.audit.AuditActor;
import org.candor.audit.AuditLog;
import org.candor.engine.Case;
import org.candor.engine.Engine;
import org.candor.engine.InvalidAnswerException;
import org.candor.engine.Question;
import org.candor.engine.Questionnaire;
import org.candor.engine.Recommendation;
import org.candor.identity.Account;
import org.candor.identity.CurrentAccount;
import org.candor.identity.Role;
import org.candor.language.LanguageSelection;
import org.candor.platform.Problem;
import org.candor.platform.ProblemException;
import org.candor.questionnaire.AnswerJson;
import org.candor.questionnaire.QuestionnaireCatalog;

/**
 * Workshop sessions: facilitators create and drive them; anonymous participants join with a code
 * and answer. Only the facilitator (or an admin) sees a session's tallies, and never a
 * distribution below {@link Tallies#DEFAULT_THRESHOLD} answers.
 */
@ApplicationScoped
public class Workshops {

  private static final Logger LOG = Logger.getLogger(Workshops.class.getName());

  static final int MAX_PSEUDONYM = 40;
  private static final SecureRandom RANDOM = new SecureRandom();
  private static final JoinCodes CODES = new JoinCodes(RANDOM);

  @PersistenceContext private EntityManager em;
  @Inject AuditLog audit;
  @Inject CurrentAccount current;
  @Inject QuestionnaireCatalog catalog;
  @Inject LanguageSelection language;
  @Inject Engine engine;
  @Inject Clock clock;
  @Inject Event<WorkshopChanged> changed;

  /** A whole class may join from one address; guessing is what the failure limit stops. */
  private final JoinThrottle throttle = new JoinThrottle(600, 10, Duration.ofMinutes(10));

  // ---- facilitator side ----

  @Transactional
  public Workshop create(String questionnaireId, String caseId, String pace) {
    Account me = current.require();
    if (!me.hasRole(Role.FACILITATOR) && !me.hasRole(Role.ADMIN)) {
      throw ProblemException.forbidden("Only facilitators can run workshops; ask an administrator for the FACILITATOR role.");
    }
    Pace chosenPace = pace(pace);
    Questionnaire questionnaire;
    String cleanCaseId = caseId == null || caseId.isBlank() ? null : caseId.trim();
    if (cleanCaseId != null) {
      Case chosen = catalog.findCase(cleanCaseId)
          .orElseThrow(() -> ProblemException.invalidField("caseId", "There is no case '" + cleanCaseId + "'."));
      if (questionnaireId != null && !questionnaireId.isBlank() && !questionnaireId.equals(chosen.questionnaireId())) {
        throw ProblemException.invalidField("questionnaireId",
            "Case '" + cleanCaseId + "' is for questionnaire '" + chosen.questionnaireId() + "'; leave the questionnaire out or choose that one.");
      }
      questionnaire = catalog.find(chosen.questionnaireId(), chosen.questionnaireVersion())
          .or(() -> catalog.latest(chosen.questionnaireId()))
          .orElseThrow(() -> ProblemException.invalidField("caseId", "The questionnaire of case '" + cleanCaseId + "' is not loaded."));
    } else {
      if (questionnaireId == null || questionnaireId.isBlank()) {
        throw ProblemException.invalidField("questionnaireId", "Choose a questionnaire or a case.");
      }
      questionnaire = catalog.latest(questionnaireId)
          .orElseThrow(() -> ProblemException.invalidField("questionnaireId", "There is no questionnaire '" + questionnaireId + "'."));
    }
    Workshop workshop = new Workshop(unusedCode(), me.id(), questionnaire.id(), questionnaire.version(), cleanCaseId, chosenPace, clock.instant());
    em.persist(workshop);
    audit.record("workshop.create", "workshop", workshop.id(),
        "questionnaire " + questionnaire.id() + " " + questionnaire.version() + (cleanCaseId == null ? "" : ", case " + cleanCaseId) + ", " + chosenPace);
    return workshop;
  }

  /** The workshops I facilitate, newest first. */
  public List<Workshop> mine() {
    return em.createQuery("select w from Workshop w where w.facilitatorId = :me order by w.createdAt desc, w.id desc", Workshop.class)
        .setParameter("me", current.require().id())
        .getResultList();
  }

  /** The workshop, if I facilitate it or am an admin; 404 for everyone else. */
  public Workshop asFacilitator(long id) {
    return facilitated(em.find(Workshop.class, id), id);
  }

  /** Whether the named account may open the workshop's presenter view (its facilitator or an admin). */
  public boolean mayPresent(long id, Account account) {
    Workshop workshop = em.find(Workshop.class, id);
    return workshop != null && (workshop.facilitatorId() == account.id() || account.hasRole(Role.ADMIN));
  }

  /** Moves a facilitator-led room to a question: the given index, or the next one when null. */
  @Transactional
  public Workshop advance(long id, Long questionIndex) {
    Workshop workshop = facilitated(em.find(Workshop.class, id, LockModeType.PESSIMISTIC_WRITE), id);
    requireOpen(workshop);
    if (workshop.pace() != Pace.FACILITATOR_LED) {
      throw ProblemException.conflict("This workshop is self-paced: everyone moves at their own speed.");
    }
    int count = definitionOf(workshop).questions().size();
    long target = questionIndex == null ? workshop.currentQuestion() + 1L : questionIndex;
    if (target < 0 || target >= count) {
      throw ProblemException.invalidField("questionIndex",
          questionIndex == null ? "The room is already at the last question." : "Choose a question from 0 to " + (count - 1) + ".");
    }
    workshop.moveTo((int) target);
    audit.record("workshop.advance", "workshop", id, "question index " + target);
    changed.fire(new WorkshopChanged(id));
    return workshop;
  }

  /** Lets the room see a question's distribution once at least the threshold of participants answered it. */
  @Transactional
  public Workshop reveal(long id, String questionId) {
    Workshop workshop = facilitated(em.find(Workshop.class, id, LockModeType.PESSIMISTIC_WRITE), id);
    Questionnaire questionnaire = definitionOf(workshop);
    if (questionnaire.question(questionId).isEmpty()) {
      throw ProblemException.notFound("Questionnaire " + questionnaire.id() + " has no question '" + questionId + "'.");
    }
    workshop.reveal(questionId);
    audit.record("workshop.reveal", "workshop", id, "question " + questionId);
    changed.fire(new WorkshopChanged(id));
    return workshop;
  }

  /** Ends the session: its code stops working and answers are final. Ending twice changes nothing. */
  @Transactional
  public Workshop end(long id) {
    Workshop workshop = facilitated(em.find(Workshop.class, id, LockModeType.PESSIMISTIC_WRITE), id);
    if (workshop.open()) {
      workshop.end(clock.instant());
      audit.record("workshop.end", "workshop", id, null);
      changed.fire(new WorkshopChanged(id));
    }
    return workshop;
  }

  /** Every question's tally: counts always, distributions only from the threshold and once revealed. */
  List<QuestionTally> tallies(Workshop workshop) {
    Questionnaire questionnaire = definitionOf(workshop);
    Map<String, List<Object>> byQuestion = new LinkedHashMap<>();
    questionnaire.questions().forEach(q -> byQuestion.put(q.id(), new ArrayList<>()));
    // Counted by the database: a push follows every save, and a room answers few distinct values
    for (Object[] row : em.createQuery(
            "select a.questionId, a.valueJson, count(a) from RoomAnswer a where a.participant.workshop = :w group by a.questionId, a.valueJson",
            Object[].class)
        .setParameter("w", workshop).getResultList()) {
      Object value = AnswerJson.parse((String) row[1]);
      byQuestion.computeIfAbsent((String) row[0], k -> new ArrayList<>()).addAll(Collections.nCopies(((Number) row[2]).intValue(), value));
    }
    return questionnaire.questions().stream()
        .map(q -> Tallies.tally(q, byQuestion.get(q.id()), workshop.isRevealed(q.id()), Tallies.DEFAULT_THRESHOLD))
        .toList();
  }

  public int participantCount(Workshop workshop) {
    return em.createQuery("select count(p) from Participant p where p.workshop = :w", Long.class)
        .setParameter("w", workshop).getSingleResult().intValue();
  }

  /** The recommendation of the room's majority answers (questions with fewer answers than the threshold left out). */
  public Recommendation roomRecommendation(Workshop workshop) {
    Questionnaire questionnaire = questionnaireOf(workshop);
    Map<Long, Map<String, Object>> byParticipant = new LinkedHashMap<>();
    // Plain columns: as entities, the answers fetched every participant of the room with a query of its own
    for (Object[] row : em.createQuery(
            "select a.participant.id, a.questionId, a.valueJson from RoomAnswer a where a.participant.workshop = :w order by a.id", Object[].class)
        .setParameter("w", workshop).getResultList()) {
      byParticipant.computeIfAbsent((Long) row[0], k -> new LinkedHashMap<>()).put((String) row[1], AnswerJson.parse((String) row[2]));
    }
    return engine.evaluate(questionnaire, RoomMajority.of(questionnaire, byParticipant.values(), Tallies.DEFAULT_THRESHOLD));
  }

  /** The workshop's questionnaire in the language of the current request. */
  public Questionnaire questionnaireOf(Workshop workshop) {
    return questionnaireOf(workshop, language.getLocale());
  }

  /** For work outside a request, such as pushes to presenter sockets, in each presenter's language. */
  public Questionnaire questionnaireOf(Workshop workshop, Locale locale) {
    return definitionOf(workshop).in(locale);
  }

  /** The questionnaire as loaded, for what depends only on its ids: tallies, checks, moves. */
  private Questionnaire definitionOf(Workshop workshop) {
    return catalog.find(workshop.questionnaireId(), workshop.questionnaireVersion())
        .orElseThrow(() -> new IllegalStateException("Questionnaire version of workshop " + workshop.id() + " is not loaded"));
  }

  /** The workshop's case, if it has one, in the language of the current request. */
  public Optional<Case> caseOf(Workshop workshop) {
    return workshop.caseId() == null ? Optional.empty() : catalog.findCase(workshop.caseId()).map(c -> c.in(language.getLocale()));
  }

  public List<Case> cases() {
    return catalog.cases();
  }

  public List<Questionnaire> questionnaires() {
    return catalog.latestVersions();
  }

  // ---- participant side ----

  /**
   * Joins the open workshop with this code under a pseudonym (a generated one when blank).
   *
   * @param client a key for the caller used only by the in-memory throttle, never stored or logged
   * @param generatedPseudonym the pseudonym to use when none is given
   */
  @Transactional
  public JoinOutcome join(String client, String code, String pseudonym, String generatedPseudonym) {
    Instant now = clock.instant();
    Duration wait = throttle.attempt(client, now);
    if (!wait.isZero()) {
      LOG.warning("Workshop join refused: too many attempts from one client in the current window");
      return new JoinOutcome.Throttled(wait);
    }
    String name = pseudonym == null ? "" : pseudonym.strip();
    if (name.length() > MAX_PSEUDONYM || name.codePoints().anyMatch(Character::isISOControl)) {
      throw ProblemException.invalidField("pseudonym", "Use a pseudonym of at most " + MAX_PSEUDONYM + " characters.");
    }
    Optional<String> canonical = JoinCodes.normalise(code);
    Optional<Workshop> workshop = canonical.flatMap(this::openByCode);
    if (workshop.isEmpty()) {
      int failures = throttle.failed(client, now);
      LOG.warning(() -> "Workshop join with a wrong code (" + (canonical.isPresent() ? "well-formed, but no open workshop has it" : "not shaped like a code")
          + "); wrong codes from this client in the current window: " + failures);
      return new JoinOutcome.WrongCode();
    }
    byte[] secret = new byte[32];
    RANDOM.nextBytes(secret);
    String token = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
    Participant participant = new Participant(workshop.get(), name.isEmpty() ? generatedPseudonym : name, hash(token), now.truncatedTo(ChronoUnit.HOURS));
    em.persist(participant);
    audit.record(AuditActor.participant(participant.id()), "workshop.join", "workshop", workshop.get().id(), null);
    changed.fire(new WorkshopChanged(workshop.get().id()));
    return new JoinOutcome.Joined(participant, token);
  }

  /** The participant whose cookie holds this token; 401 when there is none. */
  public Participant participant(String token) {
    if (token == null || token.isBlank()) {
      throw notJoined();
    }
    return em.createQuery("select p from Participant p where p.tokenHash = :h", Participant.class)
        .setParameter("h", hash(token))
        .getResultStream().findFirst()
        .orElseThrow(Workshops::notJoined);
  }

  /**
   * Saves the participant's answer to one question (null removes it), validated by the engine as in
   * assessments. In a facilitator-led room only questions the room has reached can be answered.
   */
  @Transactional
  public Map<String, Object> answer(String token, String questionId, Object value) {
    Participant participant = participant(token);
    Workshop workshop = participant.workshop();
    requireOpen(workshop);
    Questionnaire questionnaire = questionnaireOf(workshop);
    int index = questionnaire.questions().stream().map(Question::id).toList().indexOf(questionId);
    if (index < 0) {
      throw ProblemException.notFound("Questionnaire " + questionnaire.id() + " has no question '" + questionId + "'.");
    }
    if (workshop.pace() == Pace.FACILITATOR_LED && index > workshop.currentQuestion()) {
      throw ProblemException.conflict("The room has not reached this question yet.");
    }
    Instant hour = clock.instant().truncatedTo(ChronoUnit.HOURS);
    // All my answers in one read: the one to replace is among them, and they are what is returned.
    List<RoomAnswer> mine = answerRows(participant);
    Optional<RoomAnswer> existing = mine.stream().filter(a -> a.questionId().equals(questionId)).findFirst();
    Map<String, Object> values = valuesOf(mine);
    if (value == null) {
      existing.ifPresent(em::remove);
      values.remove(questionId);
    } else {
      try {
        questionnaire.checkAnswer(questionId, value);
      } catch (InvalidAnswerException e) {
        throw ProblemException.invalidField("value", e.getMessage());
      }
      String json = AnswerJson.toJson(value).toString();
      existing.ifPresentOrElse(a -> a.replace(json, hour), () -> em.persist(new RoomAnswer(participant, questionId, json, hour)));
      values.put(questionId, AnswerJson.parse(json));
    }
    em.flush();
    audit.record(AuditActor.participant(participant.id()), value == null ? "workshop.answer.remove" : "workshop.answer.save",
        "workshop", workshop.id(), "question " + questionId);
    changed.fire(new WorkshopChanged(workshop.id()));
    return values;
  }

  public Map<String, Object> answersOf(Participant participant) {
    return valuesOf(answerRows(participant));
  }

  private List<RoomAnswer> answerRows(Participant participant) {
    return em.createQuery("select a from RoomAnswer a where a.participant = :p order by a.id", RoomAnswer.class)
        .setParameter("p", participant)
        .getResultList();
  }

  private static Map<String, Object> valuesOf(List<RoomAnswer> answers) {
    Map<String, Object> values = new LinkedHashMap<>();
    answers.forEach(a -> values.put(a.questionId(), AnswerJson.parse(a.valueJson())));
    return values;
  }

  /** The recommendation the participant's own answers lead to. */
  public Recommendation recommendationOf(Participant participant) {
    return engine.evaluate(questionnaireOf(participant.workshop()), answersOf(participant));
  }

  private Optional<Workshop> openByCode(String code) {
    return em.createQuery("select w from Workshop w where w.joinCode = :c and w.status = :open", Workshop.class)
        .setParameter("c", code).setParameter("open", WorkshopStatus.OPEN)
        .getResultStream().findFirst();
  }

  private String unusedCode() {
    while (true) {
      String code = CODES.next();
      boolean taken = !em.createQuery("select w.id from Workshop w where w.joinCode = :c", Long.class)
          .setParameter("c", code).getResultList().isEmpty();
      if (!taken) {
        return code;
      }
    }
  }

  private Workshop facilitated(Workshop workshop, long id) {
    Account me = current.require();
    if (workshop == null || (workshop.facilitatorId() != me.id() && !me.hasRole(Role.ADMIN))) {
      throw ProblemException.notFound("There is no workshop " + id + " that you facilitate.");
    }
    return workshop;
  }

  private static void requireOpen(Workshop workshop) {
    if (!workshop.open()) {
      throw ProblemException.conflict("This workshop has ended.");
    }
  }

  private static Pace pace(String pace) {
    if (pace == null || pace.isBlank()) {
      return Pace.FACILITATOR_LED;
    }
    try {
      return Pace.valueOf(pace.trim());
    } catch (IllegalArgumentException e) {
      throw ProblemException.invalidField("pace", "The pace is FACILITATOR_LED or SELF_PACED.");
    }
  }

  private static ProblemException notJoined() {
    return new ProblemException(Problem.of(401, "Unauthorized", "Join the workshop with its code first."));
  }

  static String hash(String token) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
    }
  }
}
