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
}

type ByAge []Person

func (a ByAge) Len() int           { return len(a) }
func (a ByAge) Swap(i, j int)      { a[i], a[j] = a[j], a[i] }
func (a ByAge) Less(i, j int) bool { return a[i].Age < a[j].Age }

func main() {
	people := []Person{{"Alice", 30}, {"Bob", 25}, {"Carol", 30}, {"Dan", 19}}
	ps := slices.Clone(people)
	sort.Sort(ByAge(ps))
	fmt.Println(ps)
	slices.SortFunc(ps, func(a, b Person) int {
		return cmp.Or(-cmp.Compare(a.Age, b.Age), strings.Compare(a.Name, b.Name))
	})
	fmt.Println(ps)
	slices.SortStableFunc(ps, func(a, b Person) int { return cmp.Compare(len(a.Name), len(b.Name)) })
	fmt.Println(ps)
	i, found := slices.BinarySearchFunc([]Person{{"A", 1}, {"B", 5}, {"C", 9}}, 5, func(p Person, t int) int { return cmp.Compare(p.Age, t) })
	fmt.Println(i, found)
	sort.SliceStable(people, func(i, j int) bool { return people[i].Name > people[j].Name })
	fmt.Println(people)
	words := strings.Fields("banana Apple cherry apple Banana")
	sort.Strings(words)
	fmt.Println(words, sort.StringsAreSorted(words))
	slices.SortFunc(words, func(a, b string) int { return cmp.Compare(strings.ToLower(a), strings.ToLower(b)) })
	fmt.Println(words)
	fmt.Println(slices.Compact(slices.Sorted(slices.Values([]int{3, 1, 3, 2, 1}))))
	fmt.Println(slices.MinFunc(people, func(a, b Person) int { return cmp.Compare(a.Age, b.Age) }))
	fmt.Println(sort.SearchInts([]int{1, 3, 5, 7}, 5), slices.Index(words, "cherry"))
	sort.Sort(sort.Reverse(sort.IntSlice([]int{1})))
	xs := []int{5, 2, 8}
	sort.Sort(sort.Reverse(sort.IntSlice(xs)))
	fmt.Println(xs)
}
