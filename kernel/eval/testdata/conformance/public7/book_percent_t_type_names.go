package main

import (
	"errors"
	"fmt"
	"strings"
	"time"
)

type Point struct{ X, Y int }
type Pair[K comparable, V any] struct {
	Key K
	Val V
}
type List[T any] struct {
	head *elem[T]
}
type elem[T any] struct {
	v    T
	next *elem[T]
}
type Celsius float64
type Handler func(string) error
type Matrix [2][2]float64
type Set map[string]struct{}

func main() {
	vals := []any{
		[]Point{}, map[string]*Point{}, make(chan<- Point), struct{ A Point }{},
		&List[int]{}, Pair[string, int]{}, Pair[Point, []Celsius]{}, Celsius(1), Handler(nil), Matrix{}, Set{},
		[3]*Point{}, map[Point][]string{}, errors.New("x"), time.Second, &strings.Builder{}, []any{1}, [][]Pair[int, bool]{},
		func(...int) {}, new(error), (*Point)(nil), struct{}{}, List[Pair[string, Point]]{},
	}
	for _, v := range vals {
		fmt.Printf("%T\n", v)
	}
	fmt.Printf("%v %+v\n", Pair[string, int]{"a", 1}, Pair[Point, Celsius]{Point{1, 2}, 3})
	fmt.Printf("%#v\n", Pair[string, int]{"a", 1})
	fmt.Printf("%#v %#v %#v\n", Point{1, 2}, []Celsius{1.5}, map[string]Point{"o": {}})
}
