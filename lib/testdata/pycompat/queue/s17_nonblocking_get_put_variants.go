package main

import (
	"errors"
	"fmt"
	"sort"
	"strings"
	"time"

	"github.com/gonotes/gonotes/lib/queue"
	"github.com/gonotes/gonotes/lib/threading"
)

var _ = errors.Is
var _ = sort.Ints
var _ = strings.Cut
var _ = time.Second
var _ threading.Lock

func pyBool(b bool) string {
	if b {
		return "True"
	}
	return "False"
}

func main() {
	q := queue.New(1)
	for range 3 {
		if _, err := q.GetNowait(); errors.Is(err, queue.ErrEmpty) {
			fmt.Println("Empty")
		}
	}
	q.Put("x")
	for range 3 {
		if err := q.PutNowait("y"); errors.Is(err, queue.ErrFull) {
			fmt.Println("Full")
		}
	}
	v, _ := q.GetNowait()
	fmt.Println(v, q.Qsize())
}
