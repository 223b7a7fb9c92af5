package main

import "fmt"

type P struct{ b uint8 }

func main() {
	fmt.Println(P{b: 256})
}
