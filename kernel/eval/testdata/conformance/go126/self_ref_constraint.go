package main

import "fmt"

type Ordered[T Ordered[T]] interface {
	Less(T) bool
}

type Age int

func (a Age) Less(b Age) bool { return a < b }

func Min[T Ordered[T]](xs ...T) T {
	m := xs[0]
	for _, x := range xs[1:] {
		if x.Less(m) {
			m = x
		}
	}
	return m
}

func main() {
	fmt.Println(Min(Age(30), Age(12), Age(40)))
}
