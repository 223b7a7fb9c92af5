package main

import (
	"errors"
	"fmt"
)

type retryable interface{ Retry() bool }

type busy struct{ who string }

func (b busy) Error() string { return b.who + " is busy" }
func (b busy) Retry() bool   { return true }

var errFatal = errors.New("fatal")

func main() {
	j := errors.Join(errFatal, fmt.Errorf("step 2: %w", busy{"db"}))
	var r retryable
	ok := errors.As(j, &r)
	fmt.Println(ok, r.Retry(), r.(error).Error())
	fmt.Println(errors.Is(j, errFatal))
	var b busy
	fmt.Println(errors.As(j, &b), b.who)
	fmt.Println(j)
}
