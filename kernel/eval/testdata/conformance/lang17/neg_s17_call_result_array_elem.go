package main

import "fmt"

type Grid struct{ Cells [3]int }

func grid() Grid { return Grid{} }

func main() {
	grid().Cells[1] = 4
	fmt.Println(grid())
}
