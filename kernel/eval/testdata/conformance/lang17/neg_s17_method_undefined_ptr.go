package main

import "fmt"

type T struct{}

func main() {
	t := &T{}
	t.Run()
	fmt.Println()
}
