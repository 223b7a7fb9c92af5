package main

import "fmt"

type Box struct {
	V interface {
		Get() int
		Get() int
	}
}

func main() {
	fmt.Println(Box{})
}
