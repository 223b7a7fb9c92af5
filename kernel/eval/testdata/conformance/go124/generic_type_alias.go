package main

import "fmt"

type Set[T comparable] = map[T]bool

type Matrix[T any] = [][]T

func keys[T comparable](s Set[T]) int { return len(s) }

func main() {
	s := Set[int]{1: true, 2: true}
	fmt.Println(keys(s))
	var m Matrix[float64] = [][]float64{{1, 2}, {3, 4}}
	fmt.Printf("%v %T\n", m, m)
}
