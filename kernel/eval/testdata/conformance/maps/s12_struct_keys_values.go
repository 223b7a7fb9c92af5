package main

import (
	"fmt"
	"maps"
	"slices"
	"sort"
)

type Coord struct{ R, C int }

type Cell struct {
	Alive bool
	Age   int
}

type Board map[Coord]Cell

func (b Board) Step() Board {
	counts := map[Coord]int{}
	for c, cell := range b {
		if !cell.Alive {
			continue
		}
		for dr := -1; dr <= 1; dr++ {
			for dc := -1; dc <= 1; dc++ {
				if dr != 0 || dc != 0 {
					counts[Coord{c.R + dr, c.C + dc}]++
				}
			}
		}
	}
	next := Board{}
	for c, n := range counts {
		old := b[c]
		if n == 3 || (n == 2 && old.Alive) {
			next[c] = Cell{true, old.Age + 1}
		}
	}
	return next
}

func (b Board) Sorted() []Coord {
	cs := slices.Collect(maps.Keys(b))
	sort.Slice(cs, func(i, j int) bool {
		if cs[i].R != cs[j].R {
			return cs[i].R < cs[j].R
		}
		return cs[i].C < cs[j].C
	})
	return cs
}

func main() {
	b := Board{{0, 1}: {true, 0}, {1, 1}: {true, 0}, {2, 1}: {true, 0}}
	for i := 0; i < 3; i++ {
		fmt.Println(i, b.Sorted(), b[Coord{1, 1}])
		b = b.Step()
	}
	fmt.Println(len(b), b[Coord{9, 9}])
	c := maps.Clone(b)
	c[Coord{5, 5}] = Cell{Age: 3}
	fmt.Println(maps.Equal(b, c), len(c))
	delete(c, Coord{5, 5})
	fmt.Println(maps.Equal(b, c))
	fmt.Println(map[Coord]Cell{{1, 2}: {true, 1}})
}
