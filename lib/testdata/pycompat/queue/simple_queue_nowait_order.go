package main

import (
	"errors"
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
	case []int:
		return fmt.Sprintf("[%d, %d]", v[0], v[1])
	}
	return fmt.Sprint(x)
}

func main() {
	q := queue.NewSimpleQueue()
	fmt.Println(pyBool(q.Empty()), q.Qsize())
	for _, x := range []any{"a", nil, 3, []int{1, 2}} {
		q.PutNowait(x)
	}
	q.Put("last")
	fmt.Println(pyBool(q.Empty()), q.Qsize())
	var out []string
	for !q.Empty() {
		x, _ := q.GetNowait()
		out = append(out, repr(x))
	}
	fmt.Printf("[%s]\n", strings.Join(out, ", "))
	if _, err := q.GetTimeout(10 * time.Millisecond); errors.Is(err, queue.ErrEmpty) {
		fmt.Println("Empty", q.Qsize())
	}
}

func pyBool(b bool) string {
	if b {
		return "True"
	}
	return "False"
}
