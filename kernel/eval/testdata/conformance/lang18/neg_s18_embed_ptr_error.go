package main

import "fmt"

type E struct{ *error }

func main() {
	fmt.Println(E{})
}
