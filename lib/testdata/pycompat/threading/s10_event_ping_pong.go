package main

import (
	"fmt"
	"strings"

	"github.com/gonotes/gonotes/lib/threading"
)

var ping, pong threading.Event
var log []string

func player() {
	for i := range 3 {
		ping.Wait()
		ping.Clear()
		log = append(log, fmt.Sprintf("'pong %d'", i))
		pong.Set()
	}
}

func main() {
	t := &threading.Thread{Target: player}
	t.Start()
	for i := range 3 {
		log = append(log, fmt.Sprintf("'ping %d'", i))
		ping.Set()
		pong.Wait()
		pong.Clear()
	}
	t.Join()
	fmt.Println("[" + strings.Join(log, ", ") + "]")
}
