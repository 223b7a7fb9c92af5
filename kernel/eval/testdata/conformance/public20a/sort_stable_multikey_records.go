package main

import (
	"cmp"
	"fmt"
	"slices"
	"sort"
	"strings"
)

type Employee struct {
	Name   string
	Dept   string
	Salary int
	Age    int
}

type By func(a, b *Employee) bool

func (by By) Sort(es []Employee) {
	sort.Sort(&sorter{es, by})
}

type sorter struct {
	es []Employee
	by By
}

func (s *sorter) Len() int           { return len(s.es) }
func (s *sorter) Swap(i, j int)      { s.es[i], s.es[j] = s.es[j], s.es[i] }
func (s *sorter) Less(i, j int) bool { return s.by(&s.es[i], &s.es[j]) }

type multiSorter struct {
	es   []Employee
	less []func(a, b *Employee) int
}

func OrderedBy(less ...func(a, b *Employee) int) *multiSorter { return &multiSorter{less: less} }
func (m *multiSorter) Sort(es []Employee)                     { m.es = es; sort.Sort(m) }
func (m *multiSorter) Len() int                               { return len(m.es) }
func (m *multiSorter) Swap(i, j int)                          { m.es[i], m.es[j] = m.es[j], m.es[i] }
func (m *multiSorter) Less(i, j int) bool {
	p, q := &m.es[i], &m.es[j]
	for _, f := range m.less {
		if c := f(p, q); c != 0 {
			return c < 0
		}
	}
	return false
}

func names(es []Employee) string {
	var s []string
	for _, e := range es {
		s = append(s, e.Name)
	}
	return strings.Join(s, ",")
}

func main() {
	es := []Employee{
		{"alice", "eng", 120, 30}, {"bob", "eng", 100, 45}, {"carol", "ops", 100, 28},
		{"dan", "ops", 90, 45}, {"erin", "eng", 120, 25}, {"frank", "sales", 80, 33},
		{"gina", "sales", 80, 29}, {"hal", "eng", 100, 30},
	}
	By(func(a, b *Employee) bool { return a.Age < b.Age }).Sort(es)
	fmt.Println(names(es))
	OrderedBy(
		func(a, b *Employee) int { return strings.Compare(a.Dept, b.Dept) },
		func(a, b *Employee) int { return b.Salary - a.Salary },
		func(a, b *Employee) int { return strings.Compare(a.Name, b.Name) },
	).Sort(es)
	fmt.Println(names(es))
	sort.SliceStable(es, func(i, j int) bool { return es[i].Salary > es[j].Salary })
	fmt.Println(names(es))
	slices.SortStableFunc(es, func(a, b Employee) int { return cmp.Compare(a.Age/10, b.Age/10) })
	fmt.Println(names(es))
	byDept := map[string][]Employee{}
	for _, e := range es {
		byDept[e.Dept] = append(byDept[e.Dept], e)
	}
	depts := make([]string, 0, len(byDept))
	for d := range byDept {
		depts = append(depts, d)
	}
	sort.Strings(depts)
	for _, d := range depts {
		total := 0
		for _, e := range byDept[d] {
			total += e.Salary
		}
		oldest := slices.MaxFunc(byDept[d], func(a, b Employee) int { return cmp.Compare(a.Age, b.Age) })
		fmt.Printf("%-6s n=%d total=%d avg=%.1f oldest=%s\n", d, len(byDept[d]), total, float64(total)/float64(len(byDept[d])), oldest.Name)
	}
	i := sort.Search(len(es), func(i int) bool { return es[i].Age/10 >= 4 })
	fmt.Println(i, es[i].Name)
	fl := []float64{2.5, -1, 3.75, 0, -0.5}
	sort.Float64s(fl)
	fmt.Println(fl, sort.Float64sAreSorted(fl), sort.SearchFloat64s(fl, 1))
	ss := []string{"banana", "Apple", "cherry", "apple"}
	sort.Sort(sort.Reverse(sort.StringSlice(ss)))
	fmt.Println(ss, sort.SearchStrings([]string{"a", "c", "e"}, "d"))
}
