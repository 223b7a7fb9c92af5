package main

import (
	"fmt"
	"sort"
)

const N = 6

var moves = [8][2]int{{2, 1}, {1, 2}, {-1, 2}, {-2, 1}, {-2, -1}, {-1, -2}, {1, -2}, {2, -1}}

type Board [N][N]int

func (b *Board) valid(r, c int) bool { return r >= 0 && c >= 0 && r < N && c < N && b[r][c] == 0 }

func (b *Board) degree(r, c int) int {
	d := 0
	for _, m := range moves {
		if b.valid(r+m[0], c+m[1]) {
			d++
		}
	}
	return d
}

func (b *Board) tour(r, c, step int) bool {
	b[r][c] = step
	if step == N*N {
		return true
	}
	type cand struct{ r, c, d int }
	var cs []cand
	for _, m := range moves {
		nr, nc := r+m[0], c+m[1]
		if b.valid(nr, nc) {
			cs = append(cs, cand{nr, nc, b.degree(nr, nc)})
		}
	}
	sort.SliceStable(cs, func(i, j int) bool { return cs[i].d < cs[j].d })
	for _, x := range cs {
		if b.tour(x.r, x.c, step+1) {
			return true
		}
	}
	b[r][c] = 0
	return false
}

func main() {
	var b Board
	fmt.Println(b.tour(0, 0, 1))
	for _, row := range b {
		for _, v := range row {
			fmt.Printf("%3d", v)
		}
		fmt.Println()
	}
	ok := true
	pos := map[int][2]int{}
	for r := range N {
		for c := range N {
			pos[b[r][c]] = [2]int{r, c}
		}
	}
	for s := 1; s < N*N; s++ {
		a, z := pos[s], pos[s+1]
		dr, dc := a[0]-z[0], a[1]-z[1]
		if dr*dr+dc*dc != 5 {
			ok = false
		}
	}
	fmt.Println("valid:", ok)
}
