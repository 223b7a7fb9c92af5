package main

import "fmt"

func Kind[T any](v any) string {
	switch v.(type) {
	case T:
		return "T"
	case int:
		return "int"
	case string:
		return "string"
	}
	return "other"
}

func main() {
	fmt.Println(Kind[int](1), Kind[string](1), Kind[string]("s"), Kind[bool](true), Kind[bool](2.5))
}
