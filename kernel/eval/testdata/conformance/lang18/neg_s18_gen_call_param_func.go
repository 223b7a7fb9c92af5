package main

import "fmt"

func Run[F any](f F) { f() }

func main() {
	Run(func() {})
	fmt.Println("x")
}
