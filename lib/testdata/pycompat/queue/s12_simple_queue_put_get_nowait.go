package main

import (
	"fmt"
	"strings"
	"time"

	"github.com/gonotes/gonotes/lib/queue"
)

func repr(x any) string {
	switch v := x.(type) {
	case nil:
		return "None"
	case string:
		return "'" + v + "'"
	}
	return fmt.Sprint(x)
}

func main() {
	sq := queue.NewSimpleQueue()
	fmt.Println(pyBool(sq.Empty()), sq.Qsize())
	for _, x := range []any{"a", 1, nil, 2.5} {
		sq.Put(x)
	}
	sq.PutNowait("b")
	fmt.Println(sq.Qsize(), pyBool(sq.Empty()))
	var out []string
	for !sq.Empty() {
		v, _ := sq.GetNowait()
		out = append(out, repr(v))
	}
	fmt.Println("[" + strings.Join(out, ", ") + "]")
	if _, err := sq.GetNowait(); err == queue.ErrEmpty {
		fmt.Println("Empty")
	}
	if _, err := sq.GetTimeout(10 * time.Millisecond); err == queue.ErrEmpty {
		fmt.Println("Empty after timeout")
	}
}

func pyBool(b bool) string {
	if b {
		return "True"
	}
	return "False"
}
