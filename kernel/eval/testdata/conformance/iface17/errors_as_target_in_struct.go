package main

import (
	"errors"
	"fmt"
)

type Retryable interface{ RetryAfter() int }

type Busy struct{ S int }

func (b Busy) Error() string   { return fmt.Sprint("busy ", b.S) }
func (b Busy) RetryAfter() int { return b.S }

type Holder struct {
	R   Retryable
	Log []string
}

func main() {
	var h Holder
	err := fmt.Errorf("op: %w", Busy{3})
	if errors.As(err, &h.R) {
		h.Log = append(h.Log, fmt.Sprint("retry ", h.R.RetryAfter()))
	}
	fmt.Println(h.R, h.Log)
	targets := make([]Retryable, 2)
	fmt.Println(errors.As(err, &targets[1]), targets[0] == nil, targets[1])
}
