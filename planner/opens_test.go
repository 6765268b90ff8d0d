package planner_test

import (
	"testing"

	"certpath/planner"
)

// MonthsToGo counts the months until a step surely opens from the least
// the answers show: a step that may be open (a band, a degree, a waiver)
// waits until then; a course that may come first waits on nothing; no
// answer about the months cannot be counted.
func TestMonthsToGo(t *testing.T) {
	t.Parallel()
	for _, c := range []struct {
		o    planner.Opens
		want int
		ok   bool
	}{
		{planner.Opens{}, 0, true},
		{planner.Opens{AfterStep: 1}, 0, true},
		{planner.Opens{Months: 12, Have: 8}, 4, true},
		{planner.Opens{Months: 12, Have: 8, CourseNow: true}, 0, true},
		{planner.Opens{Months: 24, Have: 12, Check: planner.CheckBand}, 12, true},
		{planner.Opens{Months: 24, Have: 12, Check: planner.CheckWaiver}, 12, true},
		{planner.Opens{Months: 36, MonthsWithoutDegree: 60, Have: 48, Check: planner.CheckDegree}, 12, true},
		{planner.Opens{Months: 12, Unknown: true}, 0, false},
	} {
		if got, ok := c.o.MonthsToGo(); got != c.want || ok != c.ok {
			t.Errorf("%+v: %d, %v; want %d, %v", c.o, got, ok, c.want, c.ok)
		}
	}
}
