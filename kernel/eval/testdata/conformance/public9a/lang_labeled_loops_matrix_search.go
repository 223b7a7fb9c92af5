package main

import "fmt"

func firstDuplicateRow(m [][]int) (int, int, bool) {
	seen := map[[3]int]int{}
rows:
	for i, row := range m {
		if len(row) != 3 {
			continue rows
		}
		key := [3]int(row)
		if j, ok := seen[key]; ok {
			return j, i, true
		}
		seen[key] = i
	}
	return 0, 0, false
}

func saddlePoints(m [][]int) [][2]int {
	var out [][2]int
	for r := range m {
	cols:
		for c := range m[r] {
			v := m[r][c]
			for _, x := range m[r] {
				if x > v {
					continue cols
				}
			}
			for rr := range m {
				if m[rr][c] < v {
					continue cols
				}
			}
			out = append(out, [2]int{r, c})
		}
	}
	return out
}

func spiral(n int) [][]int {
	g := make([][]int, n)
	for i := range g {
		g[i] = make([]int, n)
	}
	r, c, dr, dc := 0, 0, 0, 1
	for k := 1; k <= n*n; k++ {
		g[r][c] = k
		nr, nc := r+dr, c+dc
		if nr < 0 || nr >= n || nc < 0 || nc >= n || g[nr][nc] != 0 {
			dr, dc = dc, -dr
			nr, nc = r+dr, c+dc
		}
		r, c = nr, nc
	}
	return g
}

func main() {
	m := [][]int{{1, 2, 3}, {4, 5}, {7, 8, 9}, {1, 2, 3}, {7, 8, 9}}
	fmt.Println(firstDuplicateRow(m))
	fmt.Println(firstDuplicateRow([][]int{{1, 1, 1}}))
	fmt.Println(saddlePoints([][]int{{9, 8, 7}, {5, 3, 2}, {6, 6, 7}}))
	fmt.Println(saddlePoints([][]int{{1, 2}, {3, 4}}))
	for _, row := range spiral(4) {
		fmt.Printf("%3d\n", row)
	}
	count := 0
outer:
	for i := 0; i < 10; i++ {
		for j := 0; j < 10; j++ {
			switch {
			case j > i:
				continue outer
			case i*j > 20:
				break outer
			}
			count++
		}
	}
	fmt.Println(count)
}
