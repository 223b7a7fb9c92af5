package main

import (
	"cmp"
	"fmt"
	"iter"
	"maps"
	"slices"
	"strings"
)

type Emp struct {
	Name string
	Dept string
	Pay  int
}

type Roster struct{ emps []Emp }

func (r *Roster) All() iter.Seq[Emp] { return slices.Values(r.emps) }

func (r *Roster) ByDept() iter.Seq2[string, []Emp] {
	return func(yield func(string, []Emp) bool) {
		groups := map[string][]Emp{}
		for _, e := range r.emps {
			groups[e.Dept] = append(groups[e.Dept], e)
		}
		for _, d := range slices.Sorted(maps.Keys(groups)) {
			if !yield(d, groups[d]) {
				return
			}
		}
	}
}

func Filter[T any](s iter.Seq[T], keep func(T) bool) iter.Seq[T] {
	return func(yield func(T) bool) {
		for v := range s {
			if keep(v) && !yield(v) {
				return
			}
		}
	}
}

func Take[T any](s iter.Seq[T], n int) iter.Seq[T] {
	return func(yield func(T) bool) {
		if n <= 0 {
			return
		}
		i := 0
		for v := range s {
			if !yield(v) {
				return
			}
			i++
			if i == n {
				return
			}
		}
	}
}

func Enumerate[T any](s iter.Seq[T]) iter.Seq2[int, T] {
	return func(yield func(int, T) bool) {
		i := 0
		for v := range s {
			if !yield(i, v) {
				return
			}
			i++
		}
	}
}

func main() {
	r := &Roster{[]Emp{{"ann", "eng", 120}, {"bob", "ops", 90}, {"cid", "eng", 150}, {"dee", "hr", 80}, {"eve", "ops", 95}}}
	rich := slices.Collect(Filter(r.All(), func(e Emp) bool { return e.Pay >= 95 }))
	fmt.Println(rich)
	byName := maps.Collect(func(yield func(string, Emp) bool) {
		for e := range r.All() {
			if !yield(e.Name, e) {
				return
			}
		}
	})
	fmt.Println(len(byName), byName["cid"].Pay)
	for d, es := range r.ByDept() {
		total := 0
		for _, e := range es {
			total += e.Pay
		}
		fmt.Printf("%s: %d people, total %d\n", d, len(es), total)
		if d == "hr" {
			break
		}
	}
	depts := slices.Collect(maps.Keys(maps.Collect(r.ByDept())))
	slices.Sort(depts)
	fmt.Println(depts)
	sorted := slices.SortedFunc(r.All(), func(a, b Emp) int { return cmp.Or(-cmp.Compare(a.Pay, b.Pay), strings.Compare(a.Name, b.Name)) })
	fmt.Println(sorted[0], sorted[len(sorted)-1])
	for i, e := range Enumerate(Take(r.All(), 3)) {
		fmt.Print(i, ":", e.Name, " ")
	}
	fmt.Println()
	top := slices.MaxFunc(r.emps, func(a, b Emp) int { return cmp.Compare(a.Pay, b.Pay) })
	idx := slices.IndexFunc(r.emps, func(e Emp) bool { return e.Dept == "hr" })
	has := slices.Contains(r.emps, Emp{"bob", "ops", 90})
	fmt.Println(top, idx, has, slices.Index(r.emps, Emp{"eve", "ops", 95}))
	chunks := slices.Collect(slices.Chunk(r.emps, 2))
	fmt.Println(len(chunks), chunks[2])
	pays := slices.Collect(func(yield func(int) bool) {
		for _, e := range slices.Backward(r.emps) {
			if !yield(e.Pay) {
				return
			}
		}
	})
	fmt.Println(pays, slices.Max(pays), slices.Min(pays))
	uniq := slices.Compact(slices.Sorted(func(yield func(string) bool) {
		for e := range r.All() {
			yield(e.Dept)
		}
	}))
	fmt.Println(uniq)
	next, stop := iter.Pull(Filter(r.All(), func(e Emp) bool { return e.Dept == "ops" }))
	defer stop()
	for {
		e, ok := next()
		if !ok {
			break
		}
		fmt.Print(e.Name, " ")
	}
	fmt.Println()
	ks := slices.Collect(maps.Keys(map[Emp]bool{r.emps[0]: true}))
	fmt.Println(ks)
	for k, v := range maps.All(map[string]int{"only": 1}) {
		fmt.Println(k, v)
	}
	fmt.Println(strings.Join(slices.Collect(strings.SplitSeq("a,b,c", ",")), "|"))
	for i, f := range slices.All(strings.Fields(" x  y ")) {
		fmt.Print(i, f)
	}
	fmt.Println()
}
