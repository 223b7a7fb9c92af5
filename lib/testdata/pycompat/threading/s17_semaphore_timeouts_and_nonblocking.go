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
	s := threading.NewSemaphore(1)
	a := pyBool(s.TryAcquire())
	b := pyBool(s.TryAcquire())
	c := pyBool(s.AcquireTimeout(threading.ZeroTimeout))
	fmt.Println(a, b, c, pyBool(s.AcquireTimeout(10*time.Millisecond)))
	s.Release()
	fmt.Println(pyBool(s.AcquireTimeout(30 * time.Second)))
}
