package main

import (
	"errors"
	"fmt"
)

func main() {
	fmt.Println("about to panic")
	panic(errors.New("boom: something failed"))
}
