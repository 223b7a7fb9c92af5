package main

import (
	"errors"
	"fmt"
)

func main() {
	f := 3.75
	int := int(f)
	string := string(rune(65 + int))
	error := error(errors.New("bad " + string))
	fmt.Println(int, string, error)
}
