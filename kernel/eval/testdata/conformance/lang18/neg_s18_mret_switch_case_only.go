package main

import "fmt"

func f(x int) string {
	switch x {
	case 1:
		return "a"
	}
}

func main() {
	fmt.Println(f(1))
}
