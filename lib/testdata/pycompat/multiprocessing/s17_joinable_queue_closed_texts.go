package main

import (
	"fmt"
	"regexp"

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
		fmt.Printf("'%v'\n", v)
	}
}

func main() {
	q := multiprocessing.NewJoinableQueue()
	show(func() (any, error) { q.JoinThread(); return nil, nil })
	q.Put("x")
	show(func() (any, error) { return q.Get(), nil })
	show(func() (any, error) { q.TaskDone(); return nil, nil })
	show(func() (any, error) { q.TaskDone(); return nil, nil })
	show(func() (any, error) { q.Join(); return nil, nil })
	q.Close()
	show(func() (any, error) { return nil, q.Put(1) })
	show(q.GetNowait)
	show(func() (any, error) { q.JoinThread(); return nil, nil })
}
