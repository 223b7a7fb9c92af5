package main

import "fmt"

func main() {
	x := 1
	goto two
	switch x {
	case 1:
		fmt.Println(1)
	two:
		fmt.Println(2)
	}
}
