package main

import "fmt"

func main() {
	for i := range 10 {
		fmt.Print(10 - i)
		fmt.Print(" ")
	}
	fmt.Println("go1.22 has lift-off!")
	n := uint8(3)
	for i := range n {
		fmt.Printf("%T%d ", i, i)
	}
	fmt.Println()
}
