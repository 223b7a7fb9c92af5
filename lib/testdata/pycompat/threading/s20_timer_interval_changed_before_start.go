package main

import (
	"fmt"
	"time"

	"github.com/gonotes/gonotes/lib/threading"
)

func pb(b bool) string {
	if b {
		return "True"
	}
	return "False"
}

func main() {
	var out []string
	t := threading.NewTimer(30*time.Second, func() { out = append(out, "fired") })
	fmt.Println(t.Interval.Seconds())
	t.Interval = 10 * time.Millisecond
	t.Start()
	t.Join()
	fmt.Printf("['%s'] %s %v\n", out[0], pb(t.IsAlive()), t.Interval.Seconds())
}
