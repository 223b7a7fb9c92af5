package main

import (
	"errors"
	"fmt"
)

func check(err error) { fmt.Println(err) }

func main() {
	check("bad")
	fmt.Println(errors.New("x"))
}
