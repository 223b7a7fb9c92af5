package main

import (
	"cmp"
	"fmt"
	"slices"
	"strings"
)

type Person struct {
	Name string
	Age  int
}

func main() {
	xs := []int{5, 2, 8, 1, 9, 3}
	slices.Sort(xs)
	fmt.Println(xs)
	i, found := slices.BinarySearch(xs, 8)
	fmt.Println(i, found)
	i, found = slices.BinarySearch(xs, 4)
	fmt.Println(i, found)
	fmt.Println(slices.Contains(xs, 9), slices.Index(xs, 3), slices.Index(xs, 42))
	fmt.Println(slices.Max(xs), slices.Min(xs))
	ys := slices.Clone(xs)
	slices.Reverse(ys)
	fmt.Println(ys, xs)
	fmt.Println(slices.Equal(xs, ys), slices.Compare(xs, ys))
	ys = slices.Insert(ys, 1, 100, 200)
	fmt.Println(ys)
	ys = slices.Delete(ys, 0, 2)
	fmt.Println(ys)
	ys = slices.Compact([]int{1, 1, 2, 2, 2, 3, 1})
	fmt.Println(ys)
	fmt.Println(slices.IndexFunc(xs, func(n int) bool { return n > 4 }))
	people := []Person{{"Alice", 30}, {"Bob", 25}, {"Carol", 30}, {"Dan", 25}}
	slices.SortStableFunc(people, func(a, b Person) int { return cmp.Compare(a.Age, b.Age) })
	fmt.Println(people)
	slices.SortFunc(people, func(a, b Person) int {
		return cmp.Or(cmp.Compare(b.Age, a.Age), strings.Compare(a.Name, b.Name))
	})
	fmt.Println(people)
	j, ok := slices.BinarySearchFunc([]Person{{"A", 1}, {"B", 5}}, 5, func(p Person, t int) int { return cmp.Compare(p.Age, t) })
	fmt.Println(j, ok)
	oldest := slices.MaxFunc(people, func(a, b Person) int { return cmp.Compare(a.Age, b.Age) })
	fmt.Println(oldest)
	fmt.Println(slices.ContainsFunc(people, func(p Person) bool { return p.Name == "Dan" }))
	zs := slices.DeleteFunc([]int{1, 2, 3, 4, 5, 6}, func(n int) bool { return n%2 == 0 })
	fmt.Println(zs)
	g := slices.Grow([]int{1}, 10)
	fmt.Println(len(g), cap(g) >= 11)
	fmt.Println(slices.Replace([]string{"a", "b", "c"}, 1, 2, "X", "Y"))
	fmt.Println(slices.Concat([]int{1}, []int{2, 3}, nil, []int{4}))
	fmt.Println(slices.IsSorted(xs), slices.IsSorted([]int{2, 1}))
}
