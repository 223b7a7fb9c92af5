package main

import "fmt"

type Point2 struct{ X, Y int }
type Point3 struct{ X, Y, Z int }

type Pointish interface {
	Point2 | Point3
}

func Describe[P Pointish](ps []P) string {
	return fmt.Sprintf("%d points, first %v", len(ps), ps[0])
}

type Ptr[T any] interface{ *T }

func NewOf[T any, PT Ptr[T]]() PT { return PT(new(T)) }

type Setter[T any] interface {
	*T
	Set(string)
}

type Name struct{ v string }

func (n *Name) Set(s string) { n.v = s }

func ParseAll[T any, PT Setter[T]](xs []string) []T {
	out := make([]T, len(xs))
	for i, x := range xs {
		PT(&out[i]).Set(x)
	}
	return out
}

func main() {
	fmt.Println(Describe([]Point2{{1, 2}}), Describe([]Point3{{1, 2, 3}, {}}))
	p := NewOf[Point2]()
	p.X = 5
	fmt.Printf("%+v %T\n", *p, p)
	fmt.Println(ParseAll[Name]([]string{"a", "b"}))
}
