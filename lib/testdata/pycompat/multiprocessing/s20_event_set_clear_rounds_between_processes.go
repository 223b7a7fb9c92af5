package main

import (
	"fmt"
	"time"

	"github.com/gonotes/gonotes/lib/multiprocessing"
)

func responder(ping, pong *multiprocessing.Event, rounds int, q *multiprocessing.Queue) {
	for r := 0; r < rounds; r++ {
		ping.WaitTimeout(30 * time.Second)
		ping.Clear()
		q.Put(r)
		pong.Set()
	}
}

func pb(b bool) string {
	if b {
		return "True"
	}
	return "False"
}

func main() {
	multiprocessing.Main(responder)
	ping, pong, q := multiprocessing.NewEvent(), multiprocessing.NewEvent(), multiprocessing.NewQueue()
	p := &multiprocessing.Process{Target: responder, Args: []any{ping, pong, 3, q}}
	p.Start()
	var got []any
	for r := 0; r < 3; r++ {
		ping.Set()
		fmt.Println(pb(pong.WaitTimeout(30 * time.Second)))
		pong.Clear()
		v, _ := q.GetTimeout(30 * time.Second)
		got = append(got, v)
	}
	p.Join()
	fmt.Printf("[%v, %v, %v] %s %s %v\n", got[0], got[1], got[2], pb(ping.IsSet()), pb(pong.IsSet()), p.ExitCode())
}
