package main

import (
	"errors"
	"fmt"
)

type Code int

func (c Code) Error() string  { return fmt.Sprintf("code %d", int(c)) }
func (c Code) String() string { return fmt.Sprintf("C%d", int(c)) }

type Pt struct{ X, Y int }

func (p Pt) Error() string { return fmt.Sprint(p.X, p.Y) }

type S struct{ E error }

func get() error { return Code(1) }

func main() {
	var a error = Code(1)
	var st fmt.Stringer = Code(1)
	b := st.(error)
	es := []error{Code(1)}
	m := map[string]error{"k": Code(1)}
	s := S{Code(1)}
	ch := make(chan error, 1)
	ch <- Code(1)
	c := <-ch
	var x any = Code(1)
	vals := []error{a, b, es[0], m["k"], s.E, c, get(), x.(error)}
	for i, v := range vals {
		row := ""
		for _, w := range vals {
			if v == w {
				row += "="
			} else {
				row += "x"
			}
		}
		fmt.Println(i, row, v == Code(1), v == error(Code(2)), errors.Is(v, Code(1)), v != nil)
	}
	fmt.Println(any(st) == any(a), any(st) == x, st == Code(1))
	p1 := []error{Pt{1, 2}}
	var p2 error = Pt{1, 2}
	fmt.Println(p1[0] == p2, p1[0] == Pt{1, 2}, p1[0] == Pt{2, 1})
	type pair struct{ A, B error }
	fmt.Println(pair{Code(1), Pt{1, 1}} == pair{a, Pt{1, 1}})
	arr1 := [2]error{Code(3), Pt{}}
	arr2 := [2]error{Code(3), Pt{}}
	fmt.Println(arr1 == arr2)
}
