package main

import "fmt"

func main() {
	c := make(chan rune, 1)
	c <- 1 << 40
	fmt.Println(<-c)
}
