package main

import (
	"cmp"
	"fmt"
	"math"
	"slices"
	"strings"
)

type Employee struct {
	Dept   string
	Name   string
	Salary int
	Rating float64
}

func main() {
	fmt.Println(cmp.Compare(1, 2), cmp.Compare("b", "a"), cmp.Compare(2.0, 2.0), cmp.Less(1, 2))
	nan := math.NaN()
	fmt.Println(cmp.Compare(nan, 0), cmp.Compare(0, nan), cmp.Compare(nan, nan), cmp.Less(nan, math.Inf(-1)))
	fmt.Println(cmp.Or(0, 0, 3, 4), cmp.Or("", "x"), cmp.Or[int]())
	emps := []Employee{
		{"eng", "zoe", 120, 4.5}, {"ops", "al", 90, 3.9}, {"eng", "bo", 120, 4.8},
		{"eng", "cy", 100, math.NaN()}, {"ops", "di", 95, 4.1}, {"hr", "ed", 80, 4.0},
	}
	slices.SortFunc(emps, func(a, b Employee) int {
		return cmp.Or(
			cmp.Compare(a.Dept, b.Dept),
			-cmp.Compare(a.Salary, b.Salary),
			strings.Compare(a.Name, b.Name),
		)
	})
	for _, e := range emps {
		fmt.Printf("%-4s %-4s %4d %v\n", e.Dept, e.Name, e.Salary, e.Rating)
	}
	byRating := slices.Clone(emps)
	slices.SortStableFunc(byRating, func(a, b Employee) int { return cmp.Compare(b.Rating, a.Rating) })
	var names []string
	for _, e := range byRating {
		names = append(names, e.Name)
	}
	fmt.Println(names)
	i, found := slices.BinarySearchFunc(emps, "hr", func(e Employee, d string) int { return cmp.Compare(e.Dept, d) })
	fmt.Println(i, found)
	floats := []float64{3, nan, -1, math.Inf(1), 0, nan, -0.0}
	slices.Sort(floats)
	fmt.Println(floats, slices.IsSorted(floats))
	fmt.Println(slices.Max([]float64{1, nan, 3}), slices.Min([]float64{1, nan, 3}), max(1, nan), min(nan, 1))
	strs := []string{"b", "B", "a", "A", "ab", ""}
	slices.SortFunc(strs, func(a, b string) int {
		return cmp.Or(cmp.Compare(strings.ToLower(a), strings.ToLower(b)), cmp.Compare(a, b))
	})
	fmt.Printf("%q\n", strs)
}
