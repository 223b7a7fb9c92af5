package main

import (
	"fmt"
	"sort"
	"strings"
)

type Person struct {
	Name string
	Age  int
}

type People []Person

func (p People) Len() int      { return len(p) }
func (p People) Swap(i, j int) { p[i], p[j] = p[j], p[i] }

type ByAge struct{ People }

func (b ByAge) Less(i, j int) bool { return b.People[i].Age < b.People[j].Age }

type ByName struct{ People }

func (b ByName) Less(i, j int) bool { return b.People[i].Name < b.People[j].Name }

type lenCounter struct {
	data  []string
	swaps int
}

func (l *lenCounter) Len() int           { return len(l.data) }
func (l *lenCounter) Less(i, j int) bool { return len(l.data[i]) < len(l.data[j]) }
func (l *lenCounter) Swap(i, j int)      { l.swaps++; l.data[i], l.data[j] = l.data[j], l.data[i] }

func main() {
	people := People{{"ann", 30}, {"bob", 25}, {"cy", 35}}
	sort.Sort(ByAge{people})
	fmt.Println(people)
	sort.Sort(ByName{people})
	fmt.Println(people)
	sort.Sort(sort.Reverse(ByAge{people}))
	fmt.Println(people, sort.IsSorted(sort.Reverse(ByAge{people})))
	fs := sort.Float64Slice{2.5, 1, 3}
	sort.Sort(sort.Reverse(fs))
	fmt.Println(fs)
	ss := sort.StringSlice(strings.Fields("pear apple fig"))
	ss.Sort()
	fmt.Println(ss, ss.Search("fig"), sort.SearchStrings(ss, "banana"))
	is := []int{5, 1, 4}
	sort.Ints(is)
	fmt.Println(is, sort.IntsAreSorted(is), sort.SearchInts(is, 4))
	var lc lenCounter
	lc.data = strings.Fields("ccc a bb dddd")
	sort.Sort(&lc)
	fmt.Println(lc.data, lc.swaps > 0)
}
