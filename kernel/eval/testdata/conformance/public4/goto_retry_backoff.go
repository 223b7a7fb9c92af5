package main

import (
	"errors"
	"fmt"
	"time"
)

var errTransient = errors.New("transient")

type flaky struct{ failures int }

func (f *flaky) Do() error {
	if f.failures > 0 {
		f.failures--
		return fmt.Errorf("attempt failed: %w", errTransient)
	}
	return nil
}

func retry(op func() error, max int) (attempts int, err error) {
	delay := time.Millisecond
again:
	attempts++
	err = op()
	if err != nil && errors.Is(err, errTransient) && attempts < max {
		time.Sleep(delay)
		delay *= 2
		goto again
	}
	return
}

func main() {
	f := &flaky{failures: 2}
	n, err := retry(f.Do, 5)
	fmt.Println(n, err)
	g := &flaky{failures: 10}
	n, err = retry(g.Do, 3)
	fmt.Println(n, err, g.failures)
	i := 0
	var out []int
top:
	if i < 10 {
		i++
		if i%3 == 0 {
			goto top
		}
		out = append(out, i)
		goto top
	}
	fmt.Println(out)
}
