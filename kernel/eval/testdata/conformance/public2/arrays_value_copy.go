package main

import "fmt"

type Matrix [2][2]int

type Player struct {
	Name  string
	Score int
}

func bump(ps []Player) {
	for i := range ps {
		ps[i].Score += 10
	}
}

func bumpCopy(ps []Player) {
	for _, p := range ps {
		p.Score += 100
	}
}

func main() {
	a := [3]int{1, 2, 3}
	b := a
	b[0] = 100
	fmt.Println(a, b, a == [3]int{1, 2, 3})
	m := Matrix{{1, 2}, {3, 4}}
	n := m
	n[1][1] = 40
	fmt.Println(m, n)
	players := []Player{{"a", 1}, {"b", 2}}
	bump(players)
	bumpCopy(players)
	fmt.Println(players)
	pa := &players[0]
	pa.Score = 0
	fmt.Println(players[0])
	s := a[:]
	s[1] = 20
	fmt.Println(a, s, len(s), cap(s))
	s2 := append(s[:1], 9)
	fmt.Println(a, s2)
	full := a[0:2:2]
	full = append(full, 7)
	fmt.Println(a, full)
	grid := [2][3]string{}
	for i := range grid {
		for j := range grid[i] {
			grid[i][j] = fmt.Sprint(i, j)
		}
	}
	fmt.Println(grid, len(grid[0]))
	ptrArr := &a
	for i, v := range ptrArr {
		ptrArr[i] = v * 2
	}
	fmt.Println(a)
	arrOfSlices := [2][]int{{1}, {2, 3}}
	c := arrOfSlices
	c[1][0] = 99
	fmt.Println(arrOfSlices)
}
