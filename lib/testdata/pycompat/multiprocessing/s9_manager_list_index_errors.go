package main

import (
	"fmt"

	"github.com/gonotes/gonotes/lib/multiprocessing"
)

func main() {
	multiprocessing.Main()
	m := multiprocessing.NewManager()
	m.Start()
	l := m.List("a", "b")
	i, _ := l.Index("b")
	fmt.Println(i)
	for _, v := range []any{"zz", 3, 2.5, nil} {
		if _, err := l.Index(v); err != nil {
			fmt.Println(err)
		}
	}
	m.Shutdown()
}
