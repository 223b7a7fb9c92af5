package main

import (
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/gonotes/gonotes/lib/futures"
	"github.com/gonotes/gonotes/lib/threading"
)

var _ = errors.Is
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
	fmt.Println(futures.FirstCompleted, futures.FirstException, futures.AllCompleted)
	f := futures.NewFuture()
	f.SetResult(nil)
	r, _ := f.Result()
	done, _ := futures.Wait([]*futures.Future{f}, futures.FirstException)
	fmt.Println(map[bool]string{true: "None"}[r == nil], pyBool(len(done) == 1 && done[0] == f))
}
