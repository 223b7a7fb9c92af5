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
	var log []string
	bad := func(f *futures.Future) {
		log = append(log, "bad")
		panic("RuntimeError: callback failed")
	}
	f := futures.NewFuture()
	f.AddDoneCallback(func(*futures.Future) { log = append(log, "first") })
	f.AddDoneCallback(bad)
	f.AddDoneCallback(func(f *futures.Future) { r, _ := f.Result(); log = append(log, fmt.Sprint("third ", r)) })
	f.SetResult(9)
	f.AddDoneCallback(bad)
	f.AddDoneCallback(func(*futures.Future) { log = append(log, "late") })
	fmt.Println("['" + strings.Join(log, "', '") + "']")
}
