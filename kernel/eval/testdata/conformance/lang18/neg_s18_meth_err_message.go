package main

import (
	"errors"
	"fmt"
)

func main() {
	err := errors.New("x")
	fmt.Println(err.Message)
}
