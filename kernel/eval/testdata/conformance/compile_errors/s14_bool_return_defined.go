package main

import "fmt"

type Ok bool

func valid(n int) Ok {
	b := n > 0
	return b
}

func main() {
	fmt.Println(valid(1))
}
