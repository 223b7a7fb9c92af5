package main

import (
	"errors"
	"fmt"
)

func main() {
	err := errors.New("x")
	fmt.Println("e: " + err.Error)
}
