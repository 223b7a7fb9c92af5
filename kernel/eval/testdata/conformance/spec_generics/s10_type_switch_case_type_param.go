package main

import "fmt"

// A type switch in a generic function may have a case naming a type
// parameter and a case naming the type argument of an instance: Go allows
// it, and the first matching case runs (the interpreter refused the
// instance with "duplicate case string in type switch").

type Celsius float64

func kind[T comparable, U any](v any) string {
	switch v.(type) {
	case T:
		return "T"
	case string, bool:
		return "string or bool"
	case []U:
		return "slice of U"
	case []int:
		return "[]int"
	case map[T]U:
		return "map"
	}
	return "other"
}

func main() {
	fmt.Println(kind[string, int]("x"), kind[string, int](true), kind[string, int]([]int{1}))
	fmt.Println(kind[int, string](3), kind[int, string]("y"), kind[int, string]([]int{2}))
	fmt.Println(kind[Celsius, int](Celsius(1)), kind[Celsius, int](1.5), kind[bool, int](map[bool]int{}))
}
