package main

import (
	"fmt"
	"strings"

	"github.com/gonotes/gonotes/lib/futures"
)

var log []string

func outer(fut *futures.Future) {
	r, _ := fut.Result()
	log = append(log, fmt.Sprint("outer sees ", r))
	fut.AddDoneCallback(func(g *futures.Future) { log = append(log, "inner runs at once") })
	log = append(log, "outer ends")
}

func main() {
	f := futures.NewFuture()
	f.AddDoneCallback(outer)
	f.AddDoneCallback(func(g *futures.Future) { log = append(log, "second") })
	f.SetResult(5)
	fmt.Println("['" + strings.Join(log, "', '") + "']")
}
