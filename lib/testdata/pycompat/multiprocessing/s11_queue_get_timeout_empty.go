package main

import (
	"fmt"
	"time"

	"github.com/gonotes/gonotes/lib/multiprocessing"
)

func main() {
	multiprocessing.Main()
	q := multiprocessing.NewQueue(1)
	if _, err := q.GetTimeout(50 * time.Millisecond); err == multiprocessing.ErrEmpty {
		fmt.Println("Empty")
	}
	q.Put("x")
	if err := q.PutTimeout("y", 50*time.Millisecond); err == multiprocessing.ErrFull {
		fmt.Println("Full")
	}
	fmt.Println(q.Get(), pyBool(q.Empty()))
	if _, err := q.GetNowait(); err == multiprocessing.ErrEmpty {
		fmt.Println("Empty nowait")
	}
}

func pyBool(b bool) string {
	if b {
		return "True"
	}
	return "False"
}
