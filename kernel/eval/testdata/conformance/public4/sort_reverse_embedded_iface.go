package main

import (
	"fmt"
	"sort"
	"strings"
)

type reverse struct{ sort.Interface }

func (r reverse) Less(i, j int) bool { return r.Interface.Less(j, i) }

type byLen []string

func (b byLen) Len() int           { return len(b) }
func (b byLen) Less(i, j int) bool { return len(b[i]) < len(b[j]) }
func (b byLen) Swap(i, j int)      { b[i], b[j] = b[j], b[i] }

type multiSorter struct {
	rows [][]string
	less []func(a, b []string) bool
}

func (m *multiSorter) Len() int      { return len(m.rows) }
func (m *multiSorter) Swap(i, j int) { m.rows[i], m.rows[j] = m.rows[j], m.rows[i] }
func (m *multiSorter) Less(i, j int) bool {
	p, q := m.rows[i], m.rows[j]
	for _, l := range m.less {
		switch {
		case l(p, q):
			return true
		case l(q, p):
			return false
		}
	}
	return false
}

type loud struct {
	fmt.Stringer
	n int
}

type word string

func (w word) String() string { return strings.ToUpper(string(w)) }

func main() {
	w := byLen{"ccc", "a", "bb", "dddd"}
	sort.Sort(reverse{w})
	fmt.Println(w)
	sort.Sort(w)
	fmt.Println(w, sort.IsSorted(w), sort.IsSorted(reverse{w}))
	rows := [][]string{{"b", "2"}, {"a", "9"}, {"b", "1"}, {"a", "3"}}
	ms := &multiSorter{rows: rows, less: []func(a, b []string) bool{
		func(a, b []string) bool { return a[0] < b[0] },
		func(a, b []string) bool { return a[1] > b[1] },
	}}
	sort.Sort(ms)
	fmt.Println(rows)
	l := loud{word("hi"), 2}
	fmt.Println(l.String(), l.Stringer, l.n)
	var s fmt.Stringer = l
	fmt.Println(s.String())
	fmt.Println(strings.Repeat(l.String(), l.n))
}
