package main

import (
	"errors"
	"fmt"
	"time"
)

type Backoff interface {
	Next(attempt int) time.Duration
}

type Constant time.Duration
type Exponential struct {
	Base, Max time.Duration
}
type Fibonacci struct{ Unit time.Duration }

func (c Constant) Next(int) time.Duration { return time.Duration(c) }
func (e Exponential) Next(a int) time.Duration {
	d := e.Base << a
	if d > e.Max || d <= 0 {
		return e.Max
	}
	return d
}
func (f Fibonacci) Next(a int) time.Duration {
	x, y := 1, 1
	for i := 0; i < a; i++ {
		x, y = y, x+y
	}
	return time.Duration(x) * f.Unit
}

type Permanent struct{ Err error }

func (p Permanent) Error() string { return "permanent: " + p.Err.Error() }
func (p Permanent) Unwrap() error { return p.Err }

type Clock struct{ slept []time.Duration }

func (c *Clock) Sleep(d time.Duration) { c.slept = append(c.slept, d) }

func Retry(max int, b Backoff, clk *Clock, op func(int) error) (attempts int, err error) {
	for attempts = 1; ; attempts++ {
		err = op(attempts)
		if err == nil {
			return
		}
		var perm Permanent
		if errors.As(err, &perm) {
			return attempts, perm.Err
		}
		if attempts == max {
			return attempts, fmt.Errorf("after %d attempts: %w", attempts, err)
		}
		clk.Sleep(b.Next(attempts - 1))
	}
}

var ErrBusy = errors.New("busy")

func main() {
	strategies := []struct {
		name string
		b    Backoff
	}{
		{"const", Constant(100 * time.Millisecond)},
		{"exp", Exponential{50 * time.Millisecond, time.Second}},
		{"fib", Fibonacci{10 * time.Millisecond}},
	}
	for _, s := range strategies {
		clk := &Clock{}
		n, err := Retry(6, s.b, clk, func(a int) error {
			if a < 5 {
				return ErrBusy
			}
			return nil
		})
		fmt.Println(s.name, n, err, clk.slept)
	}
	clk := &Clock{}
	n, err := Retry(3, Exponential{time.Second, 3 * time.Second}, clk, func(int) error { return ErrBusy })
	fmt.Println(n, err, errors.Is(err, ErrBusy), clk.slept)
	n, err = Retry(5, Constant(1), clk, func(a int) error {
		if a == 2 {
			return Permanent{errors.New("bad request")}
		}
		return ErrBusy
	})
	fmt.Println(n, err)
	fmt.Println(Exponential{time.Second, time.Hour}.Next(70))
}
