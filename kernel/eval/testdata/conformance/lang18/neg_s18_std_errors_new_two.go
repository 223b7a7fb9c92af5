package main

import (
	"errors"
	"fmt"
)

func main() {
	err := errors.New("bad", 1)
	fmt.Println(err)
}
