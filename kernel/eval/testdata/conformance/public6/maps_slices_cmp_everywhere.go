package main

import (
	"cmp"
	"fmt"
	"maps"
	"slices"
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
		{"Alice", "eng", 120, 34}, {"Bob", "eng", 100, 45}, {"Carol", "ops", 90, 29},
		{"Dan", "ops", 90, 51}, {"Eve", "sales", 70, 38}, {"Frank", "eng", 120, 28},
	}
	slices.SortStableFunc(staff, func(a, b Employee) int {
		return cmp.Or(
			cmp.Compare(a.Dept, b.Dept),
			-cmp.Compare(a.Salary, b.Salary),
			cmp.Compare(a.Name, b.Name),
		)
	})
	for _, e := range staff {
		fmt.Printf("%-6s %-5s %d\n", e.Name, e.Dept, e.Salary)
	}

	byDept := map[string][]string{}
	for _, e := range staff {
		byDept[e.Dept] = append(byDept[e.Dept], e.Name)
	}
	for _, d := range slices.Sorted(maps.Keys(byDept)) {
		fmt.Println(d, byDept[d])
	}

	oldest := slices.MaxFunc(staff, func(a, b Employee) int { return cmp.Compare(a.Age, b.Age) })
	youngest := slices.MinFunc(staff, func(a, b Employee) int { return cmp.Compare(a.Age, b.Age) })
	fmt.Println(oldest.Name, youngest.Name)

	idx, found := slices.BinarySearchFunc(staff, "ops", func(e Employee, d string) int { return cmp.Compare(e.Dept, d) })
	fmt.Println(idx, found)

	names := slices.Collect(func(yield func(string) bool) {
		for _, e := range staff {
			if !yield(strings.ToLower(e.Name)) {
				return
			}
		}
	})
	fmt.Println(names, slices.IsSorted(names))
	slices.Sort(names)
	names = slices.Insert(names, 2, "zed", "yan")
	names = slices.Delete(names, 0, 1)
	fmt.Println(names, slices.Index(names, "eve"), slices.Contains(names, "bob"))
	names = slices.DeleteFunc(names, func(s string) bool { return len(s) == 3 })
	fmt.Println(names)

	salaries := map[string]int{}
	for _, e := range staff {
		salaries[e.Name] = e.Salary
	}
	raised := maps.Clone(salaries)
	for k := range raised {
		raised[k] += 10
	}
	fmt.Println(maps.Equal(salaries, raised), maps.EqualFunc(salaries, raised, func(a, b int) bool { return b-a == 10 }))
	maps.DeleteFunc(raised, func(k string, v int) bool { return v < 100 })
	fmt.Println(slices.Sorted(maps.Keys(raised)))
	merged := maps.Collect(maps.All(map[string]int{"x": 1}))
	maps.Copy(merged, map[string]int{"y": 2, "x": 3})
	fmt.Println(merged)

	nums := []int{5, 2, 8, 2, 9, 1, 5, 5}
	s2 := slices.Clone(nums)
	slices.Sort(s2)
	fmt.Println(slices.Compact(s2), nums, min(3, 1, 2), max(2.5, 1), min("b", "a"))
	fmt.Println(slices.Repeat([]int{1, 2}, 3), slices.Concat([]int{1}, nil, []int{2, 3}))
	for c := range slices.Chunk([]int{1, 2, 3, 4, 5, 6, 7}, 3) {
		fmt.Print(c, len(c), cap(c), ";")
	}
	fmt.Println()
	clear(salaries)
	arr := []int{1, 2, 3}
	clear(arr)
	fmt.Println(len(salaries), arr)
	fmt.Println(cmp.Compare(1.0, 2.0), cmp.Less("a", "b"), cmp.Or("", "dflt"), cmp.Or(0, 0, 7))
}
