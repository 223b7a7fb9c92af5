package main

import (
	"fmt"
	"iter"
)

type Weekday int

func (d Weekday) String() string {
	return [...]string{"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"}[d]
}

type Grid [3][3]int

func (g *Grid) Cells() iter.Seq2[[2]int, int] {
	return func(yield func([2]int, int) bool) {
		for r := range 3 {
			for c := range 3 {
				if !yield([2]int{r, c}, g[r][c]) {
					return
				}
			}
		}
	}
}

func countdown(n int) func(func() bool) {
	return func(yield func() bool) {
		for range n {
			if !yield() {
				return
			}
		}
	}
}

func find(seq iter.Seq[int], target int) (idx int) {
	idx = -1
	i := 0
	for v := range seq {
		if v == target {
			idx = i
			return
		}
		i++
	}
	return
}

func squares(yield func(int) bool) {
	for i := 1; ; i++ {
		if !yield(i * i) {
			return
		}
	}
}

func main() {
	for d := range Weekday(7) {
		fmt.Printf("%v(%T) ", d, d)
	}
	fmt.Println()
	var n8 int8 = 3
	for i := range n8 {
		fmt.Printf("%T:%d ", i, i)
	}
	fmt.Println()
	const N = 4
	sum := 0
	for i := range N {
		sum += i
	}
	fmt.Println(sum)
	for range 0 {
		fmt.Println("never")
	}
	neg := -5
	for i := range neg {
		fmt.Println("never", i)
	}
	var g Grid
	for i := range 9 {
		g[i/3][i%3] = i * 10
	}
	for pos, v := range g.Cells() {
		if v == 40 {
			fmt.Println("found 40 at", pos)
			break
		}
	}
	k := 0
	for range countdown(5) {
		k++
	}
	fmt.Println("ticks", k)
	fmt.Println(find(squares, 49), find(func(y func(int) bool) {
		for _, x := range []int{3, 1, 4} {
			if !y(x) {
				return
			}
		}
	}, 9))
	out := []int{}
outer:
	for x := range squares {
		for y := range 3 {
			if x > 50 {
				break outer
			}
			if y == 1 {
				continue outer
			}
			out = append(out, x+y)
		}
	}
	fmt.Println(out)
	res := func() string {
		for v := range squares {
			if v > 10 {
				return fmt.Sprint("returned ", v)
			}
		}
		return "none"
	}()
	fmt.Println(res)
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		for v := range squares {
			if v == 9 {
				panic(fmt.Sprint("panic at ", v))
			}
		}
	}()
	var log []string
	func() {
		for v := range squares {
			defer func() { log = append(log, fmt.Sprint("defer ", v)) }()
			if v >= 4 {
				break
			}
		}
		log = append(log, "end of func")
	}()
	fmt.Println(log)
	var fs []func() int
	for v := range squares {
		fs = append(fs, func() int { return v })
		if len(fs) == 3 {
			break
		}
	}
	fmt.Println(fs[0](), fs[1](), fs[2]())
	type ID uint8
	for id := range ID(2) {
		fmt.Printf("%T %v\n", id, id)
	}
}
