package main

import (
	"fmt"
	"strings"

	"github.com/gonotes/gonotes/lib/threading"
)

func main() {
	var ping, pong threading.Event
	var log []string
	t := &threading.Thread{Target: func() {
		for i := 0; i < 3; i++ {
			ping.Wait()
			ping.Clear()
			log = append(log, fmt.Sprintf("'pong %d'", i))
			pong.Set()
		}
	}}
	t.Start()
	for i := 0; i < 3; i++ {
		log = append(log, fmt.Sprintf("'ping %d'", i))
		ping.Set()
		pong.Wait()
		pong.Clear()
	}
	t.Join()
	fmt.Println(pyStrs(log))
}

func pyStrs(v []string) string {
	return "[" + strings.Join(v, ", ") + "]"
}
