package main

import (
	"errors"
	"fmt"
)

var errStop = errors.New("stop")

func main() {
	err := errStop
	defer fmt.Println("deferred print")
	defer func() { panic(err) }()
	panic(err)
}
