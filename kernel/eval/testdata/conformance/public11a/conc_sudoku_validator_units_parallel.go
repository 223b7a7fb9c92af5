package main

import (
	"fmt"
	"sort"
	"strings"
	"sync"
)

type Grid [9][9]int

func parse(s string) Grid {
	var g Grid
	rows := strings.Fields(s)
	for r, row := range rows {
		for c, ch := range row {
			if ch != '.' {
				g[r][c] = int(ch - '0')
			}
		}
	}
	return g
}

type unit struct {
	kind  string
	index int
	cells [9][2]int
}

func units() []unit {
	var us []unit
	for i := range 9 {
		var row, col, box unit
		row.kind, col.kind, box.kind = "row", "col", "box"
		row.index, col.index, box.index = i, i, i
		for j := range 9 {
			row.cells[j] = [2]int{i, j}
			col.cells[j] = [2]int{j, i}
			box.cells[j] = [2]int{i/3*3 + j/3, i%3*3 + j%3}
		}
		us = append(us, row, col, box)
	}
	return us
}

func check(g *Grid, u unit) []string {
	var seen [10][]int
	for k, rc := range u.cells {
		v := g[rc[0]][rc[1]]
		if v != 0 {
			seen[v] = append(seen[v], k)
		}
	}
	var probs []string
	for v := 1; v <= 9; v++ {
		if len(seen[v]) > 1 {
			probs = append(probs, fmt.Sprintf("%s %d has %d %d times", u.kind, u.index, v, len(seen[v])))
		}
	}
	return probs
}

func validate(g Grid) []string {
	var mu sync.Mutex
	var wg sync.WaitGroup
	var all []string
	for _, u := range units() {
		wg.Add(1)
		go func() {
			defer wg.Done()
			if p := check(&g, u); len(p) > 0 {
				mu.Lock()
				all = append(all, p...)
				mu.Unlock()
			}
		}()
	}
	wg.Wait()
	sort.Strings(all)
	return all
}

func main() {
	good := parse(`53..7.... 6..195... .98....6. 8...6...3 4..8.3..1 7...2...6 .6....28. ...419..5 ....8..79`)
	fmt.Println("good:", validate(good), len(units()))
	bad := good
	bad[0][2] = 5
	bad[8][8] = 8
	for _, p := range validate(bad) {
		fmt.Println(p)
	}
	filled := 0
	for _, row := range good {
		for _, v := range row {
			if v != 0 {
				filled++
			}
		}
	}
	fmt.Println("filled:", filled)
}
