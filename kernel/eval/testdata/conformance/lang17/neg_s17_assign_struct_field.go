package main

import "fmt"

type Point struct{ X, Y int }

func main() {
	p := Point{}
	p.X = "1"
	fmt.Println(p)
}
