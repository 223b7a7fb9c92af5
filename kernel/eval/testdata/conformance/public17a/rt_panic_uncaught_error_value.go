package main

import "fmt"

type BadInput struct {
	Field string
}

func (b BadInput) Error() string { return "bad input: " + b.Field }

func validate(x int) {
	if x < 0 {
		panic(BadInput{"x"})
	}
	fmt.Println("ok", x)
}

func main() {
	validate(1)
	defer fmt.Println("deferred runs before crash")
	validate(-1)
}
