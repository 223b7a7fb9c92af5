package main

import (
	"errors"
	"fmt"
	"sort"
	"time"

	"github.com/gonotes/gonotes/lib/queue"
	"github.com/gonotes/gonotes/lib/threading"
)

var _ = errors.Is
var _ = sort.Ints
var _ = time.Second
var _ threading.Lock

func pyBool(b bool) string {
	if b {
		return "True"
	}
	return "False"
}

func list(xs []any) string {
	s := "["
	for i, x := range xs {
		if i > 0 {
			s += ", "
		}
		if x == nil {
			s += "None"
		} else {
			s += fmt.Sprint(x)
		}
	}
	return s + "]"
}

func main() {
	q := queue.New(1)
	var log []string
	for i := range 3 {
		log = append(log, fmt.Sprintf("(%s, %s)", pyBool(q.Empty()), pyBool(q.Full())))
		q.PutNowait(i)
		log = append(log, fmt.Sprintf("(%s, %s)", pyBool(q.Empty()), pyBool(q.Full())))
		if err := q.PutNowait(i + 10); errors.Is(err, queue.ErrFull) {
			log = append(log, "Full")
		}
		v, _ := q.GetNowait()
		log = append(log, fmt.Sprint(v))
	}
	for _, e := range log {
		fmt.Println(e)
	}
}
