package main

import "fmt"

type Celsius float64
type Point struct{ X, Y int }
type Pair[T any] struct{ A, B T }

func (c Celsius) String() string { return fmt.Sprintf("%.1fC", float64(c)) }

func main() {
	fmt.Printf("%[1]T %[1]v\n", Celsius(3))
	fmt.Printf("%[2]T %[1]d\n", 5, Point{1, 2})
	fmt.Printf("%*d|%T\n", 5, 42, Point{})
	fmt.Printf("%-*s|%T\n", 6, "ab", Pair[int]{})
	fmt.Printf("%[1]v %[1]T %[2]T\n", Point{3, 4}, []Point{})
	fmt.Printf("%T %[1]v\n", Pair[string]{"x", "y"})
	fmt.Printf("%#[1]v\n", Point{5, 6})
	fmt.Printf("%[3]v %[1]v %v\n", 1, 2, 3)
	s := fmt.Sprintf("%[1]T|%[1]v|%#[1]v", map[string]Point{"a": {1, 2}})
	fmt.Println(s)
	fmt.Printf("%.*f %T\n", 2, 3.14159, Celsius(1))
}
