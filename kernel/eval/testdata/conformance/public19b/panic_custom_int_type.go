package main

import "fmt"

type Code int

func check(c Code) {
	if c > 2 {
		panic(c)
	}
	fmt.Println("ok", c)
}

func main() {
	for c := Code(0); c < 5; c++ {
		check(c)
	}
}
