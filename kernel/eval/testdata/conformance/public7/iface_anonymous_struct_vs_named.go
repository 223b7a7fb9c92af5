package main

import "fmt"

// Table-driven checks that compare values held in `any`: a value of an
// unnamed struct type is never equal to one of a defined struct type, even
// with the same fields, and does not assert to it.

type Point struct{ X, Y int }

func main() {
	cases := []struct {
		name string
		got  any
		want any
	}{
		{"same type", Point{1, 2}, Point{1, 2}},
		{"other values", Point{1, 2}, Point{2, 1}},
		{"anonymous vs defined", struct{ X, Y int }{1, 2}, Point{1, 2}},
		{"defined vs anonymous", Point{3, 4}, struct{ X, Y int }{3, 4}},
	}
	for _, c := range cases {
		_, isPoint := c.got.(Point)
		fmt.Printf("%-22s equal=%v isPoint=%v %T\n", c.name, c.got == c.want, isPoint, c.got)
	}
}
