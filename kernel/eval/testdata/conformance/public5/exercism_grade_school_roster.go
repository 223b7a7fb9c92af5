package main

import (
	"fmt"
	"sort"
	"strings"
)

type Grade struct {
	Level    int
	Students []string
}

type School struct {
	grades map[int][]string
	seen   map[string]int
}

func NewSchool() *School { return &School{grades: map[int][]string{}, seen: map[string]int{}} }

func (s *School) Add(name string, level int) bool {
	if _, dup := s.seen[name]; dup {
		return false
	}
	s.seen[name] = level
	g := s.grades[level]
	i := sort.SearchStrings(g, name)
	g = append(g, "")
	copy(g[i+1:], g[i:])
	g[i] = name
	s.grades[level] = g
	return true
}

func (s *School) Grade(level int) []string { return s.grades[level] }

func (s *School) Enrollment() []Grade {
	levels := make([]int, 0, len(s.grades))
	for l := range s.grades {
		levels = append(levels, l)
	}
	sort.Ints(levels)
	out := make([]Grade, 0, len(levels))
	for _, l := range levels {
		out = append(out, Grade{l, s.grades[l]})
	}
	return out
}

func main() {
	s := NewSchool()
	adds := []struct {
		name  string
		level int
	}{{"Jim", 3}, {"Peter", 2}, {"Anna", 1}, {"Barb", 1}, {"Zoe", 2}, {"Alex", 2}, {"Jim", 2}, {"Chelsea", 3}}
	for _, a := range adds {
		if !s.Add(a.name, a.level) {
			fmt.Printf("duplicate %s (already in grade %d)\n", a.name, s.seen[a.name])
		}
	}
	fmt.Println(s.Grade(2), s.Grade(5), s.Grade(5) == nil, len(s.Grade(5)))
	for _, g := range s.Enrollment() {
		fmt.Printf("%d: %s\n", g.Level, strings.Join(g.Students, ", "))
	}
	fmt.Printf("%v\n", s.Enrollment())
	fmt.Printf("%+v\n", s.Enrollment()[0])
	byInitial := map[byte][]string{}
	for name := range s.seen {
		byInitial[name[0]] = append(byInitial[name[0]], name)
	}
	for _, v := range byInitial {
		sort.Strings(v)
	}
	fmt.Println(byInitial)
	fmt.Println(len(byInitial['A']), byInitial['Q'] == nil)
}
