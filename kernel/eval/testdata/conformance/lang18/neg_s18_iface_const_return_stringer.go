package main

import "fmt"

func name() fmt.Stringer {
	return "n"
}

func main() {
	fmt.Println(name())
}
