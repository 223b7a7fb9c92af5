package main

import (
	"fmt"
	"regexp"
	"time"

	"github.com/gonotes/gonotes/lib/multiprocessing"
)

var re = regexp.MustCompile(` at 0x[0-9a-f]+`)

func show(g func() (any, error)) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Println(re.ReplaceAllString(fmt.Sprint(r), ""))
		}
	}()
	v, err := g()
	switch {
	case err != nil:
		fmt.Println(re.ReplaceAllString(err.Error(), ""))
	case v == nil:
		fmt.Println("None")
	default:
		fmt.Println(v)
	}
}

func main() {
	q := multiprocessing.NewQueue()
	show(func() (any, error) { q.JoinThread(); return nil, nil })
	q.Put(1)
	fmt.Println(q.Get())
	q.Close()
	show(func() (any, error) { return nil, q.Put(2) })
	show(q.GetNowait)
	show(func() (any, error) { return q.Get(), nil })
	show(func() (any, error) { return q.GetTimeout(time.Second) })
	show(func() (any, error) { q.Close(); return nil, nil })
	show(func() (any, error) { q.JoinThread(); return nil, nil })
}
