package main

import "fmt"

func level(n int) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Println("level", n, "saw", r)
			panic(r)
		}
	}()
	if n == 0 {
		panic("bottom")
	}
	level(n - 1)
}

func main() {
	level(2)
}
