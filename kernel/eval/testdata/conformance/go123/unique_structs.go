package main

import (
	"fmt"
	"structs"
	"unique"
)

type Point struct {
	_    structs.HostLayout
	X, Y int32
}

func main() {
	p := Point{X: 1, Y: 2}
	fmt.Println(p.X+p.Y, unique.Make(p) == unique.Make(Point{X: 1, Y: 2}))
}
