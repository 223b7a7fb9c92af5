package main

import "fmt"

type Point struct{ X, Y int }
type Line struct {
	A, B  Point
	Label string
	Tags  []string
	Meta  map[string]int
	P     *Point
}
type Celsius float64
type Color int

const (
	Red Color = iota
	Green
)

func (c Color) String() string { return [...]string{"Red", "Green"}[c] }

func main() {
	l := Line{A: Point{1, 2}, B: Point{3, 4}, Label: "l1", Tags: []string{"a", "b"}, Meta: map[string]int{"z": 1, "a": 2}}
	fmt.Printf("%v\n", l)
	fmt.Printf("%+v\n", l)
	fmt.Printf("%#v\n", l.A)
	fmt.Printf("%#v\n", l.Tags)
	fmt.Printf("%#v\n", l.Meta)
	fmt.Printf("%T %T %T\n", l, l.A, &l)
	fmt.Printf("%q %x %X\n", l.Label, l.Label, 255)
	fmt.Printf("%08.3f|%-8.2f|%+d|%6d|%-6d|\n", 3.14159, 2.5, 7, 42, 42)
	fmt.Printf("%v %d %s\n", Green, Green, Red)
	fmt.Printf("%#v %T\n", Celsius(21.5), Celsius(0))
	fmt.Printf("%v %+v\n", []Point{{1, 2}}, []*Point{nil})
	fmt.Printf("%5.1f%%\n", 99.5)
	fmt.Printf("%c %U %b %o %#x\n", 'G', 'G', 5, 8, 255)
	fmt.Printf("%t %v %p\n", true, nil, nil)
	fmt.Printf("%e %g %G\n", 1234.5678, 0.000012, 1e21)
	fmt.Printf("%x % x %q\n", []byte("hi"), []byte("hi"), []string{"a b", "c"})
	fmt.Printf("%[2]d %[1]d\n", 1, 2)
	fmt.Printf("%*d|%-*d|\n", 5, 1, 4, 2)
	fmt.Printf("%d %s\n", "str", 5)
	fmt.Printf("%v\n", [2][2]int{{1, 2}, {3, 4}})
	fmt.Printf("%v %+v\n", struct {
		A any
		B error
	}{A: Point{}, B: nil}, struct{ C []any }{[]any{1, "x", Red}})
	fmt.Println(fmt.Sprint("a", 1, 2, "b", "c", 3.0))
	fmt.Println(fmt.Sprintln("a", 1), len(fmt.Sprintln()))
}
