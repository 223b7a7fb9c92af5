package main

import "fmt"

type Count int

func main() {
	for i := range 4 {
		fmt.Print(i, " ")
	}
	fmt.Println()
	var n Count = 3
	for i := range n {
		fmt.Printf("%T %v ", i, i)
	}
	fmt.Println()
	for i := range int8(2) {
		fmt.Printf("%T ", i)
	}
	fmt.Println()
	for range 0 {
		fmt.Println("never")
	}
	for i := range -1 {
		fmt.Println("never", i)
	}
	fmt.Println("end")
}
