package main

import (
	"errors"
	"fmt"
)

type P struct{ X int }

type Celsius float64

type Box struct {
	V   any
	n   int
	Err error
}

type Pair [2]Box

type S struct{ xs []int }

func main() {
	fmt.Println([2]any{1, 2} == [2]any{1, 2}, [1]any{P{1}} == [1]any{P{1}}, Box{V: P{1}} == Box{V: P{1}}, Box{V: 1} == Box{V: 1}, Box{V: P{1}} == Box{V: P{2}})
	fmt.Println(Box{V: Celsius(1)} == Box{V: 1.0}, Box{V: Celsius(1)} == Box{V: Celsius(1)}, Box{n: 1} != Box{n: 2})
	e := errors.New("x")
	fmt.Println(Box{Err: e} == Box{Err: e}, Box{Err: e} == Box{Err: errors.New("x")})
	fmt.Println(Pair{{V: P{1}}, {V: "s"}} == Pair{{V: P{1}}, {V: "s"}}, Pair{} == Pair{}, Pair{{V: nil}} == Pair{{V: 0}})
	defer func() { fmt.Println("recovered:", recover()) }()
	fmt.Println(Box{V: S{}} == Box{V: S{}})
}
