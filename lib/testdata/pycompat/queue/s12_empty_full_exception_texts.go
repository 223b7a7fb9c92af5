package main

import (
	"errors"
	"fmt"
	"time"

	"github.com/gonotes/gonotes/lib/queue"
)

func main() {
	q := queue.New(1)
	gets := []struct {
		name string
		call func() error
	}{
		{"get_nowait", func() error { _, err := q.GetNowait(); return err }},
		{"get(False)", func() error { _, err := q.GetNowait(); return err }},
		{"get(timeout=0.01)", func() error { _, err := q.GetTimeout(10 * time.Millisecond); return err }},
	}
	for _, g := range gets {
		if err := g.call(); errors.Is(err, queue.ErrEmpty) {
			fmt.Println(g.name, "Empty", "''", "True")
		}
	}
	q.Put("x")
	puts := []struct {
		name string
		call func() error
	}{
		{"put_nowait", func() error { return q.PutNowait("y") }},
		{"put(block=False)", func() error { return q.PutNowait("y") }},
		{"put(timeout=0.01)", func() error { return q.PutTimeout("y", 10*time.Millisecond) }},
	}
	for _, p := range puts {
		if err := p.call(); errors.Is(err, queue.ErrFull) {
			fmt.Println(p.name, "Full", "''")
		}
	}
	fmt.Println(q.Qsize(), q.Get())
}
