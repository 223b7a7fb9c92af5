package main

import "fmt"

type Count uint8

func main() {
	var n Count = 3
	for i := range n {
		fmt.Printf("%v %T\n", i, i)
	}
	for i := range int64(2) {
		fmt.Printf("%T ", i)
	}
	fmt.Println()
	for range 0 {
		fmt.Println("never")
	}
	for i := range -2 {
		fmt.Println("never", i)
	}
	total := 0
	for i := range 10 {
		if i%2 == 0 {
			continue
		}
		total += i
	}
	fmt.Println(total)
}
