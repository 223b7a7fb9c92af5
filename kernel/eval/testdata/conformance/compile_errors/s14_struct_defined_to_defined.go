package main

import "fmt"

type P struct{ X, Y int }
type Q struct{ X, Y int }

func main() {
	var q Q = P{1, 2}
	fmt.Println(q)
}
