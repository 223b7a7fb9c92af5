package main

import "fmt"

func main() {
	i := 0
loop:
	if i < 3 {
		fmt.Println("i =", i)
		i++
		goto loop
	}
	n := 10
	if n > 5 {
		goto big
	}
	fmt.Println("small")
big:
	fmt.Println("done", n)
}
