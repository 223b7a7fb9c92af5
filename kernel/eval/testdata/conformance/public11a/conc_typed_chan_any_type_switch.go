package main

import (
	"errors"
	"fmt"
	"time"
)

type Ping struct{ N int }
type Stop struct{}

func handler(in <-chan any, out chan<- string) {
	defer close(out)
	for msg := range in {
		switch m := msg.(type) {
		case nil:
			out <- "nil message"
		case Ping:
			out <- fmt.Sprintf("pong %d", m.N)
		case *Ping:
			m.N *= 2
			out <- fmt.Sprintf("ptr pong %d", m.N)
		case error:
			out <- "error: " + m.Error()
		case fmt.Stringer:
			out <- "stringer " + m.String()
		case int, int64:
			out <- fmt.Sprintf("number %v (%T)", m, m)
		case Stop:
			out <- "stopping"
			return
		default:
			out <- fmt.Sprintf("unknown %T", m)
		}
	}
}

func main() {
	in := make(chan any)
	out := make(chan string)
	go handler(in, out)
	p := &Ping{21}
	msgs := []any{Ping{1}, p, errors.New("bad"), time.Duration(1500) * time.Millisecond, 7, int64(8), nil, 3.5, Stop{}, "after stop"}
	go func() {
		for _, m := range msgs {
			select {
			case in <- m:
			case <-time.After(50 * time.Millisecond):
				return
			}
		}
	}()
	for s := range out {
		fmt.Println(s)
	}
	fmt.Println("p.N =", p.N)
}
