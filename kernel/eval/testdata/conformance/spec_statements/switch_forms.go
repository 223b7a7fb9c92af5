package main

import "fmt"

func main() {
	for i := 0; i < 6; i++ {
		switch i {
		case 0:
			fmt.Println("zero")
		case 1, 2:
			fmt.Println("one or two")
		case 3:
			fmt.Println("three")
			fallthrough
		case 4:
			fmt.Println("three or four")
		default:
			fmt.Println("other", i)
		}
	}
	x := 15
	switch {
	case x > 10 && x < 20:
		fmt.Println("teen")
	case x > 5:
		fmt.Println("not reached")
	}
	switch y := x * 2; y {
	case 30:
		fmt.Println("thirty")
	}
	switch s := "b"; s {
	case "a":
	case "b":
		fmt.Println("b matched")
		break
	}
}
