package main

import "fmt"

type Point struct{ X, Y int }

type Line struct {
	From, To Point
	Label    string
	Tags     []string
	Meta     map[string]Point
	Next     *Line
	hidden   float64
}

type Wrapper struct {
	Point
	*Line
	Vals [2]Point
}

func main() {
	l := Line{From: Point{1, 2}, To: Point{3, 4}, Label: "L", Tags: []string{"a"}, Meta: map[string]Point{"m": {5, 6}}, hidden: 0.5}
	fmt.Printf("%v\n%+v\n", l, l)
	l2 := &Line{Label: "second", Next: &l}
	fmt.Printf("%v %+v\n", l2.Next == &l, l2.Next.From)
	w := Wrapper{Point: Point{7, 8}, Line: nil, Vals: [2]Point{{1, 1}, {2, 2}}}
	fmt.Printf("%v\n%+v\n", w, w)
	fmt.Printf("%d %x %5v|\n", Point{10, 11}, Point{255, 16}, Point{1, 2})
	anon := struct {
		A int
		B struct{ C string }
	}{1, struct{ C string }{"c"}}
	fmt.Printf("%v %+v\n", anon, anon)
	fmt.Printf("%v %+v\n", []Point{{1, 2}}, map[string]Point{"p": {3, 4}})
	fmt.Printf("%s\n", Point{1, 2})
	fmt.Printf("%08.3f\n", struct{ F, G float64 }{1.5, -2})
}
