package main

import (
	"fmt"
	"strings"
	"time"

	"github.com/gonotes/gonotes/lib/queue"
)

func main() {
	sq := queue.NewSimpleQueue()
	fmt.Println(pyBool(sq.Empty()), sq.Qsize())
	for _, x := range []int{3, 1, 2} {
		sq.Put(x)
	}
	sq.PutNowait(4)
	fmt.Println(sq.Qsize(), pyBool(sq.Empty()))
	var got []any
	for i := 0; i < 3; i++ {
		got = append(got, sq.Get())
	}
	last, _ := sq.GetNowait()
	fmt.Println(pyList(got), last)
	if _, err := sq.GetTimeout(10 * time.Millisecond); err == queue.ErrEmpty {
		fmt.Println("Empty")
	}
	if _, err := sq.GetNowait(); err == queue.ErrEmpty {
		fmt.Println("Empty again")
	}
}

func pyBool(b bool) string {
	if b {
		return "True"
	}
	return "False"
}

func pyList(v any) string {
	return strings.ReplaceAll(fmt.Sprint(v), " ", ", ")
}
