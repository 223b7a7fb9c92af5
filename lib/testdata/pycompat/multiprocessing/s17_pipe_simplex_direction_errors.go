package main

import (
	"fmt"

	"github.com/gonotes/gonotes/lib/multiprocessing"
)

func b2s(b bool) string {
	if b {
		return "True"
	}
	return "False"
}

func main() {
	a, b := multiprocessing.Pipe(false)
	fmt.Println(b2s(a.Readable()), b2s(a.Writable()), b2s(b.Readable()), b2s(b.Writable()))
	if err := a.Send(1); err != nil {
		fmt.Println(err)
	}
	if _, err := b.Recv(); err != nil {
		fmt.Println(err)
	}
	func() {
		defer func() {
			if r := recover(); r != nil {
				fmt.Println(r)
			}
		}()
		b.Poll()
	}()
	b.Send(map[string]any{"k": []any{1, 2}})
	v, _ := a.Recv()
	m := v.(map[string]any)
	l := m["k"].([]any)
	fmt.Printf("{'k': [%v, %v]}\n", l[0], l[1])
}
