package main

import "fmt"

type Item struct {
	Name string
	Qty  int
}

func main() {
	items := []Item{{"a", 1}, {"b", 2}}
	for _, it := range items {
		it.Qty *= 10 // modifies the copy
	}
	fmt.Println(items)
	for i := range items {
		items[i].Qty *= 10
	}
	fmt.Println(items)
	matrix := [][]int{{1, 2, 3}, {4, 5, 6}}
	for r, row := range matrix {
		for c := range row {
			matrix[r][c] *= 2
		}
	}
	fmt.Println(matrix)
	for _, p := range []*Item{&items[0], &items[1]} {
		p.Name += "!"
	}
	fmt.Println(items)
}
