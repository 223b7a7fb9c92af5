package main

import (
	"cmp"
	"fmt"
	"slices"
	"sort"
	"strings"
)

type Person struct {
	Name string
	Age  int
	City string
}

type byAge []Person

func (a byAge) Len() int           { return len(a) }
func (a byAge) Less(i, j int) bool { return a[i].Age < a[j].Age }
func (a byAge) Swap(i, j int)      { a[i], a[j] = a[j], a[i] }

type lessFunc func(p1, p2 *Person) bool

type multiSorter struct {
	people []Person
	less   []lessFunc
}

func (ms *multiSorter) Len() int      { return len(ms.people) }
func (ms *multiSorter) Swap(i, j int) { ms.people[i], ms.people[j] = ms.people[j], ms.people[i] }
func (ms *multiSorter) Less(i, j int) bool {
	p, q := &ms.people[i], &ms.people[j]
	var k int
	for k = 0; k < len(ms.less)-1; k++ {
		less := ms.less[k]
		switch {
		case less(p, q):
			return true
		case less(q, p):
			return false
		}
	}
	return ms.less[k](p, q)
}

func OrderedBy(less ...lessFunc) *multiSorter { return &multiSorter{less: less} }

func (ms *multiSorter) Sort(people []Person) {
	ms.people = people
	sort.Sort(ms)
}

func main() {
	people := []Person{{"Alice", 30, "Oslo"}, {"Bob", 25, "Rome"}, {"Carol", 30, "Lima"}, {"Dan", 25, "Oslo"}, {"Eve", 35, "Rome"}, {"Fay", 30, "Oslo"}}
	p := slices.Clone(people)
	sort.Stable(byAge(p))
	fmt.Println(p)
	city := func(a, b *Person) bool { return a.City < b.City }
	age := func(a, b *Person) bool { return a.Age < b.Age }
	name := func(a, b *Person) bool { return a.Name > b.Name }
	OrderedBy(city, age, name).Sort(p)
	for _, x := range p {
		fmt.Printf("%-5s %d %s\n", x.Name, x.Age, x.City)
	}
	slices.SortStableFunc(p, func(a, b Person) int {
		return cmp.Or(cmp.Compare(b.Age, a.Age), strings.Compare(a.Name, b.Name))
	})
	fmt.Println(p)
	i, found := slices.BinarySearchFunc([]Person{{"A", 1, ""}, {"B", 5, ""}}, 5, func(p Person, t int) int { return cmp.Compare(p.Age, t) })
	fmt.Println(i, found)
	idx := sort.Search(len(people), func(i int) bool { return people[i].Name >= "D" })
	fmt.Println(idx, people[idx].Name)
	fmt.Println(sort.SliceIsSorted(p, func(i, j int) bool { return p[i].Age > p[j].Age }))
	ints := []int{5, 2, 8, 1}
	sort.Sort(sort.Reverse(sort.IntSlice(ints)))
	fmt.Println(ints, sort.SearchInts([]int{1, 3, 5}, 4))
}
