package main

import "fmt"

func main() {
	defer func() {
		r := recover()
		fmt.Println("caught", r)
		panic(r)
	}()
	panic("first")
}
