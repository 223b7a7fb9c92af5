package main

import "fmt"

func addItem(s []int, v int) []int {
	s = append(s, v)
	return s
}

func modify(s []int) {
	s[0] = -1
	s = append(s, 100)
	s[1] = -2
}

type Stack struct{ data []int }

func (s Stack) PushValue(v int) { s.data = append(s.data, v) }
func (s *Stack) Push(v int)     { s.data = append(s.data, v) }

func main() {
	base := make([]int, 3, 4)
	a := addItem(base, 1)
	b := addItem(base, 2)
	fmt.Println(a, b, base, len(base), cap(base))

	full := []int{1, 2, 3}
	c := addItem(full, 4)
	d := addItem(full, 5)
	fmt.Println(c, d, full)

	x := []int{1, 2, 3}
	modify(x)
	fmt.Println(x)
	y := make([]int, 2, 10)
	modify(y)
	fmt.Println(y, y[:3])

	var s Stack
	s.PushValue(1)
	fmt.Println(len(s.data))
	s.Push(2)
	s.Push(3)
	fmt.Println(s.data)
	s2 := s
	s2.Push(4)
	s.Push(5)
	fmt.Println(s.data, s2.data)

	// slicing keeps capacity: append overwrites
	orig := []string{"a", "b", "c", "d"}
	first2 := orig[:2]
	first2 = append(first2, "X")
	fmt.Println(orig)
	safe := orig[:2:2]
	safe = append(safe, "Y")
	fmt.Println(orig, safe)

	// copy of slice
	src := []int{1, 2, 3}
	var dst []int
	n := copy(dst, src)
	fmt.Println(n, dst)
	dst = make([]int, len(src))
	copy(dst, src)
	dst[0] = 99
	fmt.Println(src, dst)
	dst2 := append([]int(nil), src...)
	dst3 := append(src[:0:0], src...)
	fmt.Println(dst2, dst3)

	// growth pattern capacity
	var g []int
	caps := []int{}
	last := -1
	for i := 0; i < 2000; i++ {
		g = append(g, i)
		if cap(g) != last {
			last = cap(g)
			caps = append(caps, last)
		}
	}
	fmt.Println(caps)
	var bs []byte
	lastb := -1
	var bcaps []int
	for i := 0; i < 300; i++ {
		bs = append(bs, 'x')
		if cap(bs) != lastb {
			lastb = cap(bs)
			bcaps = append(bcaps, lastb)
		}
	}
	fmt.Println(bcaps)
	type big struct{ a, b, c, d, e int64 }
	var bg []big
	var bgc []int
	lastg := -1
	for i := 0; i < 100; i++ {
		bg = append(bg, big{})
		if cap(bg) != lastg {
			lastg = cap(bg)
			bgc = append(bgc, lastg)
		}
	}
	fmt.Println(bgc)
	fmt.Println(cap(append([]int{1, 2, 3}, 4, 5, 6, 7)), cap(append(make([]int, 0, 5), make([]int, 11)...)))
	st := []string{}
	st = append(st, "a", "b", "c")
	fmt.Println(len(st), cap(st))

	// removing while iterating
	nums := []int{1, 2, 3, 4, 5, 6}
	out := nums[:0]
	for _, v := range nums {
		if v%2 == 0 {
			out = append(out, v)
		}
	}
	fmt.Println(out, nums)

	// 2D slice sharing rows
	row := make([]int, 3)
	grid := [][]int{row, row}
	grid[0][1] = 5
	fmt.Println(grid)
	grid2 := make([][]int, 2)
	for i := range grid2 {
		grid2[i] = make([]int, 3)
	}
	grid2[0][1] = 5
	fmt.Println(grid2)
}
