package main

import "fmt"

type Point struct{ X, Y int }

func show(v any) { fmt.Println(v) }

func main() {
	show(Point)
}
