package main

import (
	"fmt"
	"strings"
)

const input = `...#......
.......#..
#.........
..........
......#...
.#........
.........#
..........
.......#..
#...#.....`

type Galaxy struct{ R, C int }

func distances(gs []Galaxy, emptyRows, emptyCols []bool, factor int) int {
	prefix := func(empty []bool) []int {
		p := make([]int, len(empty)+1)
		for i, e := range empty {
			p[i+1] = p[i]
			if e {
				p[i+1] += factor - 1
			}
		}
		return p
	}
	pr, pc := prefix(emptyRows), prefix(emptyCols)
	total := 0
	for i := range gs {
		for j := i + 1; j < len(gs); j++ {
			a, b := gs[i], gs[j]
			r1, r2 := min(a.R, b.R), max(a.R, b.R)
			c1, c2 := min(a.C, b.C), max(a.C, b.C)
			total += r2 - r1 + pr[r2] - pr[r1] + c2 - c1 + pc[c2] - pc[c1]
		}
	}
	return total
}

func main() {
	rows := strings.Split(input, "\n")
	emptyRows := make([]bool, len(rows))
	emptyCols := make([]bool, len(rows[0]))
	for i := range emptyCols {
		emptyCols[i] = true
	}
	var gs []Galaxy
	for r, row := range rows {
		emptyRows[r] = !strings.Contains(row, "#")
		for c, ch := range row {
			if ch == '#' {
				gs = append(gs, Galaxy{r, c})
				emptyCols[c] = false
			}
		}
	}
	fmt.Println(len(gs), emptyRows, emptyCols)
	for _, f := range []int{2, 10, 100, 1000000} {
		fmt.Println(f, distances(gs, emptyRows, emptyCols, f))
	}
}
