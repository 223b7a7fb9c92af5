package main

import "fmt"

func main() {
	defer func() {
		panic(fmt.Sprint("second: ", recover()))
	}()
	defer fmt.Println("d1")
	panic("first")
}
