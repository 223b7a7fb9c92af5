package main

import "fmt"

func main() {
	x := 1
	switch x {
	case "a":
		fmt.Println("a")
	}
}
