package main

import (
	"errors"
	"fmt"
	"sync"
)

var ErrQuota = errors.New("quota exceeded")

func main() {
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		defer func() {
			if r := recover(); r != nil {
				err := r.(error)
				fmt.Println("recovered once:", err, errors.Is(err, ErrQuota))
				panic(fmt.Errorf("re-panic: %w", err))
			}
		}()
		panic(fmt.Errorf("user %d: %w", 42, ErrQuota))
	}()
	wg.Wait()
	select {}
}
