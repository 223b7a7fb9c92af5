package main

import "fmt"

// With at most one iteration variable, a range over an array whose length
// is constant does not evaluate the array: a nil pointer to an array, or
// an index out of range, in it does not panic. With a call in it, or with
// the value variable, it is evaluated.

type grid [3][4]int

var board *grid

func find() *grid {
	fmt.Println("find called")
	return nil
}

func try(name string, f func()) {
	defer func() { fmt.Println(name, "panicked:", recover() != nil) }()
	f()
}

func main() {
	try("rows of *board", func() {
		for r := range *board {
			fmt.Print(r, " ")
		}
		fmt.Println()
	})
	try("columns of board[0]", func() {
		for c := range board[0] {
			fmt.Print(c, " ")
		}
		fmt.Println()
	})
	try("count *board", func() {
		n := 0
		for range *board {
			n++
		}
		fmt.Println(n)
	})
	try("index and blank", func() {
		for i, _ := range *board {
			fmt.Print(i, " ")
		}
		fmt.Println()
	})
	rows := [][2]string{{"a", "b"}}
	k := 5
	try("out of range index", func() {
		for i := range rows[0] {
			fmt.Print(i, " ")
		}
		fmt.Println()
		var arrs [2][3]int
		for i := range arrs[k%2] {
			fmt.Print(i, " ")
		}
		fmt.Println()
	})
	try("with a call", func() {
		for r := range *find() {
			fmt.Print(r, " ")
		}
	})
	try("with the value", func() {
		for _, row := range *board {
			fmt.Print(row)
		}
	})
}
