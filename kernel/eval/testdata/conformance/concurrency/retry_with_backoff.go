package main

import (
	"errors"
	"fmt"
	"time"
)

func retry(attempts int, base time.Duration, f func(int) error) error {
	var err error
	for i := 0; i < attempts; i++ {
		if err = f(i); err == nil {
			return nil
		}
		select {
		case <-time.After(base << i):
		}
	}
	return fmt.Errorf("after %d attempts: %w", attempts, err)
}

func main() {
	err := retry(5, time.Millisecond, func(i int) error {
		fmt.Println("attempt", i)
		if i < 2 {
			return errors.New("transient")
		}
		return nil
	})
	fmt.Println("result:", err)
	err = retry(3, time.Millisecond, func(int) error { return errors.New("permanent") })
	fmt.Println("result:", err)
}
