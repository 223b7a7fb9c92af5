package main

import "fmt"

type Ready bool

func main() {
	c := make(chan Ready, 1)
	ok := len("x") == 1
	c <- ok
	fmt.Println(<-c)
}
