package main

import (
	"errors"
	"fmt"
	"sort"
	"time"

	"github.com/gonotes/gonotes/lib/threading"
)

var _ = errors.Is
var _ = sort.Ints
var _ = time.Second

func pyBool(b bool) string {
	if b {
		return "True"
	}
	return "False"
}

func main() {
	b := threading.NewBarrier(2, nil)
	var res []string
	w := func() {
		if _, err := b.WaitTimeout(30 * time.Second); errors.Is(err, threading.ErrBrokenBarrier) {
			res = append(res, "broken")
		} else {
			res = append(res, "passed")
		}
	}
	t := &threading.Thread{Target: w}
	t.Start()
	for b.NWaiting() == 0 {
		time.Sleep(time.Millisecond)
	}
	b.Reset()
	t.Join()
	fmt.Printf("['%s'] %s %d\n", res[0], pyBool(b.Broken()), b.NWaiting())
	t = &threading.Thread{Target: w}
	t.Start()
	i, _ := b.WaitTimeout(30 * time.Second)
	fmt.Println(pyBool(i == 0 || i == 1))
	t.Join()
	fmt.Printf("['%s', '%s']\n", res[0], res[1])
}
