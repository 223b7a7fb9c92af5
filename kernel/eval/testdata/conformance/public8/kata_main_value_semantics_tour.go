package main

import (
	"errors"
	"fmt"
	"strings"
)

type Point struct{ X, Y int }

func (p Point) Sum() int     { return p.X + p.Y }
func (p *Point) Shift(d int) { p.X += d; p.Y += d }

func main() {
	grid := [3]int{1, 2, 3}
	cell := &grid[1]
	grid, rows := [3]int{9, 9, 9}, 1
	fmt.Println(*cell, grid, rows)

	pt := Point{1, 2}
	sum := pt.Sum
	shift := pt.Shift
	shift(10)
	fmt.Println(sum(), pt, pt.Sum())
	alias := &pt
	pt, moves := Point{100, 100}, 0
	fmt.Println(alias.Sum(), moves)

	var err error = errors.New("first")
	lastErr := func() error { return err }
	msg, err := "retry", fmt.Errorf("second: %w", err)
	fmt.Println(msg, lastErr(), errors.Unwrap(err))

	cache := map[string][]int{}
	cache["a"] = append(cache["a"], 1)
	old := cache["a"]
	cache, size := map[string][]int{"b": {2}}, 2
	fmt.Println(old, cache, size)

	s := []int{1, 2, 3}
	head := s[:2]
	s, changed := append(s[:1], 7), true
	fmt.Println(s, head, changed)

	var level int8 = 100
	level, steps := level+100, 1
	fmt.Println(level, steps)

	var b strings.Builder
	w := &b
	fmt.Fprint(w, "x")
	b.WriteString("y")
	fmt.Println(b.String(), w.Len())
}
