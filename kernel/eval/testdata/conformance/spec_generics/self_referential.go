package main

import "fmt"

type Adder[A Adder[A]] interface {
	Add(A) A
}

type Vec struct{ X, Y int }

func (v Vec) Add(o Vec) Vec { return Vec{v.X + o.X, v.Y + o.Y} }

func SumAll[A Adder[A]](first A, rest ...A) A {
	for _, r := range rest {
		first = first.Add(r)
	}
	return first
}

func main() {
	fmt.Println(SumAll(Vec{1, 2}, Vec{3, 4}, Vec{5, 6}))
}
