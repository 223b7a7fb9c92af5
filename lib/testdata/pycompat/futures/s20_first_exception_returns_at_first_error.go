package main

import (
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/gonotes/gonotes/lib/futures"
	"github.com/gonotes/gonotes/lib/threading"
)

func pb(b bool) string {
	if b {
		return "True"
	}
	return "False"
}

func main() {
	var gate threading.Event
	ex := &futures.ThreadPoolExecutor{MaxWorkers: 3}
	slow := ex.Submit(func() any { return gate.WaitTimeout(30 * time.Second) })
	ok := ex.Submit(func() any { return 5 })
	ok.Result()
	bad := ex.Submit(func() any { panic(errors.New("KeyError: 'x'")) })
	fs := []*futures.Future{slow, ok, bad}
	done, nd := futures.WaitTimeout(fs, 30*time.Second, futures.FirstException)
	var flags []string
	for _, f := range done {
		flags = append(flags, pb(f == bad || f == ok))
	}
	inNd := false
	for _, f := range nd {
		if f == slow {
			inNd = true
		}
	}
	fmt.Printf("[%s, %s] %s %d\n", flags[0], flags[1], pb(inNd), len(nd))
	typ, msg, _ := strings.Cut(bad.Exception().Error(), ": ")
	fmt.Printf("%s(%s) (%s,)\n", typ, msg, msg)
	gate.Set()
	slow.Result()
	done, nd = futures.Wait(fs, futures.FirstException)
	fmt.Println(len(done), len(nd))
	ex.Shutdown(true, false)
}
