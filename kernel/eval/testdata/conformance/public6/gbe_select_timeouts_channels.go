package main

import (
	"errors"
	"fmt"
	"time"
)

type result struct {
	id  int
	val string
	err error
}

var errTimeout = errors.New("timeout")

// fetch replies after a delay unless the timeout fires first. The delays
// are far apart from the timeout so the outcome is deterministic.
func fetch(id int, delay, timeout time.Duration) result {
	ch := make(chan string, 1)
	go func() {
		time.Sleep(delay)
		ch <- fmt.Sprintf("payload-%d", id)
	}()
	select {
	case v := <-ch:
		return result{id, v, nil}
	case <-time.After(timeout):
		return result{id, "", fmt.Errorf("fetch %d: %w", id, errTimeout)}
	}
}

func main() {
	jobs := []struct {
		delay time.Duration
	}{{time.Millisecond}, {4 * time.Second}, {0}}
	results := make([]result, len(jobs))
	done := make(chan int)
	for i, j := range jobs {
		go func() {
			results[i] = fetch(i, j.delay, time.Second)
			done <- i
		}()
	}
	for range jobs {
		<-done
	}
	for _, r := range results {
		fmt.Println(r.id, r.val, r.err, errors.Is(r.err, errTimeout))
	}

	// a ticker-driven loop stopped by a quit channel after N ticks
	quit := make(chan struct{})
	ticks := make(chan int)
	go func() {
		t := time.NewTicker(time.Millisecond)
		defer t.Stop()
		n := 0
		for {
			select {
			case <-t.C:
				n++
				select {
				case ticks <- n:
				case <-quit:
					close(ticks)
					return
				}
			case <-quit:
				close(ticks)
				return
			}
		}
	}()
	var got []int
	for n := range ticks {
		got = append(got, n)
		if n == 3 {
			close(quit)
			break
		}
	}
	fmt.Println(got)

	// buffered channel as a queue; len and cap as it drains
	q := make(chan string, 3)
	q <- "a"
	q <- "b"
	fmt.Println(len(q), cap(q))
	close(q)
	for s := range q {
		fmt.Print(s, len(q), " ")
	}
	fmt.Println()
	var timer <-chan time.Time
	select {
	case <-timer:
		fmt.Println("never")
	default:
		fmt.Println("nil timer channel never fires")
	}
}
