package main

import "fmt"

// In a composite literal of pointers to arrays, an element's &[N]T may be
// elided: {1, 2} stands for &[2]int{1, 2}.

type row [4]int

func main() {
	grid := []*[2]int{{1, 2}, {3}}
	fmt.Println(*grid[0], *grid[1], len(grid))
	rows := [3]*row{{7}, {1, 2, 3, 4}}
	fmt.Println(*rows[0], *rows[1], rows[2] == nil)
	rows[0][3] = 9
	fmt.Println(*rows[0])
	byName := map[string]*[3]string{"abc": {"a", "b", "c"}}
	fmt.Println(byName["abc"][1], len(byName["abc"]))
	nested := [][]*[2]bool{{{true}, {false, true}}}
	fmt.Println(*nested[0][0], *nested[0][1])
}
