package main

import (
	"fmt"
	"sort"
)

type Person struct {
	Name string
	Age  int
}

type ByAge []Person

func (a ByAge) Len() int           { return len(a) }
func (a ByAge) Swap(i, j int)      { a[i], a[j] = a[j], a[i] }
func (a ByAge) Less(i, j int) bool { return a[i].Age < a[j].Age }

type byName struct{ ps []Person }

func (b *byName) Len() int           { return len(b.ps) }
func (b *byName) Swap(i, j int)      { b.ps[i], b.ps[j] = b.ps[j], b.ps[i] }
func (b *byName) Less(i, j int) bool { return b.ps[i].Name < b.ps[j].Name }

func main() {
	people := []Person{{"Alice", 30}, {"Bob", 25}, {"Carol", 35}, {"Dan", 25}}
	sort.Sort(ByAge(people))
	fmt.Println(people, sort.IsSorted(ByAge(people)))
	sort.Sort(sort.Reverse(ByAge(people)))
	fmt.Println(people)
	sort.Stable(ByAge(people))
	fmt.Println(people)
	sort.Sort(&byName{people})
	fmt.Println(people)
	var si sort.Interface = ByAge(people)
	fmt.Println(si.Len(), sort.IsSorted(si))
}
