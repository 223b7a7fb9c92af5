package main

import (
	"errors"
	"fmt"
)

type Level int

func main() {
	_ = errors.New
	fmt.Println("start")
	panic(Level(7))
}
