package main

import (
	"errors"
	"fmt"
)

func main() {
	defer func() { panic("x\ny") }()
	panic(errors.Join(errors.New("a"), fmt.Errorf("b\nc")))
}
