package main

import (
	"errors"
	"fmt"
)

func main() {
	_ = errors.New
	fmt.Println("start")
	panic(nil)
}
