package main

import "fmt"

func count() (n int) {
	defer func() { n *= 2 }()
	for i := 0; i < 4; i++ {
		defer func() { n += i }()
	}
	return 1
}

func main() {
	fmt.Println("counting")
	for i := 0; i < 10; i++ {
		defer fmt.Print(i, " ")
	}
	defer fmt.Println()
	fmt.Println("done")
	fmt.Println(count())
	x := 1
	defer fmt.Println("deferred x =", x)
	x = 100
	fmt.Println("x now", x)
}
