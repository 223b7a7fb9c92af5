// A conversion to a type parameter (T(0)) is not a constant: a map literal
// may have it and a constant key of the same value, the later one wins,
// and a switch may have both as cases.
package main

import "fmt"

func keys[T, U ~int]() map[any]string {
	return map[any]string{int(0): "int", T(0): "T", U(0): "U"}
}

type Code int

func classify[T ~int](v any) string {
	switch v {
	case int(1), T(1):
		return "one"
	case T(2):
		return "two of T"
	}
	return "other"
}

func main() {
	fmt.Println(keys[int, int]())
	fmt.Println(len(keys[int, Code]()), keys[int, Code]()[Code(0)])
	fmt.Println(len(keys[Code, Code]()))
	fmt.Println(classify[int](1), classify[Code](Code(1)), classify[Code](Code(2)), classify[int](Code(2)))
}
