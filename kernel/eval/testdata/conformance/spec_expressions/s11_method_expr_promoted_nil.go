package main

import "fmt"

// Method expressions of methods promoted from embedded fields: the
// receiver is the embedded field of the expression's first argument.

type Rect struct{ W, H float64 }

func (r Rect) Perimeter() float64 { return 2 * (r.W + r.H) }
func (r *Rect) Scale(f float64)   { r.W *= f; r.H *= f }

type Square struct{ Rect }

type PSq struct{ *Rect }

type Deep struct {
	Label string
	Square
}

func try(name string, f func()) {
	defer func() { fmt.Println(name, recover()) }()
	f()
}

func main() {
	sq := Square{Rect{7, 7}}
	fmt.Println(Square.Perimeter(sq), (*Square).Perimeter(&sq))
	perim := Square.Perimeter
	fmt.Println(perim(sq))

	sc := (*Square).Scale
	sc(&sq, 2)
	(*Square).Scale(&sq, 0.5)
	(*Square).Scale(&sq, 3)
	fmt.Println(sq)

	p := PSq{&Rect{1, 2}}
	fmt.Println(PSq.Perimeter(p))
	PSq.Scale(p, 3)
	scale := PSq.Scale
	scale(p, 2)
	fmt.Println(*p.Rect)

	d := Deep{"d", Square{Rect{1, 1}}}
	fs := []func(Deep) float64{Deep.Perimeter}
	(*Deep).Scale(&d, 5)
	fmt.Println(fs[0](d), d.Label, d.W)

	try("nil *Square", func() { (*Square).Perimeter(nil) })
	try("nil embedded", func() { PSq.Perimeter(PSq{}) })
	f := (*Square).Perimeter
	try("nil *Square value", func() { f(nil) })
	g := PSq.Perimeter
	try("nil embedded value", func() { g(PSq{}) })
}
