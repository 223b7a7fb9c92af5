package main

import (
	"cmp"
	"fmt"
	"maps"
	"slices"
	"strings"
)

type Employee struct {
	Name string
	Dept string
	Age  int
}

func main() {
	nums := []int{9, 2, 7, 4, 5, 1, 8}
	for c := range slices.Chunk(nums, 3) {
		fmt.Println(c, len(c), cap(c))
	}
	for i, v := range slices.Backward(nums) {
		fmt.Print(i, "=", v, " ")
	}
	fmt.Println()
	sorted := slices.Sorted(slices.Values(nums))
	fmt.Println(sorted, nums)
	idx, found := slices.BinarySearch(sorted, 7)
	fmt.Println(idx, found)

	staff := []Employee{{"Ann", "eng", 31}, {"Bob", "ops", 45}, {"Cid", "eng", 28}, {"Dee", "ops", 45}, {"Eve", "hr", 39}}
	slices.SortStableFunc(staff, func(a, b Employee) int {
		return cmp.Or(cmp.Compare(a.Dept, b.Dept), -cmp.Compare(a.Age, b.Age))
	})
	for _, e := range staff {
		fmt.Printf("%-4s%-4s%d\n", e.Name, e.Dept, e.Age)
	}
	byDept := map[string][]string{}
	for _, e := range staff {
		byDept[e.Dept] = append(byDept[e.Dept], e.Name)
	}
	for _, d := range slices.Sorted(maps.Keys(byDept)) {
		fmt.Println(d, strings.Join(byDept[d], ","))
	}
	oldest := slices.MaxFunc(staff, func(a, b Employee) int { return cmp.Compare(a.Age, b.Age) })
	fmt.Println(oldest.Name)
	i := slices.IndexFunc(staff, func(e Employee) bool { return e.Dept == "hr" })
	fmt.Println(i, slices.ContainsFunc(staff, func(e Employee) bool { return e.Age > 50 }))
	fmt.Println(slices.Repeat([]string{"ab"}, 3), slices.Compact([]int{1, 1, 2, 2, 2, 3, 1}))
}
