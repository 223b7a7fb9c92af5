package main

import "fmt"

func main() {
	var x int8 = 1
	switch x {
	case 200:
	}
	fmt.Println(x)
}
