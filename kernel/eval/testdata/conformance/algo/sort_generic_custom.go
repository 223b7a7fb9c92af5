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

func OrderedBy(less ...func(a, b *Employee) int) *multiSorter {
	return &multiSorter{less: less}
}

func (ms *multiSorter) Sort(es []Employee) {
	slices.SortFunc(es, func(a, b Employee) int {
		for _, l := range ms.less {
			if c := l(&a, &b); c != 0 {
				return c
			}
		}
		return 0
	})
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
		{"alice", "eng", 120, 30}, {"bob", "ops", 90, 45}, {"carol", "eng", 120, 25},
		{"dan", "ops", 95, 33}, {"eve", "eng", 150, 41}, {"frank", "hr", 70, 29},
	}
	By(func(a, b *Employee) bool { return a.Age < b.Age }).Sort(es)
	fmt.Println(names(es))
	By(func(a, b *Employee) bool { return a.Name > b.Name }).Sort(es)
	fmt.Println(names(es))
	OrderedBy(
		func(a, b *Employee) int { return strings.Compare(a.Dept, b.Dept) },
		func(a, b *Employee) int { return cmp.Compare(b.Salary, a.Salary) },
		func(a, b *Employee) int { return strings.Compare(a.Name, b.Name) },
	).Sort(es)
	fmt.Println(names(es))
	byDept := map[string][]string{}
	for _, e := range es {
		byDept[e.Dept] = append(byDept[e.Dept], e.Name)
	}
	keys := make([]string, 0, len(byDept))
	for k := range byDept {
		keys = append(keys, k)
	}
	sort.Sort(sort.Reverse(sort.StringSlice(keys)))
	for _, k := range keys {
		fmt.Println(k, byDept[k])
	}
	ints := []int{5, 2, 6, 3, 1, 4}
	sort.Sort(sort.Reverse(sort.IntSlice(ints)))
	fmt.Println(ints)
	fl := sort.Float64Slice{2.5, -1, 3}
	fl.Sort()
	fmt.Println(fl, fl.Search(2.5))
	sort.SliceStable(es, func(i, j int) bool { return es[i].Salary < es[j].Salary })
	fmt.Println(names(es))
}
