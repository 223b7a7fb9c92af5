package main

import (
	"fmt"
	"image"
	"strings"
)

const input = `498,4 -> 498,6 -> 496,6
503,4 -> 502,4 -> 502,9 -> 494,9`

type Cave struct {
	rock  map[image.Point]bool
	sand  map[image.Point]bool
	floor int
}

func (c *Cave) blocked(p image.Point, withFloor bool) bool {
	if withFloor && p.Y == c.floor {
		return true
	}
	return c.rock[p] || c.sand[p]
}

func (c *Cave) drop(withFloor bool) bool {
	p := image.Pt(500, 0)
	if c.blocked(p, withFloor) {
		return false
	}
outer:
	for {
		if !withFloor && p.Y > c.floor {
			return false
		}
		for _, d := range []image.Point{{0, 1}, {-1, 1}, {1, 1}} {
			if q := p.Add(d); !c.blocked(q, withFloor) {
				p = q
				continue outer
			}
		}
		c.sand[p] = true
		return true
	}
}

func main() {
	cave := &Cave{rock: map[image.Point]bool{}, sand: map[image.Point]bool{}}
	for _, line := range strings.Split(input, "\n") {
		var pts []image.Point
		for _, s := range strings.Split(line, " -> ") {
			var p image.Point
			fmt.Sscanf(s, "%d,%d", &p.X, &p.Y)
			pts = append(pts, p)
		}
		for i := 1; i < len(pts); i++ {
			a, b := pts[i-1], pts[i]
			r := image.Rectangle{a, b}.Canon()
			for x := r.Min.X; x <= r.Max.X; x++ {
				for y := r.Min.Y; y <= r.Max.Y; y++ {
					cave.rock[image.Pt(x, y)] = true
					cave.floor = max(cave.floor, y+2)
				}
			}
		}
	}
	n := 0
	for cave.drop(false) {
		n++
	}
	fmt.Println("abyss", n)
	for cave.drop(true) {
		n++
	}
	fmt.Println("floor", n, len(cave.sand))
}
