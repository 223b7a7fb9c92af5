package main

import (
	"fmt"
	"sort"
	"strings"
	"unicode"
)

type Employee struct {
	Name   string
	Dept   string
	Salary int
	Skills []string
}

type Stats struct {
	Count     int
	Total     int
	Min, Max  int
	TopEarner string
	SkillFreq map[string]int
}

func (s *Stats) add(e Employee) {
	if s.Count == 0 || e.Salary < s.Min {
		s.Min = e.Salary
	}
	if e.Salary > s.Max {
		s.Max, s.TopEarner = e.Salary, e.Name
	}
	s.Count++
	s.Total += e.Salary
	if s.SkillFreq == nil {
		s.SkillFreq = map[string]int{}
	}
	for _, sk := range e.Skills {
		s.SkillFreq[strings.ToLower(sk)]++
	}
}

func (s Stats) Avg() float64 { return float64(s.Total) / float64(s.Count) }

func title(s string) string {
	rs := []rune(strings.ToLower(s))
	if len(rs) > 0 {
		rs[0] = unicode.ToUpper(rs[0])
	}
	return string(rs)
}

func topSkills(m map[string]int, n int) string {
	type kv struct {
		k string
		v int
	}
	var kvs []kv
	for k, v := range m {
		kvs = append(kvs, kv{k, v})
	}
	sort.Slice(kvs, func(i, j int) bool {
		if kvs[i].v != kvs[j].v {
			return kvs[i].v > kvs[j].v
		}
		return kvs[i].k < kvs[j].k
	})
	var parts []string
	for i, e := range kvs {
		if i == n {
			break
		}
		parts = append(parts, fmt.Sprintf("%s(%d)", e.k, e.v))
	}
	return strings.Join(parts, ", ")
}

func main() {
	staff := []Employee{
		{"alice", "ENG", 120000, []string{"Go", "SQL"}},
		{"BOB", "eng", 95000, []string{"go", "Python"}},
		{"carol", "Sales", 70000, []string{"Negotiation"}},
		{"dave", "sales", 82000, []string{"SQL", "negotiation", "Excel"}},
		{"eve", "Ops", 99000, []string{"Linux", "go"}},
	}
	byDept := map[string]*Stats{}
	for _, e := range staff {
		d := strings.ToUpper(e.Dept)
		if byDept[d] == nil {
			byDept[d] = &Stats{}
		}
		byDept[d].add(e)
	}
	depts := make([]string, 0, len(byDept))
	for d := range byDept {
		depts = append(depts, d)
	}
	sort.Strings(depts)
	var sb strings.Builder
	sb.Grow(512)
	fmt.Fprintf(&sb, "%-6s %5s %10s %8s %8s  %s\n", "DEPT", "N", "AVG", "MIN", "MAX", "TOP")
	sb.WriteString(strings.Repeat("=", 50) + "\n")
	for _, d := range depts {
		s := byDept[d]
		fmt.Fprintf(&sb, "%-6s %5d %10.1f %8d %8d  %s\n", d, s.Count, s.Avg(), s.Min, s.Max, title(s.TopEarner))
		fmt.Fprintf(&sb, "       skills: %s\n", topSkills(s.SkillFreq, 2))
	}
	fmt.Print(sb.String())
	fmt.Println(sb.Len() > 0, sb.Cap() >= 512)
}
