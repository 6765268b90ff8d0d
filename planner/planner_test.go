package planner_test

import (
	"fmt"
	"maps"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"

	"certpath/catalog"
	"certpath/internal/testbank"
	"certpath/planner"
	"certpath/questions"
	"certpath/report"
)

// pathProblems lists every rule of issue 24 a path breaks. It reads the
// answers and the content's rules directly, not the planner's own readings.
func pathProblems(b questions.Bank, a questions.Answers, o planner.Outcome) []string {
	k := newPathCheck(b, a, o)
	for i, st := range o.Path {
		k.step(i, st)
		for _, id := range []catalog.CertID{st.Cert, st.Alternative} {
			if c, ok := k.known(id); ok {
				k.levels(i, st, c)
				k.requirements(i, st, c)
				k.context(st, c)
			}
		}
	}
	if o.LeadsWith == catalog.ReleaseTrainEngineer && o.Setting.SAFe() && !k.held[catalog.RTE] && !k.seen[catalog.RTE] {
		k.bad("the path leads with Release Train Engineer but has no RTE")
	}
	if len(o.Path) > 4 {
		k.bad("%d steps, more than %d", len(o.Path), 4)
	}
	orderProblems(k, o.Path)
	return k.out
}

// orderProblems checks issue 33's order: an optional or alternative step
// never comes first while the path has a core step (a path with none, for
// someone who holds their whole track, says so on the page); a core step
// open now comes before any step that is not core, and before any step
// that waits.
func orderProblems(k *pathCheck, path []planner.Step) {
	if len(path) == 0 {
		return
	}
	hasCore := slices.ContainsFunc(path, func(st planner.Step) bool { return st.Kind == planner.KindCore })
	if hasCore && path[0].Kind != planner.KindCore {
		k.bad("step 1 is %s, not core", path[0].Kind)
	}
	for i, st := range path {
		if st.Kind != planner.KindCore || !st.Opens.Ready() {
			continue
		}
		for _, before := range path[:i] {
			if before.Kind != planner.KindCore || !before.Opens.Ready() {
				k.bad("%s, core and open now, comes after %s (%s, open now %v)", st.Cert, before.Cert, before.Kind, before.Opens.Ready())
				break
			}
		}
	}
}

// pathCheck is what pathProblems reads of the answers, and what it found.
type pathCheck struct {
	cat               catalog.Catalog
	a                 questions.Answers
	o                 planner.Outcome
	held, named, seen map[catalog.CertID]bool
	facilitates, owns bool
	out               []string
}

func newPathCheck(b questions.Bank, a questions.Answers, o planner.Outcome) *pathCheck {
	k := &pathCheck{cat: b.Catalog, a: a, o: o, held: map[catalog.CertID]bool{}, named: map[catalog.CertID]bool{}, seen: map[catalog.CertID]bool{}}
	for _, id := range a[questions.QHeldCerts].Choices {
		k.held[catalog.CertID(id)] = true
	}
	q, _ := b.Question(questions.QPostingCerts)
	for _, opt := range a[questions.QPostingCerts].Choices {
		k.named[catalog.CertID(opt)] = true
		o, _ := q.Option(opt)
		for _, id := range o.Certs {
			k.named[id] = true
		}
	}
	if o.Postings != nil {
		for _, id := range o.Postings.CertsNamed {
			k.named[id] = true
		}
	}
	w := a[questions.QWeekTime].Allocation
	k.facilitates = w["team_events"]+w["impediments"] >= 15 || a[questions.QTeamEvents].Level >= 3
	k.owns = w["backlog"] >= 15 || a[questions.QRefinement].Level >= 3
	return k
}

func (k *pathCheck) bad(format string, args ...any) {
	k.out = append(k.out, fmt.Sprintf(format, args...))
}

// known looks up a step's certification, noting an unknown one, a held one
// and one offered twice.
func (k *pathCheck) known(id catalog.CertID) (catalog.Cert, bool) {
	if id == "" {
		return catalog.Cert{}, false
	}
	c, ok := k.cat.Lookup(id)
	if !ok {
		k.bad("step names unknown certification %s", id)
		return c, false
	}
	if k.held[id] {
		k.bad("offers %s, which the person holds", id)
	}
	if k.seen[id] {
		k.bad("offers %s twice", id)
	}
	k.seen[id] = true
	return c, true
}

// step checks a step's numbering, opening and kind.
func (k *pathCheck) step(i int, st planner.Step) {
	if st.Position != i+1 {
		k.bad("step %s is numbered %d at place %d", st.Cert, st.Position, i+1)
	}
	if (report.When(st.Opens) == "now") != st.Opens.Now() {
		k.bad("step %s: when %q but open now %v", st.Cert, report.When(st.Opens), st.Opens.Now())
	}
	if st.Opens.AfterStep >= st.Position {
		k.bad("step %d %s opens %q, not after an earlier step", st.Position, st.Cert, report.When(st.Opens))
	}
	if st.Kind == "" {
		k.bad("step %s has no kind", st.Cert)
	}
	// After an "X or Y" step, the next level of each is offered together,
	// each opening after it (PSPO II or A-CSPO after PSPO I or CSPO).
	pair := st.Alternative != "" && st.Opens.AfterStep > 0 && k.o.Path[st.Opens.AfterStep-1].Alternative != ""
	if st.Alternative != "" && !st.Opens.Now() && !pair {
		k.bad("offers %s or %s while neither is open now", st.Cert, st.Alternative)
	}
}

// heldLevel is the highest level of a track the person holds.
func (k *pathCheck) heldLevel(t catalog.Track) int {
	top := 0
	for id := range k.held {
		if c, ok := k.cat.Lookup(id); ok && c.Rules.Track == t {
			top = max(top, c.Rules.Level)
		}
	}
	return top
}

// earlier reports whether a step before place i, or its alternative, is a
// certification match accepts.
func (k *pathCheck) earlier(i int, match func(catalog.Cert) bool) bool {
	for _, st := range k.o.Path[:i] {
		for _, id := range []catalog.CertID{st.Cert, st.Alternative} {
			if c, ok := k.cat.Lookup(id); ok && match(c) {
				return true
			}
		}
	}
	return false
}

// levels checks the ladder: nothing at or below a held level, level N+1
// after level N (held or earlier, and never now before it), a top level
// after its own issuer's level below, and the advanced levels only for a
// week that shows the role's work.
func (k *pathCheck) levels(i int, st planner.Step, c catalog.Cert) {
	t, lvl := c.Rules.Track, c.Rules.Level
	if hl := k.heldLevel(t); hl >= lvl {
		k.bad("offers %s (level %d of %s) to someone holding level %d of it", c.ID, lvl, t, hl)
	}
	below := k.heldLevel(t) >= lvl-1
	if lvl > 1 && !below && !k.earlier(i, func(x catalog.Cert) bool { return x.Rules.Track == t && x.Rules.Level == lvl-1 }) {
		k.bad("offers %s (level %d) with level %d of %s neither held nor earlier", c.ID, lvl, lvl-1, t)
	}
	if lvl > 1 && !below && st.Opens.Now() {
		k.bad("offers %s (level %d) now, before the level %d step it follows", c.ID, lvl, lvl-1)
	}
	issuerBelow := func(x catalog.Cert) bool {
		return x.Rules.Track == t && x.Rules.Level == lvl-1 && x.Issuer == c.Issuer
	}
	heldBelow := slices.ContainsFunc(slices.Collect(maps.Keys(k.held)), func(id catalog.CertID) bool {
		x, ok := k.cat.Lookup(id)
		return ok && issuerBelow(x)
	})
	if lvl >= 3 && !heldBelow && !k.earlier(i, issuerBelow) {
		k.bad("offers %s (level %d) with %s's level %d of %s neither held nor earlier", c.ID, lvl, c.Issuer, lvl-1, t)
	}
	shows := map[catalog.Track]bool{catalog.TrackScrumMaster: k.facilitates, catalog.TrackSAFeScrumMaster: k.facilitates,
		catalog.TrackProductOwner: k.owns, catalog.TrackSAFeProduct: k.owns}
	if work, ok := shows[t]; ok && !work && lvl > 1 {
		k.bad("offers %s (level %d) to someone whose week shows no %s", c.ID, lvl, map[bool]string{true: "facilitation", false: "backlog ownership"}[t == catalog.TrackScrumMaster || t == catalog.TrackSAFeScrumMaster])
	}
}

// requirements checks the hard rules: a required certification held or an
// earlier step of its own, and months of experience shown before "now".
func (k *pathCheck) requirements(i int, st planner.Step, c catalog.Cert) {
	band := func(q string) int {
		return map[string]int{"12to23": 12, "24to35": 24, "36to59": 36, "60plus": 60}[k.a[q].Choice]
	}
	shown := max(band(questions.QAgileMonths), band(questions.QRoleMonths))
	for _, q := range c.Rules.Requires {
		alone := slices.ContainsFunc(k.o.Path[:i], func(x planner.Step) bool {
			return x.Cert == q.Cert && x.Alternative == "" ||
				// either of an "X or Y" step, for the pair after it
				st.Alternative != "" && (x.Cert == q.Cert || x.Alternative == q.Cert)
		})
		if q.Cert != "" && !k.held[q.Cert] && !alone {
			k.bad("offers %s, whose required %s is neither held nor an earlier step of its own", c.ID, q.Cert)
		}
		waived := slices.ContainsFunc(q.WaivedBy, func(x catalog.CertID) bool { return k.held[x] })
		if q.Months > 0 && !waived && st.Opens.Now() && q.Months > shown {
			k.bad("offers %s now, but it asks %s and the answers show at most %d months", c.ID, q, shown)
		}
	}
}

// context checks that a train gets nothing that does not fit SAFe unless
// the postings name it or it is the runner-up's step.
func (k *pathCheck) context(st planner.Step, c catalog.Cert) {
	// A neighbour's optional step is the cheapest that does the job,
	// whatever the framework (PSM I beside a Product Owner on a train).
	if k.o.Setting == catalog.ContextSAFeTrain && !c.Rules.Fits(catalog.ContextSAFeTrain) && !k.named[c.ID] && st.Kind == planner.KindCore {
		k.bad("on a SAFe train offers %s, which does not fit SAFe and the postings do not name", c.ID)
	}
}

// TestEveryGeneratedPathKeepsTheRules walks thousands of answer sets drawn
// with a fixed seed and checks every rule on every path.
func TestEveryGeneratedPathKeepsTheRules(t *testing.T) {
	t.Parallel()
	b := testbank.Bank()
	r := rand.New(rand.NewPCG(24, 2026))
	failures := 0
	offered, waiting := map[catalog.CertID]int{}, 0
	certs := b.Catalog.Certs()
	for i := range 4000 {
		a := testbank.Random(r, b)
		if i%20 == 0 {
			// Every certification held alone, in turn, by someone whose
			// week shows its line's work, so that each ladder's next level
			// is reached.
			c := certs[(i/20)%len(certs)]
			a[questions.QHeldCerts] = questions.Answer{Choices: []string{string(c.ID)}}
			a[questions.QAgileMonths] = questions.Answer{Choice: "36to59"}
			switch c.Rules.Track {
			case catalog.TrackScrumMaster:
				a[questions.QWeekTime] = questions.Answer{Allocation: map[string]int{"team_events": 60, "impediments": 40}}
			case catalog.TrackProductOwner:
				a[questions.QWeekTime] = questions.Answer{Allocation: map[string]int{"backlog": 70, "stakeholders": 30}}
			}
		}
		for id, ans := range a {
			q, _ := b.Question(id)
			if err := q.Check(ans); err != nil {
				t.Fatalf("generated answer set %d is invalid: %s: %v", i, id, err)
			}
		}
		o := planner.Evaluate(b, a)
		for _, st := range o.Path {
			offered[st.Cert]++
			if st.Alternative != "" {
				offered[st.Alternative]++
			}
			if !st.Opens.Now() {
				waiting++
			}
		}
		if problems := pathProblems(b, a, o); len(problems) > 0 {
			failures++
			if failures <= 10 {
				t.Errorf("answer set %d (held %v, years %s/%s, lead %s, %s): path %v:\n  %s", i, a[questions.QHeldCerts].Choices, a[questions.QAgileMonths].Choice, a[questions.QRoleMonths].Choice, o.LeadsWith, o.Setting, pathIDs(o), strings.Join(problems, "\n  "))
			}
		}
	}
	// The walk must reach every certification and steps that wait, or it
	// proves little.
	for _, c := range b.Catalog.Certs() {
		if offered[c.ID] == 0 {
			t.Errorf("no generated path offers %s", c.ID)
		}
	}
	if waiting == 0 {
		t.Error("no generated path has a step that waits on experience or an earlier step")
	}
	t.Logf("steps offered per certification: %v; steps not open now: %d", offered, waiting)
	if failures > 0 {
		t.Errorf("%d of 4000 generated paths break a rule", failures)
	}
}

// TestPathProblemsCatchBrokenPaths makes sure the checker itself can fail:
// each path below breaks one rule.
func TestPathProblemsCatchBrokenPaths(t *testing.T) {
	t.Parallel()
	b := testbank.Bank()
	base := testbank.Persona(questions.Answers{questions.QWeekTime: {Allocation: map[string]int{"team_events": 60, "impediments": 40}}, questions.QHeldCerts: {Choices: []string{"csm"}}, questions.QAgileMonths: {Choice: "lt12"}})
	o := planner.Evaluate(b, base)
	for name, path := range map[string][]planner.Step{
		"held":                 {{Cert: catalog.CSM, Kind: planner.KindCore, Position: 1}},
		"lower level":          {{Cert: catalog.PSMI, Kind: planner.KindCore, Position: 1}},
		"experience not shown": {{Cert: catalog.ACSM, Kind: planner.KindCore, Position: 1}},
		"level skipped":        {{Cert: catalog.PSMIII, Kind: planner.KindCore, Position: 1}},
		"base not held":        {{Cert: catalog.ACSPO, Kind: planner.KindCore, Position: 1}},
	} {
		broken := o
		broken.Path = path
		if len(pathProblems(b, base, broken)) == 0 {
			t.Errorf("%s: the checker found nothing wrong with %v", name, pathIDs(broken))
		}
	}
}

// TestRatherNotSayIsNoAnswer: the optional role-years question can be
// passed in every front end by its "rather not say" option, and the planner
// reads that as no answer at all.
func TestRatherNotSayIsNoAnswer(t *testing.T) {
	t.Parallel()
	b := testbank.Bank()
	q, _ := b.Question(questions.QRoleMonths)
	if _, ok := q.Option(questions.RoleMonthsUnsaid); !ok || !q.Optional {
		t.Fatalf("%s must be optional and offer %q", questions.QRoleMonths, questions.RoleMonthsUnsaid)
	}
	for i := range 200 {
		a := testbank.Random(rand.New(rand.NewPCG(uint64(i), 7)), b)
		without := a.Clone()
		delete(without, questions.QRoleMonths)
		unsaid := a.Clone()
		unsaid[questions.QRoleMonths] = questions.Answer{Choice: questions.RoleMonthsUnsaid}
		if got, want := fmt.Sprint(planner.Evaluate(b, unsaid).Path), fmt.Sprint(planner.Evaluate(b, without).Path); got != want {
			t.Fatalf("answers %d: rather not say gives %s, no answer gives %s", i, got, want)
		}
	}
}

// TestSentencesSayOnlyWhatWasAnswered: the context says the postings "ask
// for" SAFe only when the person said they require it, and a coach hears
// that they coach SAFe's leaders only when their organization runs or is
// starting SAFe.
func TestSentencesSayOnlyWhatWasAnswered(t *testing.T) {
	t.Parallel()
	b := testbank.Bank()
	checked := 0
	for i := range 3000 {
		a := testbank.Random(rand.New(rand.NewPCG(uint64(i), 11)), b)
		o := planner.Evaluate(b, a)
		if strings.Contains(o.Context, "ask for it") && a[questions.QPostingSAFe].Choice != "required" {
			t.Fatalf("answers %d: context %q, but the postings SAFe answer is %q", i, o.Context, a[questions.QPostingSAFe].Choice)
		}
		org := a[questions.QOrgSAFe].Choice
		for _, st := range o.Path {
			if strings.Contains(reasonOf(st), "so as their coach you would share their language") {
				checked++
				if org != "yes" && org != "starting" {
					t.Fatalf("answers %d: %q, but the organization answer is %q", i, reasonOf(st), org)
				}
			}
		}
	}
	if checked == 0 {
		t.Fatal("no generated coach heard the SAFe-leaders reason; the test checks nothing")
	}
}

// TestPMIACPWaitsForAgileYears: PMI-ACP opens now only for someone with the
// 24 months in agile roles it asks for; holding PMP does not waive them,
// since only a tier C source says it does.
func TestPMIACPWaitsForAgileYears(t *testing.T) {
	t.Parallel()
	b := testbank.Bank()
	seen := 0
	for i := range 3000 {
		a := testbank.Random(rand.New(rand.NewPCG(uint64(i), 13)), b)
		if i%3 == 0 {
			a[questions.QHeldCerts] = questions.Answer{Choices: []string{"pmp"}}
		}
		for _, st := range planner.Evaluate(b, a).Path {
			if st.Cert != catalog.PMIACP && st.Alternative != catalog.PMIACP {
				continue
			}
			seen++
			years := a[questions.QAgileMonths].Choice
			if st.Opens.Now() && years != "24to35" && years != "36to59" && years != "60plus" {
				t.Fatalf("answers %d: PMI-ACP now with agile years %q (held %v)", i, years, a[questions.QHeldCerts].Choices)
			}
			if st.Opens.Waits() && st.Cert == catalog.PMIACP && st.Kind == planner.KindCore && slices.Contains(a[questions.QHeldCerts].Choices, "pmp") && !strings.Contains(reasonOf(st), "not confirmed") {
				t.Fatalf("answers %d: a PMP holder waiting for PMI-ACP is not told that a PMP covering the months is not confirmed: %q", i, reasonOf(st))
			}
		}
	}
	if seen == 0 {
		t.Fatal("no generated path holds PMI-ACP; the test checks nothing")
	}
}

// reasonOf is a step's reason in words, as the report says it.
func reasonOf(st planner.Step) string { return report.Reason(testbank.Bank().Catalog, st) }
