package main

import "fmt"

func gen(n int) {
	fmt.Println(n)
}

func main() {
	for x := range gen {
		fmt.Println(x)
	}
}
