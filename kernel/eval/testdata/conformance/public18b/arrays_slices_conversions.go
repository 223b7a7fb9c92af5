package main

import (
	"fmt"
	"slices"
)

type Grid [3][3]int

func (g Grid) Transposed() Grid {
	var t Grid
	for i := range g {
		for j := range g[i] {
			t[j][i] = g[i][j]
		}
	}
	return t
}

func (g *Grid) Fill(v int) {
	for i := range g {
		for j := range g[i] {
			g[i][j] = v + i*3 + j
		}
	}
}

func modify(a [3]int) [3]int { a[0] = 100; return a }
func modifyPtr(a *[3]int)    { a[0] = 100 }

func try(name string, f func()) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Println(name, "panic:", r)
		}
	}()
	f()
}

func main() {
	var g Grid
	g.Fill(1)
	t := g.Transposed()
	fmt.Println(g, t, g == t.Transposed())
	a := [3]int{1, 2, 3}
	b := modify(a)
	modifyPtr(&a)
	fmt.Println(a, b)
	pa := &a
	for i, v := range pa {
		pa[i] = v * 2
	}
	fmt.Println(a, len(pa), cap(pa[:1]))
	var nilArr *[4]int
	fmt.Println(len(nilArr))
	for i := range nilArr {
		fmt.Print(i)
	}
	fmt.Println()
	try("nil array index", func() { fmt.Println(nilArr[0]) })
	s := []int{1, 2, 3, 4, 5}
	arr := [3]int(s)
	arr[0] = 99
	ap := (*[2]int)(s)
	ap[1] = -2
	fmt.Println(arr, s, *ap)
	try("short conversion", func() { _ = [6]int(s) })
	try("short ptr conversion", func() { _ = (*[6]int)(s) })
	var nilS []int
	fmt.Println((*[0]int)(nilS) == nil, [0]int(nilS))
	sub := s[1:3]
	fmt.Println(len(sub), cap(sub), sub[:4])
	full := s[1:3:3]
	full = append(full, 7)
	fmt.Println(s, full)
	try("slice beyond cap", func() { _ = sub[:5] })
	try("3-index bad", func() {
		i, j := 3, 2
		_ = s[i:j]
	})
	ss := []string{"b", "a", "c"}
	fmt.Println(min(3, 1, 2), max("b", "a", "c"), min(2.5, -1.0), max(float32(1), 2))
	m := map[string]int{"a": 1, "b": 2}
	clear(m)
	clear(ss[:2])
	fmt.Println(len(m), ss, len(ss))
	bs := []byte("hello")
	str := string(bs)
	bs[0] = 'j'
	fmt.Println(str, string(bs))
	rs := []rune("héllo")
	rs[1] = 'e'
	fmt.Println(string(rs), len("héllo"), len(rs))
	matrix := make([][]float64, 3)
	for i := range matrix {
		matrix[i] = make([]float64, i+1)
		for j := range matrix[i] {
			matrix[i][j] = float64(i) / float64(j+1)
		}
	}
	fmt.Println(matrix)
	twoD := [2][]int{{1}, {2, 3}}
	cp := twoD
	cp[1][0] = 20
	cp[0] = append(cp[0], 5)
	fmt.Println(twoD, cp)
	grow := make([]int, 0, 1)
	prev := cap(grow)
	changes := 0
	for i := 0; i < 100; i++ {
		grow = append(grow, i)
		if cap(grow) != prev {
			changes++
			prev = cap(grow)
		}
	}
	fmt.Println(len(grow), changes > 3)
	bs0 := make([]byte, 1)
	idx := slices.Index(s, 99)
	fmt.Println(idx, copy(s, []int{7, 8}), s, copy(bs0, "xx"))
	var bb [4]byte
	n := copy(bb[:], "abcdef")
	fmt.Println(n, bb, string(bb[:2]))
}
