package main

import "fmt"

type Board struct {
	cells [3][3]byte
	name  string
}

func mark(b Board) Board {
	b.cells[1][1] = 'X'
	return b
}

func markPtr(b *Board) { b.cells[0][0] = 'O' }

func main() {
	var b Board
	b2 := mark(b)
	fmt.Println(b.cells[1][1], b2.cells[1][1])
	markPtr(&b)
	fmt.Println(b.cells[0][0])
	a := [3]int{1, 2, 3}
	c := a
	c[0] = 100
	fmt.Println(a, c, a == [3]int{1, 2, 3})
	grid := [2][2]int{{1, 2}, {3, 4}}
	row := grid[0]
	row[0] = 9
	fmt.Println(grid, row)
	rows := grid[:]
	rows[1][1] = 8
	fmt.Println(grid)
	ptrs := []*[2]int{&grid[0], &grid[1]}
	ptrs[0][1] = 7
	fmt.Println(grid)
	m := map[string][2]int{"a": {1, 2}}
	x := m["a"]
	x[1] = 5
	fmt.Println(m, x)
	type S struct{ arr [2]string }
	s1 := S{[2]string{"a", "b"}}
	s2 := s1
	s2.arr[0] = "z"
	fmt.Println(s1, s2, s1 == s2)
}
