package main

import (
	"fmt"
	"slices"
	"strings"
)

type Task struct {
	ID   int
	Name string
	Done bool
}

func main() {
	s := []int{1, 2, 3, 4, 5}
	s = slices.Insert(s, 2, 10, 11)
	fmt.Println(s, len(s))
	s = slices.Delete(s, 1, 3)
	fmt.Println(s, len(s))
	s = slices.Replace(s, 0, 2, 100)
	fmt.Println(s)
	s2 := slices.Clone(s)
	s2[0] = -1
	fmt.Println(s[0], s2[0], slices.Equal(s, s2))
	fmt.Println(slices.Index(s, 4), slices.IndexFunc(s, func(x int) bool { return x > 4 }), slices.Contains(s, 99))
	slices.Reverse(s2)
	fmt.Println(s2)
	fmt.Println(slices.Compact([]int{1, 1, 2, 2, 2, 3, 1}), slices.CompactFunc([]string{"a", "A", "b"}, strings.EqualFold))
	tasks := []Task{{1, "write", false}, {2, "test", true}, {3, "ship", false}, {4, "rest", true}}
	tasks = slices.DeleteFunc(tasks, func(t Task) bool { return t.Done })
	fmt.Println(tasks, len(tasks), cap(tasks))
	idx := slices.IndexFunc(tasks, func(t Task) bool { return t.Name == "ship" })
	tasks[idx].Done = true
	fmt.Println(tasks)
	g := slices.Grow([]int{1}, 10)
	fmt.Println(len(g), cap(g) >= 11)
	cl := slices.Clip(make([]int, 2, 10))
	fmt.Println(len(cl), cap(cl))
	n, found := slices.BinarySearch([]string{"a", "c", "e"}, "d")
	fmt.Println(n, found)
	fmt.Println(slices.Compare([]int{1, 2}, []int{1, 3}), slices.Compare([]int{1, 2}, []int{1}), slices.Compare([]int{}, []int(nil)))
	fmt.Println(slices.Concat([]int{1}, nil, []int{2, 3}, []int{}))
	a := []int{1, 2, 3}
	b := a[:2]
	b = append(b, 99)
	fmt.Println(a, b)
	c := slices.Clone(a[:2])
	c = append(c, 77)
	fmt.Println(a, c)
	x := make([]int, 0, 5)
	y := append(x, 1)
	z := append(x, 2)
	fmt.Println(y, z)
	d := []int{0, 1, 2, 3, 4, 5}
	copy(d[2:], d)
	fmt.Println(d)
	e := []int{0, 1, 2, 3, 4, 5}
	copy(e, e[2:])
	fmt.Println(e)
	bs := make([]byte, 3)
	nn := copy(bs, "héllo")
	fmt.Println(nn, bs)
	clear(e[1:3])
	fmt.Println(e, len(e))
	var nilS []int
	fmt.Println(slices.Max([]int{3, 9, 2}), len(nilS), nilS == nil, slices.Clone(nilS) == nil, append(nilS, nilS...) == nil)
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		fmt.Println(slices.Max(nilS))
	}()
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		fmt.Println(slices.Insert([]int{1}, 5, 2))
	}()
	m := [][]int{{3, 1}, {2}, {1, 1, 1}}
	slices.SortFunc(m, func(p, q []int) int { return len(p) - len(q) })
	fmt.Println(m)
	pos := slices.IndexFunc(m, func(r []int) bool { return slices.Contains(r, 3) })
	fmt.Println(pos, slices.EqualFunc([]int{1, 2}, []string{"1", "2"}, func(i int, s string) bool { return fmt.Sprint(i) == s }))
	three := s[1:3:4]
	fmt.Println(three, len(three), cap(three))
	three = append(three, 5, 6)
	fmt.Println(three, s)
}
