package main

import (
	"fmt"
	"image"
	"strings"
)

const input = `....#..
..###.#
#...##.
.#...##
#.###..
##.#.##
.#..#..`

type Elves map[image.Point]struct{}

var dirs = [4][3]image.Point{
	{{0, -1}, {-1, -1}, {1, -1}},
	{{0, 1}, {-1, 1}, {1, 1}},
	{{-1, 0}, {-1, -1}, {-1, 1}},
	{{1, 0}, {1, -1}, {1, 1}},
}

func (e Elves) has(p image.Point) bool { _, ok := e[p]; return ok }

func (e Elves) round(r int) (Elves, bool) {
	proposals := map[image.Point][]image.Point{}
	for p := range e {
		alone := true
		for dy := -1; dy <= 1 && alone; dy++ {
			for dx := -1; dx <= 1; dx++ {
				if (dx != 0 || dy != 0) && e.has(p.Add(image.Pt(dx, dy))) {
					alone = false
					break
				}
			}
		}
		if alone {
			continue
		}
		for i := 0; i < 4; i++ {
			d := dirs[(r+i)%4]
			if !e.has(p.Add(d[0])) && !e.has(p.Add(d[1])) && !e.has(p.Add(d[2])) {
				q := p.Add(d[0])
				proposals[q] = append(proposals[q], p)
				break
			}
		}
	}
	next := make(Elves, len(e))
	for p := range e {
		next[p] = struct{}{}
	}
	moved := false
	for q, from := range proposals {
		if len(from) == 1 {
			delete(next, from[0])
			next[q] = struct{}{}
			moved = true
		}
	}
	return next, moved
}

func (e Elves) bounds() image.Rectangle {
	first := true
	var r image.Rectangle
	for p := range e {
		cell := image.Rectangle{p, p.Add(image.Pt(1, 1))}
		if first {
			r, first = cell, false
		} else {
			r = r.Union(cell)
		}
	}
	return r
}

func main() {
	elves := Elves{}
	for y, line := range strings.Split(input, "\n") {
		for x, c := range line {
			if c == '#' {
				elves[image.Pt(x, y)] = struct{}{}
			}
		}
	}
	for r := 0; ; r++ {
		next, moved := elves.round(r)
		elves = next
		if r == 9 {
			b := elves.bounds()
			fmt.Println("empty after 10:", b.Dx()*b.Dy()-len(elves), b)
		}
		if !moved {
			fmt.Println("still at round", r+1)
			break
		}
	}
}
