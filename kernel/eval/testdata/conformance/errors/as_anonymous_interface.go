package main

import (
	"errors"
	"fmt"
)

type Timeout struct{ Op string }

func (e Timeout) Error() string { return e.Op + " timed out" }
func (e Timeout) Timeout() bool { return true }

func main() {
	err := fmt.Errorf("op: %w", Timeout{"read"})
	var iface interface{ Timeout() bool }
	if errors.As(err, &iface) {
		fmt.Println("timeout?", iface.Timeout())
	} else {
		fmt.Println("no timeout in the chain")
	}
}
