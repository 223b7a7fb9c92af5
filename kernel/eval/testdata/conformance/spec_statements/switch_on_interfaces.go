package main

import "fmt"

type Color int

const (
	Red Color = iota
	Green
)

func main() {
	var x any = Green
	switch x {
	case Red:
		fmt.Println("red")
	case Green:
		fmt.Println("green")
	case 1:
		fmt.Println("int 1")
	}
	var y any = 1
	switch y {
	case Green:
		fmt.Println("green")
	case 1:
		fmt.Println("int 1")
	}
}
