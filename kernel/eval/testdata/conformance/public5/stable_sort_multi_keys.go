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

func main() {
	staff := []Employee{
		{"Ann", "eng", 120, 30}, {"Bob", "ops", 90, 45}, {"Cid", "eng", 120, 25},
		{"Dee", "ops", 95, 33}, {"Eve", "eng", 100, 41}, {"Fay", "hr", 90, 29},
		{"Gus", "hr", 90, 52}, {"Hal", "eng", 100, 38},
	}
	bySalary := slices.Clone(staff)
	sort.SliceStable(bySalary, func(i, j int) bool { return bySalary[i].Salary > bySalary[j].Salary })
	for _, e := range bySalary {
		fmt.Print(e.Name, ":", e.Salary, " ")
	}
	fmt.Println()
	multi := slices.Clone(staff)
	slices.SortStableFunc(multi, func(a, b Employee) int {
		return cmp.Or(
			strings.Compare(a.Dept, b.Dept),
			cmp.Compare(b.Salary, a.Salary),
			cmp.Compare(a.Age, b.Age),
		)
	})
	for _, e := range multi {
		fmt.Printf("%-4s %-3s %3d %d\n", e.Dept, e.Name, e.Salary, e.Age)
	}
	groups := map[string][]string{}
	for _, e := range multi {
		groups[e.Dept] = append(groups[e.Dept], e.Name)
	}
	depts := slices.Sorted(func(yield func(string) bool) {
		for d := range groups {
			if !yield(d) {
				return
			}
		}
	})
	for _, d := range depts {
		fmt.Println(d, groups[d])
	}
	i, found := slices.BinarySearchFunc(multi, "hr", func(e Employee, d string) int { return strings.Compare(e.Dept, d) })
	fmt.Println(i, found, multi[i].Name)
	oldest := slices.MaxFunc(staff, func(a, b Employee) int { return cmp.Compare(a.Age, b.Age) })
	youngest := slices.MinFunc(staff, func(a, b Employee) int { return cmp.Compare(a.Age, b.Age) })
	fmt.Println(oldest.Name, youngest.Name)
	ages := []int{5, 2, 8, 2, 9, 1}
	sort.Sort(sort.Reverse(sort.IntSlice(ages)))
	fmt.Println(ages, sort.SearchInts([]int{1, 3, 5, 7}, 6), slices.IsSortedFunc(ages, func(a, b int) int { return b - a }))
	words := strings.Fields("banana Apple cherry apple Banana")
	slices.SortFunc(words, func(a, b string) int {
		return cmp.Or(strings.Compare(strings.ToLower(a), strings.ToLower(b)), strings.Compare(a, b))
	})
	fmt.Println(words, slices.Compact(slices.Clone(words)))
}
