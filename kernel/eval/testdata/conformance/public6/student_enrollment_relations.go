package main

import (
	"errors"
	"fmt"
	"slices"
	"strings"
)

type StudentID int
type CourseCode string

type Student struct {
	ID      StudentID
	Name    string
	Credits int
}

type Course struct {
	Code     CourseCode
	Title    string
	Capacity int
	Credits  int
	Prereqs  []CourseCode
}

type Registry struct {
	students  map[StudentID]*Student
	courses   map[CourseCode]*Course
	enrolled  map[CourseCode][]StudentID
	completed map[StudentID]map[CourseCode]bool
}

var (
	ErrFull     = errors.New("course full")
	ErrPrereq   = errors.New("missing prerequisite")
	ErrDup      = errors.New("already enrolled")
	ErrOverload = errors.New("credit limit")
)

func (r *Registry) Enroll(sid StudentID, code CourseCode) error {
	s, c := r.students[sid], r.courses[code]
	if s == nil || c == nil {
		return fmt.Errorf("enroll %d in %s: unknown student or course", sid, code)
	}
	wrap := func(err error) error { return fmt.Errorf("enroll %s in %s: %w", s.Name, code, err) }
	if slices.Contains(r.enrolled[code], sid) {
		return wrap(ErrDup)
	}
	for _, p := range c.Prereqs {
		if !r.completed[sid][p] {
			return wrap(fmt.Errorf("%w %s", ErrPrereq, p))
		}
	}
	if len(r.enrolled[code]) >= c.Capacity {
		return wrap(ErrFull)
	}
	if s.Credits+c.Credits > 9 {
		return wrap(ErrOverload)
	}
	r.enrolled[code] = append(r.enrolled[code], sid)
	s.Credits += c.Credits
	return nil
}

func (r *Registry) Roster(code CourseCode) string {
	ids := slices.Clone(r.enrolled[code])
	slices.Sort(ids)
	names := make([]string, len(ids))
	for i, id := range ids {
		names[i] = r.students[id].Name
	}
	return fmt.Sprintf("%s (%d/%d): %s", code, len(ids), r.courses[code].Capacity, strings.Join(names, ", "))
}

func main() {
	r := &Registry{
		students:  map[StudentID]*Student{},
		courses:   map[CourseCode]*Course{},
		enrolled:  map[CourseCode][]StudentID{},
		completed: map[StudentID]map[CourseCode]bool{1: {"CS101": true}, 3: {"CS101": true, "CS201": true}},
	}
	for i, n := range []string{"Ana", "Ben", "Chloe", "Dev"} {
		r.students[StudentID(i+1)] = &Student{ID: StudentID(i + 1), Name: n}
	}
	for _, c := range []*Course{
		{Code: "CS101", Title: "Intro", Capacity: 2, Credits: 3},
		{Code: "CS201", Title: "Data Structures", Capacity: 3, Credits: 4, Prereqs: []CourseCode{"CS101"}},
		{Code: "CS301", Title: "Algorithms", Capacity: 1, Credits: 4, Prereqs: []CourseCode{"CS101", "CS201"}},
		{Code: "MA101", Title: "Calculus", Capacity: 5, Credits: 3},
	} {
		r.courses[c.Code] = c
	}
	reqs := []struct {
		s StudentID
		c CourseCode
	}{{2, "CS101"}, {4, "CS101"}, {1, "CS101"}, {1, "CS201"}, {2, "CS201"}, {3, "CS301"}, {1, "CS301"},
		{3, "CS201"}, {3, "MA101"}, {2, "CS101"}, {9, "MA101"}, {1, "MA101"}, {1, "CS101"}}
	counts := map[error]int{}
	for _, q := range reqs {
		err := r.Enroll(q.s, q.c)
		if err == nil {
			continue
		}
		fmt.Println(err)
		for _, target := range []error{ErrFull, ErrPrereq, ErrDup, ErrOverload} {
			if errors.Is(err, target) {
				counts[target]++
			}
		}
	}
	for _, code := range []CourseCode{"CS101", "CS201", "CS301", "MA101"} {
		fmt.Println(r.Roster(code))
	}
	fmt.Println(counts[ErrFull], counts[ErrPrereq], counts[ErrDup], counts[ErrOverload])
	for id := StudentID(1); id <= 4; id++ {
		fmt.Printf("%s:%d ", r.students[id].Name, r.students[id].Credits)
	}
	fmt.Println()
}
