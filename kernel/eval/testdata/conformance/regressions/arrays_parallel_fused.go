// Arrays and parallel assignments done by fused steps (speed8):
// elements of arrays and of pointers to arrays, `a, b = x, y` and
// `a, b := x, y` of basic values (swaps, strings, elements, fields,
// defines in loops captured by closures), && and || of bools, and the
// panics of an index out of range and of a nil pointer to an array.

package main

import "fmt"

type Grid [3][3]int

type Celsius float64

type pair struct{ a, b int }

func (g *Grid) swapRows() {
	for j := 0; j < 3; j++ {
		g[0][j], g[2][j] = g[2][j], g[0][j]
	}
}

func (g Grid) sum() int {
	t := 0
	for i := 0; i < 3; i++ {
		for j := 0; j < 3; j++ {
			t += g[i][j]
		}
	}
	return t
}

func fib(n int) int {
	a, b := 0, 1
	for i := 0; i < n; i++ {
		a, b = b, a+b
	}
	return a
}

func strs() string {
	x, y, z := "a", "b", "c"
	for i := 0; i < 3; i++ {
		x, y, z = y, z, x+y
	}
	return x + "|" + y + "|" + z
}

func closures() []func() int {
	var fs []func() int
	for i := 0; i < 3; i++ {
		a, b := i, i*10
		fs = append(fs, func() int { return a + b })
	}
	return fs
}

func arrays() {
	var row, col [5]bool
	var cnt [4]int8
	for i := 0; i < 5; i++ {
		r, c := i%3, (i*2)%5
		row[r], col[c] = true, !row[c]
		cnt[i%4], cnt[(i+1)%4] = cnt[i%4]+100, cnt[(i+1)%4]-7
	}
	fmt.Println(row, col, cnt)
}

func idx() {
	a := []int{1, 2, 3}
	i := 0
	i, a[i] = 1, 9 // a[0] = 9: index evaluated first
	fmt.Println(i, a)
	p := pair{1, 2}
	p.a, p.b = p.b, p.a
	fmt.Println(p)
	var t Celsius = 1.5
	var u Celsius
	u, t = t*2, 3
	fmt.Println(t, u)
	x, _ := 5, 6
	_, y := x, 7
	fmt.Println(x, y)
	f, g := 1.25, 2.5
	f, g = g, f
	fmt.Println(f, g)
	var ar [3]uint16
	ar[0], ar[1], ar[2] = 65535, 1, 2
	ar[0], ar[2] = ar[2]+ar[0], ar[0]
	fmt.Println(ar)
}

func oob(i int) (r int) {
	defer func() {
		if e := recover(); e != nil {
			fmt.Println("recovered:", e)
			r = -1
		}
	}()
	var a [3]int
	var b [3]int
	a[0], b[i] = 1, 2
	return a[0] + b[0]
}

func nilptr() {
	defer func() { fmt.Println("recovered:", recover()) }()
	var g *Grid
	x, y := g[0][1], 2
	fmt.Println(x, y)
}

var calls int

func side(b bool) bool { calls++; return b }

type B bool

func logic() {
	var arr [6]bool
	arr[1], arr[4] = true, true
	n, m := 0, 0
	for i := 0; i < 6; i++ {
		if i > 0 && arr[i] {
			n++
		}
		if i == 0 || arr[i] || side(i == 5) {
			m += i
		}
		ok := i%2 == 0 && arr[i]
		ok2 := arr[i] || i == 3
		var b B = B(arr[i]) && B(ok2)
		fmt.Print(ok, ok2, b, " ")
	}
	var p *[6]bool
	defer func() { fmt.Println("\nrecovered:", recover(), n, m, calls) }()
	for i := 0; i < 6; i++ {
		if i < 3 || p[i] {
			n++
		}
	}
}

func main() {
	logic()
	g := Grid{{1, 2, 3}, {4, 5, 6}, {7, 8, 9}}
	g.swapRows()
	fmt.Println(g, g.sum())
	fmt.Println(fib(50))
	fmt.Println(strs())
	for _, f := range closures() {
		fmt.Print(f(), " ")
	}
	fmt.Println()
	arrays()
	idx()
	fmt.Println(oob(1), oob(3))
	nilptr()
	var m [2][2]string
	m[0][0], m[1][1] = "x", "y"
	m[0][0], m[1][1] = m[1][1], m[0][0]
	fmt.Println(m)
}
