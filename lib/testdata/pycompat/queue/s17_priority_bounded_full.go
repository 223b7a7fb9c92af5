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
	p := queue.NewPriorityQueue(2)
	p.Put(9)
	p.Put(4)
	fmt.Println(pyBool(p.Full()), p.Qsize())
	if err := p.PutNowait(1); errors.Is(err, queue.ErrFull) {
		fmt.Println("Full")
	}
	if err := p.PutTimeout(1, 10*time.Millisecond); errors.Is(err, queue.ErrFull) {
		fmt.Println("Full after timeout")
	}
	fmt.Println(p.Get())
	p.Put(1)
	a := p.Get()
	b := p.Get()
	fmt.Println(a, b, pyBool(p.Empty()))
}
