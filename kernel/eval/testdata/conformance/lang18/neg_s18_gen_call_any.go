package main

import "fmt"

func Call[T any](f T) { f() }

func main() {
	Call(func() { fmt.Println("x") })
}
