package main

import (
	"fmt"
	"sort"
	"strings"
)

type Cell struct{ X, Y int }

type World map[Cell]struct{}

func Parse(s string) World {
	w := World{}
	for y, line := range strings.Split(strings.TrimSpace(s), "\n") {
		for x, c := range line {
			if c == '#' {
				w[Cell{x, y}] = struct{}{}
			}
		}
	}
	return w
}

func (w World) Step() World {
	counts := map[Cell]int{}
	for c := range w {
		for dy := -1; dy <= 1; dy++ {
			for dx := -1; dx <= 1; dx++ {
				if dx != 0 || dy != 0 {
					counts[Cell{c.X + dx, c.Y + dy}]++
				}
			}
		}
	}
	next := World{}
	for c, n := range counts {
		if _, alive := w[c]; n == 3 || n == 2 && alive {
			next[c] = struct{}{}
		}
	}
	return next
}

func (w World) Bounds() (min, max Cell) {
	first := true
	for c := range w {
		if first {
			min, max, first = c, c, false
			continue
		}
		min.X, min.Y = minInt(min.X, c.X), minInt(min.Y, c.Y)
		max.X, max.Y = maxInt(max.X, c.X), maxInt(max.Y, c.Y)
	}
	return
}

func minInt(a, b int) int {
	if a < b {
		return a
	}
	return b
}

func maxInt(a, b int) int {
	if a > b {
		return a
	}
	return b
}

func (w World) String() string {
	lo, hi := w.Bounds()
	var sb strings.Builder
	for y := lo.Y; y <= hi.Y; y++ {
		for x := lo.X; x <= hi.X; x++ {
			if _, ok := w[Cell{x, y}]; ok {
				sb.WriteByte('#')
			} else {
				sb.WriteByte('.')
			}
		}
		sb.WriteByte('\n')
	}
	return sb.String()
}

func (w World) Sorted() []Cell {
	cs := make([]Cell, 0, len(w))
	for c := range w {
		cs = append(cs, c)
	}
	sort.Slice(cs, func(i, j int) bool {
		if cs[i].Y != cs[j].Y {
			return cs[i].Y < cs[j].Y
		}
		return cs[i].X < cs[j].X
	})
	return cs
}

func main() {
	glider := Parse(`
.#.
..#
###`)
	w := glider
	for i := 0; i < 4; i++ {
		w = w.Step()
	}
	fmt.Print(w)
	lo, hi := w.Bounds()
	fmt.Println(lo, hi, len(w), w.Sorted())
	blinker := Parse("###")
	fmt.Print(blinker.Step(), "--\n", blinker.Step().Step())
	rpent := Parse(`
.##
##.
.#.`)
	pop := []int{}
	for i := 0; i < 30; i++ {
		pop = append(pop, len(rpent))
		rpent = rpent.Step()
	}
	fmt.Println(pop)
}
