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

type Desc struct{ sort.Interface }

func (d Desc) Less(i, j int) bool { return d.Interface.Less(j, i) }

func main() {
	people := []Person{{"a", 30}, {"b", 20}, {"c", 25}}
	var si sort.Interface = ByAge(people)
	sort.Sort(si)
	fmt.Println(people, si.Len(), sort.IsSorted(si))
	ba, ok := si.(ByAge)
	fmt.Println(ok, len(ba), ba[0].Name)
	sort.Sort(sort.Reverse(si))
	fmt.Println(people)
	sort.Stable(ByAge(people))
	fmt.Println(people)
	sort.Sort(Desc{ByAge(people)})
	fmt.Println(people)
	fmt.Printf("%T %v\n", si, si)
	var a any = si
	switch v := a.(type) {
	case ByAge:
		fmt.Println("ByAge", len(v))
	case sort.Interface:
		fmt.Println("iface")
	}
}
