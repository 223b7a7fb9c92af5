package main

import (
	"fmt"
	"iter"
	"maps"
	"slices"
	"strings"
)

type Employee struct {
	Name string
	Dept string
	Pay  int
}

type Roster struct{ emps []Employee }

func (r *Roster) All() iter.Seq2[int, Employee] {
	return func(yield func(int, Employee) bool) {
		for i, e := range r.emps {
			if !yield(i, e) {
				return
			}
		}
	}
}

func (r *Roster) InDept(d string) iter.Seq[Employee] {
	return func(yield func(Employee) bool) {
		for _, e := range r.emps {
			if e.Dept == d && !yield(e) {
				return
			}
		}
	}
}

func Map[T, U any](seq iter.Seq[T], f func(T) U) iter.Seq[U] {
	return func(yield func(U) bool) {
		for v := range seq {
			if !yield(f(v)) {
				return
			}
		}
	}
}

func main() {
	r := &Roster{[]Employee{{"ann", "eng", 120}, {"bob", "ops", 90}, {"cy", "eng", 100}, {"di", "hr", 80}, {"ed", "eng", 95}}}
	for i, e := range r.All() {
		if i == 3 {
			break
		}
		fmt.Println(i, e)
	}
	names := slices.Collect(Map(r.InDept("eng"), func(e Employee) string { return strings.ToUpper(e.Name) }))
	fmt.Println(names)
	byDept := map[string][]string{}
	for _, e := range r.All() {
		byDept[e.Dept] = append(byDept[e.Dept], e.Name)
	}
	for _, d := range slices.Sorted(maps.Keys(byDept)) {
		fmt.Println(d, byDept[d])
	}
	pays := slices.SortedFunc(Map(r.InDept("eng"), func(e Employee) Employee { return e }), func(a, b Employee) int { return b.Pay - a.Pay })
	fmt.Println(pays)
	next, stop := iter.Pull(r.InDept("eng"))
	defer stop()
	for {
		e, ok := next()
		if !ok {
			break
		}
		fmt.Print(e.Name, ":", e.Pay, " ")
	}
	fmt.Println()
	total := 0
	for e := range r.InDept("eng") {
		total += e.Pay
		if total > 200 {
			break
		}
	}
	fmt.Println(total)
	idx := slices.IndexFunc(r.emps, func(e Employee) bool { return e.Pay < 90 })
	fmt.Println(idx, slices.ContainsFunc(r.emps, func(e Employee) bool { return e.Dept == "qa" }))
	m := maps.Collect(func(yield func(string, int) bool) {
		for _, e := range r.emps {
			if !yield(e.Name, e.Pay) {
				return
			}
		}
	})
	fmt.Println(m)
}
