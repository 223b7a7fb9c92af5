package main

import (
	"fmt"
	"strings"
	"sync"
)

type Grid [][]bool

func parse(s string) Grid {
	var g Grid
	for _, line := range strings.Split(strings.TrimSpace(s), "\n") {
		row := make([]bool, len(line))
		for i, c := range line {
			row[i] = c == '#'
		}
		g = append(g, row)
	}
	return g
}

func (g Grid) alive(r, c int) bool {
	h, w := len(g), len(g[0])
	return g[(r+h)%h][(c+w)%w]
}

func (g Grid) neighbours(r, c int) int {
	n := 0
	for dr := -1; dr <= 1; dr++ {
		for dc := -1; dc <= 1; dc++ {
			if (dr != 0 || dc != 0) && g.alive(r+dr, c+dc) {
				n++
			}
		}
	}
	return n
}

func (g Grid) Step(bands int) Grid {
	next := make(Grid, len(g))
	for i := range next {
		next[i] = make([]bool, len(g[i]))
	}
	var wg sync.WaitGroup
	per := (len(g) + bands - 1) / bands
	for b := 0; b < bands; b++ {
		lo, hi := b*per, min((b+1)*per, len(g))
		wg.Add(1)
		go func() {
			defer wg.Done()
			for r := lo; r < hi; r++ {
				for c := range g[r] {
					n := g.neighbours(r, c)
					next[r][c] = n == 3 || (n == 2 && g[r][c])
				}
			}
		}()
	}
	wg.Wait()
	return next
}

func (g Grid) String() string {
	var b strings.Builder
	for _, row := range g {
		for _, v := range row {
			if v {
				b.WriteByte('#')
			} else {
				b.WriteByte('.')
			}
		}
		b.WriteByte('\n')
	}
	return b.String()
}

func main() {
	g := parse(`
........
..#.....
...#....
.###....
........
........`)
	for gen := 0; gen < 4; gen++ {
		g = g.Step(3)
	}
	fmt.Print(g)
	count := 0
	for _, row := range g {
		for _, v := range row {
			if v {
				count++
			}
		}
	}
	fmt.Println("alive:", count)
	blinker := parse("...\n###\n...")
	fmt.Print(blinker.Step(2), blinker.Step(1).Step(2))
}
