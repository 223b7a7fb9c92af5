package main

import "fmt"

type Point struct {
	X, Y int
}

type Named struct {
	Name  string
	Tags  []string
	Attrs map[string]int
	P     *Point
	Any   any
	inner Point
}

type Color int

const (
	Red Color = iota
	Green
)

type Celsius float64
type Words []string
type Lookup map[string]Point
type Fn func(int) int
type Ch chan int
type Pair [2]Point

type Inner struct{ A int }
type Outer struct {
	Inner
	B string
}

type E struct{ msg string }

func (e *E) Error() string { return "E:" + e.msg }

type S struct{ v int }

func (s S) GoString() string { return fmt.Sprintf("S<%d>", s.v) }

func main() {
	p := Point{1, 2}
	fmt.Printf("%#v\n", p)
	fmt.Printf("%#v\n", &p)
	fmt.Printf("%#v\n", []Point{{1, 2}, {3, 4}})
	fmt.Printf("%#v\n", map[string]Point{"a": {5, 6}})
	n := Named{Name: "n", Tags: []string{"x"}, Attrs: map[string]int{"k": 1}, P: nil, Any: Point{7, 8}, inner: Point{9, 9}}
	fmt.Printf("%#v\n", n)
	fmt.Printf("%+v\n", n)
	fmt.Printf("%#v %#v %#v\n", Red, Celsius(21.5), Words{"a", "b"})
	fmt.Printf("%#v\n", Lookup{"o": {}})
	fmt.Printf("%#v\n", Pair{{1, 1}, {2, 2}})
	fmt.Printf("%#v\n", Outer{Inner{1}, "b"})
	fmt.Printf("%#v %v\n", S{3}, S{3})
	fmt.Printf("%#v\n", []any{1, "s", Point{}, nil, Red, []int(nil), map[string]int(nil)})
	fmt.Printf("%#v\n", struct {
		A int
		B []Color
	}{1, []Color{Green}})
	var e error = &E{"x"}
	fmt.Printf("%v %s\n", e, e)
	fmt.Printf("%T %T %T %T %T\n", p, &p, Red, Words{}, Lookup{})
	fmt.Printf("%T %T %T\n", Fn(nil), Ch(nil), Pair{})
	fmt.Printf("%#v %#v\n", Fn(nil) == nil, [0]Point{})
	var np *Point
	fmt.Printf("%#v %v %+v\n", np, np, np)
	fmt.Printf("%v %d %x %o %b %c %q %U\n", Red, Green, Color(255), Color(8), Color(5), Color(65), Color(66), Color(0x1F600))
}
