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

type ByAge []Person

func (a ByAge) Len() int           { return len(a) }
func (a ByAge) Swap(i, j int)      { a[i], a[j] = a[j], a[i] }
func (a ByAge) Less(i, j int) bool { return a[i].Age < a[j].Age }

type multiSorter struct {
	people []Person
	less   []func(a, b *Person) bool
}

func (m *multiSorter) Len() int      { return len(m.people) }
func (m *multiSorter) Swap(i, j int) { m.people[i], m.people[j] = m.people[j], m.people[i] }
func (m *multiSorter) Less(i, j int) bool {
	p, q := &m.people[i], &m.people[j]
	for _, l := range m.less {
		if l(p, q) {
			return true
		}
		if l(q, p) {
			return false
		}
	}
	return false
}

func main() {
	people := []Person{{"Alice", 30}, {"bob", 25}, {"Carol", 35}, {"dave", 25}, {"Eve", 30}}
	sort.Sort(ByAge(people))
	fmt.Println(people)
	sort.Sort(sort.Reverse(ByAge(people)))
	fmt.Println(people[0], sort.IsSorted(ByAge(people)))
	ms := &multiSorter{people, []func(a, b *Person) bool{
		func(a, b *Person) bool { return a.Age < b.Age },
		func(a, b *Person) bool { return strings.ToLower(a.Name) < strings.ToLower(b.Name) },
	}}
	sort.Sort(ms)
	fmt.Println(people)
	sort.SliceStable(people, func(i, j int) bool { return len(people[i].Name) < len(people[j].Name) })
	fmt.Println(people)
	idx := sort.Search(len(people), func(i int) bool { return len(people[i].Name) >= 5 })
	fmt.Println(idx, people[idx].Name)
}
