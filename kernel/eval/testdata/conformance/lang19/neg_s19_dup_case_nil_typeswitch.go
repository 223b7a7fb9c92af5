package main

import "fmt"

func main() {
	var x any
	switch x.(type) {
	case nil:
		fmt.Println("nil")
	case int, nil:
		fmt.Println("int")
	}
}
