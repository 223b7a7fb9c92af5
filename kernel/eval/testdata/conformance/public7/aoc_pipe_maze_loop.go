package main

import (
	"fmt"
	"image"
	"strings"
)

const input = `..........
.S------7.
.|F----7|.
.||....||.
.||....||.
.|L-7F-J|.
.|..||..|.
.L--JL--J.
..........`

var (
	N = image.Pt(0, -1)
	S = image.Pt(0, 1)
	E = image.Pt(1, 0)
	W = image.Pt(-1, 0)
)

var pipes = map[byte][2]image.Point{
	'|': {N, S}, '-': {E, W}, 'L': {N, E}, 'J': {N, W}, '7': {S, W}, 'F': {S, E},
}

func main() {
	grid := strings.Split(input, "\n")
	at := func(p image.Point) byte {
		if p.Y < 0 || p.Y >= len(grid) || p.X < 0 || p.X >= len(grid[p.Y]) {
			return '.'
		}
		return grid[p.Y][p.X]
	}
	var start image.Point
	for y, row := range grid {
		if x := strings.IndexByte(row, 'S'); x >= 0 {
			start = image.Pt(x, y)
		}
	}
	// find S's connections
	var conn []image.Point
	for _, d := range []image.Point{N, S, E, W} {
		if ds, ok := pipes[at(start.Add(d))]; ok {
			back := d.Mul(-1)
			if ds[0] == back || ds[1] == back {
				conn = append(conn, d)
			}
		}
	}
	for b, ds := range pipes {
		if (ds[0] == conn[0] && ds[1] == conn[1]) || (ds[0] == conn[1] && ds[1] == conn[0]) {
			row := []byte(grid[start.Y])
			row[start.X] = b
			grid[start.Y] = string(row)
		}
	}
	loop := map[image.Point]bool{start: true}
	p, d := start, conn[0]
	for {
		p = p.Add(d)
		if p == start {
			break
		}
		loop[p] = true
		ds := pipes[at(p)]
		if ds[0] == d.Mul(-1) {
			d = ds[1]
		} else {
			d = ds[0]
		}
	}
	fmt.Println("farthest", len(loop)/2)
	inside := 0
	for y, row := range grid {
		in := false
		for x := range row {
			p := image.Pt(x, y)
			if loop[p] {
				if c := row[x]; c == '|' || c == 'L' || c == 'J' {
					in = !in
				}
			} else if in {
				inside++
			}
		}
	}
	fmt.Println("inside", inside, "start is", string(at(start)))
}
