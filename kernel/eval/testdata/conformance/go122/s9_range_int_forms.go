package main

import "fmt"

type small uint8

func main() {
	for range 2 {
		fmt.Print("x")
	}
	fmt.Println()
	var n int64 = 4
	for i := range n {
		fmt.Printf("%T:%d ", i, i)
	}
	fmt.Println()
	for i := range small(3) {
		fmt.Printf("%T:%d ", i, i)
	}
	fmt.Println()
	for i := range 10 {
		if i%2 == 0 {
			continue
		}
		if i > 7 {
			break
		}
		fmt.Print(i, " ")
	}
	fmt.Println()
	for i := range 0 {
		fmt.Println("never", i)
	}
	for i := range -3 {
		fmt.Println("never", i)
	}
	total := 0
	for i := range len("hello") {
		total += i
	}
	fmt.Println(total)
	const k = 3
	for i := range k {
		fmt.Printf("%T ", i)
	}
	fmt.Println()
}
