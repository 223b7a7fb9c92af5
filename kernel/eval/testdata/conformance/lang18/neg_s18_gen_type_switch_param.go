package main

import "fmt"

func Kind[T any](x T) string {
	switch x.(type) {
	case int:
		return "int"
	}
	return "other"
}

func main() {
	fmt.Println(Kind(1))
}
