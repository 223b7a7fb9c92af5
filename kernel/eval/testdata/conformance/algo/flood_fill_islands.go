package main

import "fmt"

type Grid [][]byte

func parse(rows ...string) Grid {
	g := make(Grid, len(rows))
	for i, r := range rows {
		g[i] = []byte(r)
	}
	return g
}

func (g Grid) fill(r, c int, from, to byte) int {
	if r < 0 || c < 0 || r >= len(g) || c >= len(g[r]) || g[r][c] != from {
		return 0
	}
	g[r][c] = to
	return 1 + g.fill(r+1, c, from, to) + g.fill(r-1, c, from, to) + g.fill(r, c+1, from, to) + g.fill(r, c-1, from, to)
}

func (g Grid) Islands() (count int, sizes []int) {
	for r := range g {
		for c := range g[r] {
			if g[r][c] == '#' {
				count++
				sizes = append(sizes, g.fill(r, c, '#', byte('a'+count-1)))
			}
		}
	}
	return
}

func main() {
	g := parse(
		"##..#",
		"#...#",
		"..#..",
		".###.",
		"....#",
	)
	n, sizes := g.Islands()
	fmt.Println(n, sizes)
	for _, row := range g {
		fmt.Println(string(row))
	}
	img := parse("aaab", "abbb", "aaba")
	fmt.Println(img.fill(0, 0, 'a', 'x'))
	for _, row := range img {
		fmt.Println(string(row))
	}
}
